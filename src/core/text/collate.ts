/** Vietnamese alphabetical order (a ă â b c d đ e ê …), which plain code-point sorting gets wrong. */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Returns a new array sorted in Vietnamese order; `key` picks the string to sort by. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string = (x) => String(x)): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
