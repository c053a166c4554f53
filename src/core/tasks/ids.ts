import { isLetterOrDigit as letterOrDigitImport } from "../text";

/** Bound once: compiled to CommonJS (tsx, Jest), every call through an import reads a getter, costly per character. */
const isLetterOrDigit = letterOrDigitImport;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a, 32 bit (tiny, deterministic, and the same in Node and the browser) of normalizeNfcForMatch(s): its runs of
 * letters and digits in lower case joined by single spaces. Hashed as they are found rather than built first, since
 * every task of a long document goes through here.
 */
function matchHash(s: string): number {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = c < LOWER_WORD.length ? LOWER_WORD[c] : 0;
    if (k === 0) return matchHashOfLower(s.toLowerCase());
    if (k > 1) {
      if (!inWord && words++ > 0) h = Math.imul(h ^ 0x20, FNV_PRIME); // the space between two words
      h = Math.imul(h ^ (k - 2), FNV_PRIME);
      inWord = true;
    } else inWord = false;
  }
  return h >>> 0;
}

/** matchHash's definition, on the lower-cased text: used as is when a character is outside LOWER_WORD. */
function matchHashOfLower(lower: string): number {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // A surrogate pair is one code point, classified as a whole; every other unit is its own code point.
    const units = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1)) ? 2 : 1;
    if (isLetterOrDigit(units === 1 ? c : lower.codePointAt(i)!)) {
      if (!inWord && words++ > 0) h = Math.imul(h ^ 0x20, FNV_PRIME); // the space between two words
      h = Math.imul(h ^ c, FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ lower.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    } else {
      inWord = false;
      i += units - 1;
    }
  }
  return h >>> 0;
}

/**
 * Per character of the Latin blocks (Vietnamese letters included) and common punctuation: its lower case plus 2 when
 * that is a letter or digit, 1 when not, 0 for characters left to matchHashOfLower (outside these blocks, or lower-cased
 * to more than one unit, like "İ"). toLowerCase() was most of the hashing cost; these characters lower-case one at a
 * time and the same in any context (only Greek Σ depends on its neighbours), so a text made only of them needs no call.
 */
const LOWER_WORD = new Uint16Array(0x2028);
for (const [from, to] of [
  [0x0000, 0x024f], // Basic Latin … Latin Extended-B (ơ, ư)
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ, ả, ấ … ỹ)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
]) {
  for (let c = from; c <= to; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) LOWER_WORD[c] = isLetterOrDigit(lower.charCodeAt(0)) ? lower.charCodeAt(0) + 2 : 1;
  }
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Texts must be NFC (the extractor cleans every line to NFC). A task id depends on the task's own normalised text only, so editing another paragraph never changes it
 * (the checklist state stored in the document is keyed by it). The same text twice gets "-2", "-3" in order.
 */
export function assignIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = "t" + matchHash(t).toString(36).padStart(7, "0");
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
