/** Removes Vietnamese diacritics and folds case: "Sở Tài chính" → "so tai chinh"; đ → d. */
export function foldDiacritics(s: string): string {
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < FOLDED.length ? FOLDED[c] : 0;
    if (f === 0) return foldByNormalize(s);
    out[i] = f - 1;
  }
  return fromCharCodes(out);
}

/** The definition of foldDiacritics, used as is for text with characters outside FOLDED. */
function foldByNormalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * foldByNormalize of each character of the Latin blocks (Vietnamese letters included) and common punctuation, plus 1;
 * 0 elsewhere. normalize() is the main cost of folding, and a text made only of these characters folds one character
 * at a time: none is a combining mark, so NFD reorders nothing across characters, and none lower-cases differently in
 * context (Greek Σ does, and is not here). Characters that fold to more than one unit are left out too.
 */
import { unicodeRegExp } from "./letters";
const FOLDED = new Uint16Array(0x2028);
for (const [from, to] of [
  [0x0000, 0x024f], // Basic Latin … Latin Extended-B (ơ, ư)
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ, ả, ấ … ỹ)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
]) {
  for (let c = from; c <= to; c++) {
    const f = foldByNormalize(String.fromCharCode(c));
    if (f.length === 1) FOLDED[c] = f.charCodeAt(0) + 1;
  }
}

/** String.fromCharCode(...codes), in slices short enough for any engine's argument limit. */
function fromCharCodes(codes: number[]): string {
  const SLICE = 8192;
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes);
  let s = "";
  for (let i = 0; i < codes.length; i += SLICE) s += String.fromCharCode.apply(null, codes.slice(i, i + SLICE));
  return s;
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

const RX_LETTER_OR_DIGIT = unicodeRegExp("^[\\p{L}\\p{N}]$");
const RX_LETTER = unicodeRegExp("^\\p{L}$");

/** True for a code point in \p{L}. */
export const isLetter = (cp: number): boolean => RX_LETTER.test(String.fromCodePoint(cp));

/** The code point just before `index` (a surrogate pair taken whole), or undefined at the start. */
function codePointBefore(s: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = s.charCodeAt(index - 1);
  const high = index >= 2 ? s.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? s.codePointAt(index - 2) : low;
}

/**
 * Like rx.exec(text) for the pattern with a leading "(?<![word characters])", lastIndex included: a hit right after a
 * word character is skipped and the search goes on one character later, so the matches are the lookbehind's. A
 * lookbehind is not written in the pattern itself: WebKit before 16.4 (older Word on Mac) refuses a script holding
 * one, and as a leading lookbehind it makes V8 try the pattern at every position. `rx` must be global or sticky.
 */
export function execAtWordStart(
  rx: RegExp,
  text: string,
  isWordChar: (cp: number) => boolean = isLetterOrDigit,
): RegExpExecArray | null {
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const before = codePointBefore(text, m.index);
    if (before === undefined || !isWordChar(before)) return m;
    rx.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/** Whether the character before `index` is not a letter (or there is none): a word starts there. */
export function startsWord(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  return before === undefined || !isLetter(before);
}
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
