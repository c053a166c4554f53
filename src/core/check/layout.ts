/**
 * The neutral description of a document's layout that the Decree 30 check reads: what Word would show, after
 * style inheritance, independent of how it was stored. `src/docx` builds it from a .docx or from the OOXML the
 * pane gets from Word, so the CLI and the pane run the same checker on the same description.
 *
 * Units: font sizes and paragraph spacing in points; indents, page sizes and margins in twips (1/20 pt).
 */

export type LayoutAlignment = "left" | "center" | "right" | "justify";

/** A stretch of text with one effective formatting. Offsets are into the paragraph's `text`. */
export interface LayoutRun {
  start: number;
  end: number;
  text: string;
  /** Effective font of ASCII text, theme fonts resolved; undefined when nothing names one. */
  font?: string;
  /** Effective font of non-ASCII Latin text (Vietnamese letters with diacritics). */
  fontOther?: string;
  sizePt?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Shown in capitals whatever the stored case (w:caps). */
  caps: boolean;
  /** "auto" or a hex colour such as "FF0000". */
  color?: string;
  /** Guidance the clerk types over (an inline placeholder), not the clerk's text. */
  placeholder?: true;
}

/** Where a paragraph lives: the body, or a header/footer of a section. */
export type PartRef =
  { part: "body" } | { part: "header" | "footer"; section: number; kind: "default" | "first" | "even" };

export interface LayoutParagraph {
  /** Position among the paragraphs of its part, in the order Word counts them (table cells included). */
  index: number;
  where: PartRef;
  text: string;
  runs: LayoutRun[];
  align: LayoutAlignment;
  leftIndentTwips: number;
  rightIndentTwips: number;
  /** First-line indent; negative for a hanging indent. */
  firstLineTwips: number;
  spacingBeforePt: number;
  spacingAfterPt: number;
  /** "auto": `lineValue` is a multiple of single spacing; "exact" / "atLeast": `lineValue` is in points. */
  lineRule: "auto" | "exact" | "atLeast";
  lineValue: number;
  styleName?: string;
  outlineLevel?: number;
  /** The automatic number or bullet Word shows before the text, when the paragraph is a list item. */
  listLabel?: string;
  cell?: { table: number; row: number; column: number; widthTwips?: number };
  /** A solid bottom border (one way of drawing Decree 30's rules). */
  bottomBorder: boolean;
  /** A drawn straight line anchored in this paragraph (the other way), with its length when known. */
  lineShapes: Array<{ widthTwips?: number }>;
  /** Field instructions in the paragraph, e.g. ["PAGE"]. */
  fields: string[];
  /** Inside guidance placeholder text (showingPlcHdr): not the clerk's text. */
  placeholder: boolean;
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  markSizePt?: number;
  section: number;
}

export interface LayoutTable {
  index: number;
  rows: number;
  columnWidthsTwips: number[];
  indentTwips: number;
  /** Nested inside another table's cell. */
  nested: boolean;
}

export interface HeaderFooterLayout {
  kind: "default" | "first" | "even";
  /** The same part as the previous section's (no reference of its own): rules look at it once. */
  inherited: boolean;
  paragraphs: LayoutParagraph[];
}

export interface LayoutSection {
  index: number;
  /** Undefined when the source did not say (Word then uses its own defaults). */
  pageWidthTwips?: number;
  pageHeightTwips?: number;
  margins?: { top: number; bottom: number; left: number; right: number; gutter: number };
  /** Different first page (w:titlePg): the first page uses the "first" header and footer. */
  titlePage: boolean;
  headers: HeaderFooterLayout[];
  footers: HeaderFooterLayout[];
  /** Index of the last body paragraph of the section. */
  lastParagraph: number;
  /** Whether the source carried the headers and footers (the pane's body OOXML may not). */
  headersKnown: boolean;
}

export interface DocumentLayout {
  paragraphs: LayoutParagraph[];
  tables: LayoutTable[];
  sections: LayoutSection[];
  /** The package carries a digital signature: the check only reports, it never fixes. */
  signed: boolean;
}
