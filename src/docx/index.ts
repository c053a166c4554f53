/** .docx → paragraphs and tables for the task extractor. */
export { readDocx, DocxError } from "./read";
export type { DocxContent, DocxErrorCode } from "./read";
