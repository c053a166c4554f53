/** Text utilities: NFC, legacy-encoding detection, diacritic-aware matching, Vietnamese sorting. */
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
