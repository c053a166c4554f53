/**
 * The one writer of WordprocessingML body content from the model. Both the insertOoxml package
 * and the .docx file wrap what this writes, so the rendering tests see what Word receives.
 *
 * Child order follows ECMA-376 (wml.xsd): Word rejects out-of-order children that LibreOffice forgives.
 */
import {
  Block,
  contentControlTag,
  GuidanceRun,
  Paragraph,
  Placeholder,
  Run,
  RunStyle,
  Table,
  TableCell,
  TaggedBlock,
} from "../core/model";
import { FONT_NAME, CELL_PADDING_TWIPS, LANGUAGE_TAG } from "../core/templates/typography";
import { escapeXml } from "./xml";

const halfPoints = (pt: number): number => Math.round(pt * 2);
const twipsFromPt = (pt: number): number => Math.round(pt * 20);

/** Run properties in schema order: rFonts, b, i, color, sz, szCs, u, lang. */
export function runProperties(style: RunStyle = {}, fontName = FONT_NAME): string {
  const font = escapeXml(fontName);
  let xml = `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
  if (style.bold) xml += "<w:b/><w:bCs/>";
  if (style.italic) xml += "<w:i/><w:iCs/>";
  if (style.color) xml += `<w:color w:val="${escapeXml(style.color)}"/>`;
  if (style.sizePt !== undefined)
    xml += `<w:sz w:val="${halfPoints(style.sizePt)}"/><w:szCs w:val="${halfPoints(style.sizePt)}"/>`;
  if (style.underline) xml += '<w:u w:val="single"/>';
  // Vietnamese on every run, so Word checks the spelling in Vietnamese whatever the clerk's default language.
  xml += `<w:lang w:val="${LANGUAGE_TAG}"/>`;
  return `<w:rPr>${xml}</w:rPr>`;
}

/** Hands out unique content-control ids for the guidance inside one block. */
export type NextId = () => number;

/** Ids for guidance written outside a numbered block; far above the blocks' own range. */
let looseId = 1_900_000_000;
const nextLooseId: NextId = () => looseId++;

/**
 * Guidance inside a sentence as an inline (run-level) content control showing placeholder text; the sdtPr run
 * properties are what the clerk's typing gets. sdtPr children in schema order: rPr, alias, tag, id, showingPlcHdr.
 */
function guidanceRunXml(run: GuidanceRun, id: number): string {
  const sdtPr =
    `<w:sdtPr>${runProperties(run.typedStyle ?? { color: "000000" })}<w:alias w:val="${escapeXml(run.title)}"/>` +
    `<w:tag w:val="${GUIDANCE_TAG}"/><w:id w:val="${id}"/><w:showingPlcHdr/></w:sdtPr>`;
  const content = `<w:r>${runProperties(run.style)}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
  return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function runXml(run: Run, nextId: NextId): string {
  if (run.kind === "guidance") return guidanceRunXml(run, nextId());
  const rPr = runProperties(run.style);
  if (run.kind === "field") {
    return (
      `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${rPr}<w:instrText xml:space="preserve"> ${run.instruction} </w:instrText></w:r>` +
      `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r>${rPr}<w:t>1</w:t></w:r>` +
      `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
    );
  }
  const pieces = run.text
    .split("\n")
    .map((piece) => (piece === "" ? "" : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`));
  return `<w:r>${rPr}${pieces.join("<w:br/>")}</w:r>`;
}

const JC: Record<NonNullable<Paragraph["align"]>, string> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
};

