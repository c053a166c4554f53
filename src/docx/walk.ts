/**
 * The one traversal of WordprocessingML that the layout reader and the fixer share, so a paragraph index or a text
 * offset the check reports is the same paragraph and the same characters when a fix comes back to them.
 */
import { XmlElement, attr, childElements, firstChild, isElement } from "./xmlTree";

export interface CellPosition {
  table: number;
  row: number;
  column: number;
  widthTwips?: number;
}

/** A paragraph in reading order, as Word counts them (table cells and content controls included). */
export interface WalkedParagraph {
  p: XmlElement;
  cell?: CellPosition;
  /** Inside a content control showing placeholder (guidance) text. */
  placeholder: boolean;
}

export interface WalkedTable {
  tbl: XmlElement;
  index: number;
  nested: boolean;
  columnWidthsTwips: number[];
}

const CONTAINERS = new Set(["w:customXml", "w:ins", "w:smartTag", "w:moveTo"]);

/** Paragraphs and tables of a body, header or footer, in document order. */
export function walkBlocks(container: XmlElement): { paragraphs: WalkedParagraph[]; tables: WalkedTable[] } {
  const paragraphs: WalkedParagraph[] = [];
  const tables: WalkedTable[] = [];

  const visit = (node: XmlElement, cell: CellPosition | undefined, placeholder: boolean, depth: number): void => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c.name === "w:p") paragraphs.push({ p: c, cell, placeholder });
      else if (c.name === "w:tbl") visitTable(c, placeholder, depth);
      else if (c.name === "w:sdt") {
        const shows = firstChild(firstChild(c, "w:sdtPr"), "w:showingPlcHdr") !== undefined;
        const content = firstChild(c, "w:sdtContent");
        if (content) visit(content, cell, placeholder || shows, depth);
      } else if (CONTAINERS.has(c.name)) visit(c, cell, placeholder, depth);
    }
  };

  const visitTable = (tbl: XmlElement, placeholder: boolean, depth: number): void => {
    const index = tables.length;
    const grid = childElements(firstChild(tbl, "w:tblGrid") ?? tbl, "w:gridCol").map((g) => +(attr(g, "w:w") ?? 0));
    tables.push({ tbl, index, nested: depth > 0, columnWidthsTwips: grid });
    const rows: XmlElement[] = [];
    const collectRows = (n: XmlElement) => {
      for (const c of childElements(n)) {
        if (c.name === "w:tr") rows.push(c);
        else if (c.name === "w:sdt") collectRows(firstChild(c, "w:sdtContent") ?? c);
        else if (CONTAINERS.has(c.name)) collectRows(c);
      }
    };
    collectRows(tbl);
    rows.forEach((tr, row) => {
      let column = 0;
      const cells: XmlElement[] = [];
      const collectCells = (n: XmlElement) => {
        for (const c of childElements(n)) {
          if (c.name === "w:tc") cells.push(c);
          else if (c.name === "w:sdt") collectCells(firstChild(c, "w:sdtContent") ?? c);
          else if (CONTAINERS.has(c.name)) collectCells(c);
        }
      };
      collectCells(tr);
      for (const tc of cells) {
        const tcPr = firstChild(tc, "w:tcPr");
        const span = Math.max(1, +(attr(firstChild(tcPr, "w:gridSpan"), "w:val") ?? 1) || 1);
        const tcW = firstChild(tcPr, "w:tcW");
        const fromGrid = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
        const width = attr(tcW, "w:type") === "dxa" ? +(attr(tcW, "w:w") ?? 0) : fromGrid;
        visit(tc, { table: index, row, column, widthTwips: width || undefined }, placeholder, depth + 1);
        column += span;
      }
    });
  };

  visit(container, undefined, false, 0);
  return { paragraphs, tables };
}

/** A piece of a paragraph's visible text, with the element it comes from. */
export interface TextPiece {
  kind: "text" | "tab" | "break" | "hyphen";
  /** The w:t for text; the w:tab, w:br, … otherwise. */
  node: XmlElement;
  /** The w:r it belongs to. */
  run: XmlElement;
  text: string;
  start: number;
  /** Inside an inline content control showing placeholder (guidance) text. */
  placeholder: boolean;
}

export interface ParagraphContent {
  text: string;
  pieces: TextPiece[];
  fields: string[];
  /** w:drawing / w:pict / mc:AlternateContent choices in the paragraph, for line shapes. */
  drawings: XmlElement[];
}

const INLINE_CONTAINERS = new Set([
  "w:hyperlink",
  "w:ins",
  "w:smartTag",
  "w:customXml",
  "w:moveTo",
  "w:fldSimple",
  "w:bdo",
  "w:dir",
]);

/** The visible text of a paragraph (field results, not their codes; no deleted text), piece by piece. */
export function paragraphContent(p: XmlElement): ParagraphContent {
  const pieces: TextPiece[] = [];
  const fields: string[] = [];
  const drawings: XmlElement[] = [];
  let text = "";
  let instruction: string | null = null; // collecting a complex field's code
  let placeholder = false;
  const add = (kind: TextPiece["kind"], node: XmlElement, run: XmlElement, value: string) => {
    if (value === "") return;
    pieces.push({ kind, node, run, text: value, start: text.length, placeholder });
    text += value;
  };

  const visitRun = (r: XmlElement) => {
    for (const c of r.children) {
      if (!isElement(c)) continue;
      switch (c.name) {
        case "w:t":
          if (instruction === null) add("text", c, r, textOf(c));
          break;
        case "w:tab":
          if (instruction === null) add("tab", c, r, "\t");
          break;
        case "w:br":
        case "w:cr":
          if (instruction === null) add("break", c, r, "\n");
          break;
        case "w:noBreakHyphen":
          if (instruction === null) add("hyphen", c, r, "-");
          break;
        case "w:instrText":
          if (instruction !== null) instruction += textOf(c);
          break;
        case "w:fldChar": {
          const type = attr(c, "w:fldCharType");
          if (type === "begin") instruction = "";
          else if (type === "separate" || type === "end") {
            if (instruction !== null && instruction.trim()) fields.push(instruction.trim());
            instruction = null;
          }
          break;
        }
        case "w:drawing":
        case "w:pict":
        case "w:object":
          drawings.push(c);
          break;
        case "mc:AlternateContent": {
          const choice = firstChild(c, "mc:Choice");
          if (choice) visitRun(choice);
          break;
        }
      }
    }
  };

  const visit = (n: XmlElement) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.name === "w:r") visitRun(c);
      else if (c.name === "w:fldSimple") {
        const instr = attr(c, "w:instr");
        if (instr) fields.push(instr.trim());
        visit(c);
      } else if (c.name === "w:sdt") {
        const outer = placeholder;
        placeholder = outer || firstChild(firstChild(c, "w:sdtPr"), "w:showingPlcHdr") !== undefined;
        visit(firstChild(c, "w:sdtContent") ?? c);
        placeholder = outer;
      } else if (c.name === "mc:AlternateContent") visit(firstChild(c, "mc:Choice") ?? c);
      else if (INLINE_CONTAINERS.has(c.name)) visit(c);
    }
  };
  visit(p);
  return { text, pieces, fields, drawings };
}

function textOf(t: XmlElement): string {
  let s = "";
  for (const c of t.children) if (!isElement(c)) s += c.text;
  return s;
}

/** The part a header/footer reference points to, keyed by the section property reference kind. */
export type HeaderKind = "default" | "first" | "even";
