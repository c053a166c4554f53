/** Removes Vietnamese diacritics and folds case: "Sở Tài chính" → "so tai chinh"; đ → d. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** NFC, lower case, punctuation removed, spaces collapsed: the form task texts are compared and hashed in. */
export function normalizeForMatch(s: string): string {
  return normalizeNfcForMatch(s.normalize("NFC"));
}

/** normalizeForMatch for text already in NFC (every line the extractor produces): skips the costly normalize(). */
export function normalizeNfcForMatch(s: string): string {
  return matchWords(s.toLowerCase()).join(" ");
}

/** Same as normalizeForMatch but also without diacritics, for search boxes where clerks type without accents. */
export function normalizeForSearch(s: string): string {
  return foldDiacritics(normalizeForMatch(s));
}

const RX_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 letter or digit, 2 anything else. A fixed property table filled lazily. */
const unitClass = new Uint8Array(0x10000);

/** True for a code point in \p{L} or \p{N}: what normalizeForMatch keeps. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp > 0xffff) return RX_LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let k = unitClass[cp];
  if (k === 0) unitClass[cp] = k = RX_LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * The runs of letters and digits in s: the same words as `s.replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/)`
 * without empties, but a plain loop, as Unicode property regexes are slow on long Vietnamese texts.
 */
function matchWords(s: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isLetterOrDigit(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(s.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) words.push(s.slice(start));
  return words;
}
