/**
 * Opens a generated .docx (a progress report, a reminder letter) as a new Word document, so the clerk's
 * conclusion is never touched: `application.createDocument(base64).open()` (WordApi 1.3), queued and sent in one
 * sync. Word on the web may refuse it ("The action isn't supported by Word in a browser", OfficeDev/office-js#1745)
 * and a host without WordApi 1.3 lacks it: the caller then offers the file as a download.
 */
import type { GatewayError } from "./gateway";
import { supports } from "./wordRun";

/** WordApi 1.3 is where `Application.createDocument` and `DocumentCreated.open` live. */
export const canCreateDocument = (): boolean => supports("WordApi", "1.3");

export const newDocumentUnsupported = (): GatewayError => ({
  code: "api-unsupported",
  message: "Word ở đây không mở được văn bản mới từ phần bổ trợ; văn bản được tải xuống thành tệp .docx.",
  messageEn: "Word here cannot open a new document from the add-in; the document is downloaded as a .docx file.",
});

/** Base64 of the bytes, in slices (String.fromCharCode over a whole file would overflow the argument limit). */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + SLICE)));
  return btoa(binary);
}

/** The batch: create the document from the file and open it in a new window or tab; one sync. */
export const openAsNewDocument =
  (docx: Uint8Array) =>
  async (context: Word.RequestContext): Promise<void> => {
    context.application.createDocument(toBase64(docx)).open();
    await context.sync();
  };
