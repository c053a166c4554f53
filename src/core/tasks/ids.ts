import { normalizeNfcForMatch } from "../text";

/** FNV-1a, 32 bit: tiny, deterministic, and the same in Node and the browser. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Texts must be NFC (the extractor cleans every line to NFC). A task id depends on the task's own normalised text only, so editing another paragraph never changes it
 * (the checklist state stored in the document is keyed by it). The same text twice gets "-2", "-3" in order.
 */
export function assignIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = "t" + fnv1a(normalizeNfcForMatch(t)).toString(36).padStart(7, "0");
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
