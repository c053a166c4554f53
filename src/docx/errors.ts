/** The typed errors of reading a .docx: each carries a message a clerk understands (Vietnamese, then English). */

export type DocxErrorCode = "not-zip" | "not-docx" | "empty-document" | "bad-xml" | "too-large";

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}
