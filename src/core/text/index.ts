/** Text utilities: NFC, legacy-encoding detection, byte decoding, diacritic-aware matching, Vietnamese sorting. */
export { toNfc, cleanLine } from "./normalize";
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
