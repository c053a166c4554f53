/**
 * The neutral document model: what a block looks like, independent of Word, .docx or the screen.
 * Templates build it, the OOXML writer renders it, tests inspect it.
 *
 * Units: font sizes and paragraph spacing in points (as Decree 30 states them);
 * page and table geometry in twips (1/20 pt), as Word stores it and as the spec quotes it.
 */

export type Alignment = "left" | "center" | "right" | "justify";

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  sizePt?: number;
  /** Hex colour without '#', e.g. "808080" for guidance text. */
  color?: string;
}

/** A run of text with one style. A "\n" inside `text` is a line break within the paragraph. */
export interface TextRun {
  kind: "text";
  text: string;
  style?: RunStyle;
}

/** A field Word computes, such as the page number. */
export interface FieldRun {
  kind: "field";
  instruction: "PAGE";
  style?: RunStyle;
}

/**
 * Guidance inside a sentence ("Ngày …, … họp"): a gap the clerk types over, shown grey in an inline placeholder
 * content control, so a forgotten gap is visibly guidance instead of black "…" that prints.
 */
export interface GuidanceRun {
  kind: "guidance";
  /** Content-control title shown in Word (Vietnamese). */
  title: string;
  /** What the gap shows until the clerk types over it. */
  text: string;
  /** Style of the shown guidance (grey). */
  style?: RunStyle;
  /** Style of what the clerk types in its place. */
  typedStyle?: RunStyle;
}

export type Run = TextRun | FieldRun | GuidanceRun;

/** The text a run shows: a field's result is unknown here. */
export const runText = (run: Run): string => (run.kind === "field" ? "" : run.text);

/** A solid rule drawn under the paragraph (Decree 30's "đường kẻ ngang, nét liền"). */
export interface BottomRule {
  /** Line thickness in eighths of a point (Word's unit for borders). */
  widthEighthPt: number;
}

/** A frame around a paragraph, as Decree 30's urgency and secrecy marks are printed ("KHẨN" in a box). */
export interface BoxBorder {
  /** Line thickness in eighths of a point. */
  widthEighthPt: number;
  /** Hex colour without '#'. */
  color: string;
  /** Two lines with a gap (the secrecy marks of Thông tư 24/2020/TT-BCA). */
  double?: boolean;
  /** Distance between the text and the frame, in points. */
  spacePt: number;
}

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  align?: Alignment;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  /** Line spacing as a multiple of single spacing (1 = single). */
  lineMultiple?: number;
  firstLineIndentTwips?: number;
  leftIndentTwips?: number;
  rightIndentTwips?: number;
  bottomRule?: BottomRule;
  box?: BoxBorder;
  /** An exact line height in points (a framed mark of a set height); otherwise `lineMultiple` applies. */
  lineExactPt?: number;
  /** Start on a new page (an appendix). */
  pageBreakBefore?: boolean;
  keepWithNext?: boolean;
  /** Outline level 0–8 makes the paragraph a heading for navigation and for the task extractor. */
  outlineLevel?: number;
}

export interface TableCell {
  blocks: Paragraph[];
  verticalAlign?: "top" | "center" | "bottom";
}

export interface TableRow {
  cells: TableCell[];
  /** Keep the row on one page (the signature must not be split from its name). */
  cantSplit?: boolean;
  /** Repeat the row at the top of every page the table spans (a data table's column titles). */
  repeatAsHeader?: boolean;
}

/**
 * A table. Layout tables (header, signature) are borderless, as real issued documents are; data tables
 * (the task-tracking table) have a single-line grid.
 */
export interface Table {
  kind: "table";
  borders?: "none" | "grid";
  /** Column widths in twips; every row has exactly this many cells. */
  columnWidthsTwips: number[];
  /** Negative values let the table overhang the left margin, as some offices do for a 13 pt national title. */
  indentTwips?: number;
  rows: TableRow[];
}

/**
 * Guidance the clerk types over (hướng dẫn soạn thảo): a nested content control showing its content as
 * placeholder text, so Word selects the whole guidance on click and replaces it as the clerk types.
 */