/** Paragraph properties in schema order: keepNext, pageBreakBefore, pBdr, spacing, ind, jc, outlineLvl, rPr. */
export function paragraphProperties(p: Omit<Paragraph, "kind" | "runs">, markStyle?: RunStyle): string {
  let xml = "";
  if (p.keepWithNext) xml += "<w:keepNext/>";
  if (p.pageBreakBefore) xml += "<w:pageBreakBefore/>";
  if (p.box) {
    const { widthEighthPt, color, double, spacePt } = p.box;
    const side = (name: string) =>
      `<w:${name} w:val="${double ? "double" : "single"}" w:sz="${widthEighthPt}" w:space="${Math.round(spacePt)}" w:color="${escapeXml(color)}"/>`;
    xml += `<w:pBdr>${["top", "left", "bottom", "right"].map(side).join("")}</w:pBdr>`;
  } else if (p.bottomRule)
    xml += `<w:pBdr><w:bottom w:val="single" w:sz="${p.bottomRule.widthEighthPt}" w:space="1" w:color="000000"/></w:pBdr>`;
  const spacing: string[] = [];
  if (p.spacingBeforePt !== undefined) spacing.push(`w:before="${twipsFromPt(p.spacingBeforePt)}"`);
  if (p.spacingAfterPt !== undefined) spacing.push(`w:after="${twipsFromPt(p.spacingAfterPt)}"`);
  if (p.lineExactPt !== undefined) spacing.push(`w:line="${twipsFromPt(p.lineExactPt)}" w:lineRule="exact"`);
  else if (p.lineMultiple !== undefined) spacing.push(`w:line="${Math.round(p.lineMultiple * 240)}" w:lineRule="auto"`);
  if (spacing.length) xml += `<w:spacing ${spacing.join(" ")}/>`;
  const ind: string[] = [];
  if (p.leftIndentTwips !== undefined) ind.push(`w:left="${p.leftIndentTwips}"`);
  if (p.rightIndentTwips !== undefined) ind.push(`w:right="${p.rightIndentTwips}"`);
  if (p.firstLineIndentTwips !== undefined) ind.push(`w:firstLine="${p.firstLineIndentTwips}"`);
  if (ind.length) xml += `<w:ind ${ind.join(" ")}/>`;
  if (p.align) xml += `<w:jc w:val="${JC[p.align]}"/>`;
  if (p.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  if (markStyle) xml += runProperties(markStyle);
  return xml ? `<w:pPr>${xml}</w:pPr>` : "";
}

export function paragraphXml(p: Paragraph, nextId: NextId = nextLooseId): string {
  // The paragraph mark takes the first run's style so that an empty paragraph (a rule) keeps its size.
  const first = p.runs[0];
  const markStyle = first?.kind === "guidance" ? first.typedStyle : first?.style;
  const { kind: _kind, runs, ...props } = p;
  return `<w:p>${paragraphProperties(props, markStyle ?? {})}${runs.map((run) => runXml(run, nextId)).join("")}</w:p>`;
}

function cellXml(cell: TableCell, widthTwips: number, nextId: NextId): string {
  const vAlign = cell.verticalAlign ? `<w:vAlign w:val="${cell.verticalAlign}"/>` : "";
  // A cell must end with a paragraph; an empty cell still gets one.
  const content = cell.blocks.length ? cell.blocks.map((p) => paragraphXml(p, nextId)).join("") : "<w:p/>";
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/>${vAlign}</w:tcPr>${content}</w:tc>`;
}

const BORDER_SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"];
const NO_BORDERS = BORDER_SIDES.map((side) => `<w:${side} w:val="nil"/>`).join("");
const GRID_BORDERS = BORDER_SIDES.map(
  (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`,
).join("");

/** Table properties in schema order: tblW, tblInd, tblBorders, tblLayout, tblCellMar, tblLook. */
export function tableXml(table: Table, nextId: NextId = nextLooseId): string {
  const total = table.columnWidthsTwips.reduce((a, b) => a + b, 0);
  const indent = table.indentTwips ? `<w:tblInd w:w="${table.indentTwips}" w:type="dxa"/>` : "";
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${indent}<w:tblBorders>${table.borders === "grid" ? GRID_BORDERS : NO_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/><w:right w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${table.columnWidthsTwips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = table.rows
    .map((row) => {
      if (row.cells.length !== table.columnWidthsTwips.length) {
        throw new Error(`Table row has ${row.cells.length} cells for ${table.columnWidthsTwips.length} columns`);
      }
      const rowProps = (row.cantSplit ? "<w:cantSplit/>" : "") + (row.repeatAsHeader ? "<w:tblHeader/>" : "");
      const trPr = rowProps ? `<w:trPr>${rowProps}</w:trPr>` : "";
      return `<w:tr>${trPr}${row.cells.map((cell, i) => cellXml(cell, table.columnWidthsTwips[i], nextId)).join("")}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

export { contentControlTag } from "../core/model";

/**
 * LibreOffice 7.4 drops the direct run formatting of the first paragraph inside a block-level content control
 * (a bold title comes out regular, grey guidance black). A 1 pt empty paragraph first keeps the real first
 * paragraph intact there; Word shows it as a hairline the clerk never notices.
 */
export const SDT_LEAD_PARAGRAPH =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:ind w:firstLine="0"/>' +
  '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';

/** Tag of the guidance controls nested inside a block; not a BlockName, the add-in never replaces them alone. */
export const GUIDANCE_TAG = "kl:guidance";

/**
 * Guidance as a nested block-level content control. `w:showingPlcHdr` tells Word the content is placeholder
 * text: a click selects all of it and typing replaces it. The sdtPr run properties are what the typed text gets.
 * sdtPr children in schema order: rPr, alias, tag, id, showingPlcHdr.
 */
export function placeholderXml(block: Placeholder, id: number, nextId: NextId = nextLooseId): string {
  const sdtPr =
    `<w:sdtPr>${runProperties(block.typedStyle ?? { color: "000000" })}<w:alias w:val="${escapeXml(block.title)}"/>` +
    `<w:tag w:val="${GUIDANCE_TAG}"/><w:id w:val="${id}"/><w:showingPlcHdr/></w:sdtPr>`;
  const content = SDT_LEAD_PARAGRAPH + block.paragraphs.map((p) => paragraphXml(p, nextId)).join("");
  return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/**
 * Content-control ids must be unique in a document: nested guidance controls of the block with id `n`
 * take n * 1000 + 1, + 2, …, so blocks numbered from 1 never collide.
 */
const nestedId = (parentId: number, index: number): number => parentId * 1000 + index + 1;

export function blocksXml(blocks: Block[], parentId = 0): string {
  let nested = 0;
  // Block-level and inline guidance share the block's id range.
  const nextId: NextId = () => nestedId(parentId, nested++);
  return blocks
    .map((block) => {
      if (block.kind === "paragraph") return paragraphXml(block, nextId);
      if (block.kind === "table") return tableXml(block, nextId);
      return placeholderXml(block, nextId(), nextId);
    })
    .join("");
}

export const blockXml = (block: Block): string => blocksXml([block]);

/**
 * A tagged block as a block-level content control, so the add-in can find, update or replace its own
 * blocks and never touch the clerk's text. `id` must be unique within the document.
 */
export function taggedBlockXml(block: TaggedBlock, id: number): string {
  const sdtPr =
    `<w:sdtPr><w:alias w:val="${escapeXml(block.title)}"/><w:tag w:val="${contentControlTag(block.name)}"/>` +
    `<w:id w:val="${id}"/></w:sdtPr>`;
  const content = SDT_LEAD_PARAGRAPH + blocksXml(block.blocks, id);
  return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}
