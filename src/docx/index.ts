/** .docx → paragraphs and tables for the task extractor, and the checklist stored inside; all within limits. */
export { readDocx, DocxError } from "./read";
export type { DocxContent, DocxErrorCode } from "./read";
export { DocxPackage, DOCX_LIMITS, isWordContainer } from "./package";
export type { DocxLimits } from "./package";
export { storedChecklistXml, CHECKLIST_SETTINGS_KEY } from "./checklistPart";
export { checkDocx, checkParts, fixDocx, fixParts } from "./checkDocx";
export type { CheckedPackage, FixOutcome } from "./checkDocx";
export { flatPackageXmlParts } from "./packageParts";
export type { PackageParts } from "./packageParts";
export { layoutFromWord } from "./wordSnapshot";
export type { WordSnapshot, HeaderFooterKind } from "./wordSnapshot";