export interface Placeholder {
  kind: "placeholder";
  /** Content-control title shown in Word (Vietnamese). */
  title: string;
  paragraphs: Paragraph[];
  /** Style of what the clerk types in place of the guidance (Word applies it to the new text). */
  typedStyle?: RunStyle;
}

export type Block = Paragraph | Table | Placeholder;

/** The add-in's named blocks; each is inserted inside a content control tagged `kl:<name>`. */
export type BlockName =
  "header" | "title" | "scaffold" | "signature" | "appendix" | "draft" | "task-table" | "page-number";

/** The content-control tag of a named block: "kl:header", "kl:task-table", … */
export const contentControlTag = (name: BlockName): string => `kl:${name}`;

/** A block group as inserted: its content-control tag, a human title and its content. */
export interface TaggedBlock {
  name: BlockName;
  /** Content-control title shown in Word (Vietnamese). */
  title: string;
  blocks: Block[];
  /**
   * The body formatting (font, size, alignment, indent, spacing) its paragraphs take wherever they say nothing
   * themselves: the profile's. The writer states it on every paragraph and run, because a block inserted into
   * the clerk's document falls under the clerk's Normal otherwise. Absent: Decree 30's 14 pt body.
   */
  body?: BodyDefaults;
}

/** Page setup in twips (Decree 30 §1). */
export interface PageSetup {
  widthTwips: number;
  heightTwips: number;
  marginTopTwips: number;
  marginBottomTwips: number;
  marginLeftTwips: number;
  marginRightTwips: number;
  /** Distance of the header (page number) from the top edge. */
  headerTwips: number;
  /** Page number centred in the header, hidden on the first page. */
  pageNumbers: boolean;
}

/** Document-wide text defaults: Times New Roman, body size, paragraph layout. */
export interface BodyDefaults {
  fontName: string;
  sizePt: number;
  align: Alignment;
  firstLineIndentTwips: number;
  spacingBeforePt: number;
  spacingAfterPt: number;
  lineMultiple: number;
}

/**
 * A section break (ngắt phần): a new section starts here, on a page of its own setup, such as a landscape appendix
 * for a wide table (Decree 30 §1). It lies between tagged blocks, never inside one: a block goes into the clerk's
 * document through insertOoxml, and a section break there would change the clerk's pages.
 */
export interface SectionBreak {
  kind: "section-break";
  /** The page of the section that starts here; landscape when it is wider than high. */
  page: PageSetup;
  /** Page numbers start again at 1 (each appendix is numbered on its own, Decree 30 §1). */
  restartPageNumbers?: boolean;
}

export const isSectionBreak = (item: TaggedBlock | SectionBreak): item is SectionBreak =>
  "kind" in item && item.kind === "section-break";

/** A whole document: what the .docx wrapper writes. `page` is the first section's; a section break sets the next. */
export interface DocumentModel {
  page: PageSetup;
  defaults: BodyDefaults;
  body: Array<TaggedBlock | SectionBreak>;
}

/**
 * The tagged blocks of a document of one section: what may go to insertOoxml. A section break cannot go there (it
 * would re-lay the clerk's pages), so a document with one is refused here rather than inserted without its break.
 */
export function singleSectionBlocks(model: DocumentModel): TaggedBlock[] {
  return model.body.map((item) => {
    if (isSectionBreak(item)) throw new Error("A document with a section break cannot be inserted into another");
    return item;
  });
}

/** Small constructors keep templates readable. */
export const text = (value: string, style?: RunStyle): TextRun => ({ kind: "text", text: value, style });

export const paragraph = (runs: Run[] | string, props: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [text(runs)] : runs,
  ...props,
});

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** All text of a block list, paragraph by paragraph (table cells in reading order). */
export function plainParagraphs(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      out.push(block.runs.map(runText).join(""));
    } else if (block.kind === "placeholder") {
      out.push(...plainParagraphs(block.paragraphs));
    } else {
      for (const row of block.rows) for (const cell of row.cells) out.push(...plainParagraphs(cell.blocks));
    }
  }
  return out;
}
