/**
 * "Cập nhật số, ngày và đường kẻ": the header is rebuilt with the number and date now in the form, and the rules
 * are fitted again to the text the clerk has typed since the draft was inserted (the trích yếu in the title
 * block, a công văn's "V/v …" in the header). What the clerk typed there is kept, never replaced by the form.
 */
import { DraftKind, draftKindInfo } from "./kinds";
import { DraftOptions, SUBJECT_GUIDANCE } from "./draft";

/** The text of the add-in's blocks as Word reports it (paragraphs separated by \r, cells by \u0007). */
export interface BlockTexts {
  header?: string;
  title?: string;
}

/** Word's end-of-cell mark, which separates the header's cells in its text. */
const CELL_END = String.fromCharCode(7);

/** Lines of a block's text: Word's paragraph marks, line breaks, manual line breaks (\v) and cell ends. */
const linesOf = (text: string): string[] =>
  text
    .normalize("NFC")
    .split(CELL_END)
    .join("\r")
    .split(/[\r\n\v]+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** The trích yếu typed in the title block; null while it is still the grey guidance (or there is none). */
export function typedSubject(titleText: string, kind: DraftKind): string | null {
  const typeName = draftKindInfo(kind).typeName;
  const lines = linesOf(titleText).filter((line) => line !== typeName);
  if (lines.length === 0 || lines.join(" ") === SUBJECT_GUIDANCE[kind].trim()) return null;
  return lines.join("\n");
}

/** A công văn's "V/v …" as it now reads in the header; null while it is the grey gap. */
export function typedLetterSubject(headerText: string): string | null {
  const line = linesOf(headerText).find((l) => l.startsWith("V/v"));
  const subject = line?.slice(3).trim() ?? "";
  return subject === "" || subject === "[trích yếu]" ? null : subject;
}

/** The draft options with the subject the document now holds, when the clerk typed one there. */
export function refitOptions(options: DraftOptions, texts: BlockTexts): DraftOptions {
  const subject =
    options.kind === "cong-van"
      ? texts.header !== undefined && typedLetterSubject(texts.header)
      : texts.title !== undefined && typedSubject(texts.title, options.kind);
  return subject ? { ...options, subject } : options;
}
