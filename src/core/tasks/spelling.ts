/**
 * A body named in capitals by a heading ("NHIỆM VỤ CỦA SỞ Y TẾ") is reported as the text writes it elsewhere ("Sở Y
 * tế"): the first occurrence in the document that differs only in case. Cached per name.
 */
export function speller(texts: readonly string[]): (name: string) => string {
  const spellings = new Map<string, string>();
  let lower: string[] | null = null;
  return (name) => {
    let found = spellings.get(name);
    if (found === undefined) {
      found = name;
      const key = name.toLowerCase();
      lower ??= texts.map((t) => t.toLowerCase());
      for (let k = 0; k < texts.length; k++) {
        const at = lower[k].indexOf(key);
        if (at >= 0 && texts[k].slice(at, at + key.length) !== name) {
          found = texts[k].slice(at, at + key.length);
          break;
        }
      }
      spellings.set(name, found);
    }
    return found;
  };
}
