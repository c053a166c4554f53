export { headerBlock, NATIONAL_TITLE, MOTTO } from "./header";
export type { HeaderInput } from "./header";
export { titleBlock } from "./title";
export type { TitleInput } from "./title";
export { scaffoldBlock, inSentence } from "./scaffolds";
export { signatureBlock, recipientLines, authorityLines } from "./signature";
export { pageSetup, bodyDefaults, pageNumberBlock, FIRST_LINE_INDENT_TWIPS } from "./pageSetup";
export { documentNumberLine, documentSymbol, padNumber, validateDocumentNumber, DRAFT_BLANK } from "./documentNumber";
export {
  placeAndDateLine,
  validateDate,
  parseIsoDate,
} from "./placeAndDate";
export type { PartialDate, Problem, Checked } from "./placeAndDate";
export { DOCUMENT_TYPES, documentType } from "./documentTypes";
export type { DocumentType, TypeStandard } from "./documentTypes";
export { DRAFT_KINDS, isDraftKind, draftKindInfo } from "./kinds";
export type { DraftKind, DraftKindInfo } from "./kinds";
export { buildBlock, buildDraft, draftDocument } from "./draft";
export type { DraftOptions, DraftBlockName } from "./draft";
export { textWidthPt } from "./textWidth";
export * from "./typography";
export { taskTableBlock } from "./taskTable";
