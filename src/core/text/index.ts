/** Text utilities: NFC and invisible characters, legacy-encoding detection, byte decoding, diacritic-aware matching, Vietnamese sorting. */
export { toNfc, cleanLine } from "./normalize";
export {
  WORD_CHARS,
  UPPER_CHARS,
  LETTER_CHARS,
  isWordUnit,
  spellOutProperties,
  startsUpper,
  unicodeRegExp,
} from "./letters";
export {
  foldDiacritics,
  normalizeForMatch,
  normalizeNfcForMatch,
  normalizeForSearch,
  isLetterOrDigit,
  isLetter,
  execAtWordStart,
  startsWord,
} from "./fold";
export { compareVi, sortVi } from "./collate";
export type { EncodingWarning } from "./encoding";
export { detectEncodingProblem, detectEncodingProblemInLines } from "./encoding";
export type { DecodedText, TextEncodingName } from "./bytes";
export { decodeTextBytes } from "./bytes";
