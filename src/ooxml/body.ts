/**
 * The one writer of WordprocessingML body content from the model. Both the insertOoxml package
 * and the .docx file wrap what this writes, so the rendering tests see what Word receives.
 *
 * Every paragraph and run states its whole formatting (font, size, alignment, indents, spacing), resolved against
 * the block's body defaults: a package given to insertOoxml carries no document defaults (they never travel), and a
 * style it names takes the destination's definition when the destination has one (Microsoft, "Understand when and
 * how to use Office Open XML in your Word add-in", Working with styles). Direct formatting is the one thing that
 * lands intact whatever the clerk's Normal is: Calibri 11, Aptos 12 or Times 14 (test/render/inserted.test.ts).
 *
 * Child order follows ECMA-376 (wml.xsd): Word rejects out-of-order children that LibreOffice forgives.
 */
import {
  Block,
  BodyDefaults,
  contentControlTag,
  GuidanceRun,
  isSectionBreak,
  PageSetup,
  Paragraph,
  Placeholder,
  Run,
  RunStyle,
  Table,
  TableCell,
  TaggedBlock,
  type DocumentModel,
} from "../core/model";
import { FONT_NAME, CELL_PADDING_TWIPS, LANGUAGE_TAG } from "../core/templates/typography";
import { bodyDefaults } from "../core/templates/pageSetup";
import { escapeXml } from "./xml";

const halfPoints = (pt: number): number => Math.round(pt * 2);
const twipsFromPt = (pt: number): number => Math.round(pt * 20);

/**
 * Run properties in schema order: rFonts, b, i, color, kern, sz, szCs, u, lang. Kerning is switched off explicitly:
 * Microsoft 365's default documents kern every run (w:kern 2 in the document defaults), which narrows capitals
 * such as "THANH TRA" and moves lines the .docx does not move.
 */
export function runProperties(style: RunStyle = {}, fontName = FONT_NAME): string {
  const font = escapeXml(fontName);
  let xml = `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
  if (style.bold) xml += "<w:b/><w:bCs/>";
  if (style.italic) xml += "<w:i/><w:iCs/>";
  if (style.color) xml += `<w:color w:val="${escapeXml(style.color)}"/>`;
  xml += '<w:kern w:val="0"/>';
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

/** Decree 30's 14 pt body, for blocks that name none (the page number, the task table state all they need). */
const DEFAULT_BODY: BodyDefaults = bodyDefaults({ bodySizePt: 14 });

type ParagraphProps = Omit<Paragraph, "kind" | "runs">;

/** A run's style with the body's size where it names none. */
const resolveRun = (style: RunStyle = {}, body: BodyDefaults): RunStyle => ({
  ...style,
  sizePt: style.sizePt ?? body.sizePt,
});

/** Every paragraph property stated: the paragraph's own, the body's otherwise, no indent where none is given. */
function resolveParagraph(p: ParagraphProps, body: BodyDefaults): ParagraphProps {
  return {
    ...p,
    align: p.align ?? body.align,
    spacingBeforePt: p.spacingBeforePt ?? body.spacingBeforePt,
    spacingAfterPt: p.spacingAfterPt ?? body.spacingAfterPt,
    lineMultiple: p.lineMultiple ?? body.lineMultiple,
    firstLineIndentTwips: p.firstLineIndentTwips ?? body.firstLineIndentTwips,
    leftIndentTwips: p.leftIndentTwips ?? 0,
    rightIndentTwips: p.rightIndentTwips ?? 0,
  };
}

/**
 * Guidance inside a sentence as an inline (run-level) content control showing placeholder text; the sdtPr run
 * properties are what the clerk's typing gets. sdtPr children in schema order: rPr, alias, tag, id, showingPlcHdr.
 */
function guidanceRunXml(run: GuidanceRun, id: number, body: BodyDefaults): string {
  const typed = resolveRun(run.typedStyle ?? { color: "000000" }, body);
  const sdtPr =
    `<w:sdtPr>${runProperties(typed, body.fontName)}<w:alias w:val="${escapeXml(run.title)}"/>` +
    `<w:tag w:val="${GUIDANCE_TAG}"/><w:id w:val="${id}"/><w:showingPlcHdr/></w:sdtPr>`;
  const shown = runProperties(resolveRun(run.style, body), body.fontName);
  const content = `<w:r>${shown}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
  return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function runXml(run: Run, body: BodyDefaults, nextId: NextId): string {
  if (run.kind === "guidance") return guidanceRunXml(run, nextId(), body);
  const rPr = runProperties(resolveRun(run.style, body), body.fontName);
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
export function paragraphProperties(p: ParagraphProps, markStyle?: RunStyle, fontName = FONT_NAME): string {
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
  if (markStyle) xml += runProperties(markStyle, fontName);
  return xml ? `<w:pPr>${xml}</w:pPr>` : "";
}

/** A paragraph with all its formatting stated, resolved against the body defaults. */
export function paragraphXml(p: Paragraph, body: BodyDefaults = DEFAULT_BODY, nextId: NextId = nextLooseId): string {
  // The paragraph mark takes the first run's style so that an empty paragraph (a rule) keeps its size.
  const first = p.runs[0];
  const markStyle = first?.kind === "guidance" ? first.typedStyle : first?.style;
  const { kind: _kind, runs, ...props } = p;
  const pPr = paragraphProperties(resolveParagraph(props, body), resolveRun(markStyle, body), body.fontName);
  return `<w:p>${pPr}${runs.map((run) => runXml(run, body, nextId)).join("")}</w:p>`;
}

const EMPTY_PARAGRAPH: Paragraph = { kind: "paragraph", runs: [] };

function cellXml(cell: TableCell, widthTwips: number, body: BodyDefaults, nextId: NextId): string {
  const vAlign = cell.verticalAlign ? `<w:vAlign w:val="${cell.verticalAlign}"/>` : "";
  // A cell must end with a paragraph; an empty cell still gets one, formatted like the body.
  const blocks = cell.blocks.length ? cell.blocks : [EMPTY_PARAGRAPH];
  const content = blocks.map((p) => paragraphXml(p, body, nextId)).join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/>${vAlign}</w:tcPr>${content}</w:tc>`;
}

const BORDER_SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"];
const NO_BORDERS = BORDER_SIDES.map((side) => `<w:${side} w:val="nil"/>`).join("");
const GRID_BORDERS = BORDER_SIDES.map(
  (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`,
).join("");

/** Table properties in schema order: tblW, tblInd, tblBorders, tblLayout, tblCellMar, tblLook. */
export function tableXml(table: Table, body: BodyDefaults = DEFAULT_BODY, nextId: NextId = nextLooseId): string {
  const total = table.columnWidthsTwips.reduce((a, b) => a + b, 0);
  // Indent and all four cell margins stated: the destination's "Normal Table" style would supply them otherwise.
  const indent = `<w:tblInd w:w="${table.indentTwips ?? 0}" w:type="dxa"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${indent}<w:tblBorders>${table.borders === "grid" ? GRID_BORDERS : NO_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${table.columnWidthsTwips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = table.rows
    .map((row) => {
      if (row.cells.length !== table.columnWidthsTwips.length) {
        throw new Error(`Table row has ${row.cells.length} cells for ${table.columnWidthsTwips.length} columns`);
      }
      const rowProps = (row.cantSplit ? "<w:cantSplit/>" : "") + (row.repeatAsHeader ? "<w:tblHeader/>" : "");
      const trPr = rowProps ? `<w:trPr>${rowProps}</w:trPr>` : "";
      return `<w:tr>${trPr}${row.cells.map((cell, i) => cellXml(cell, table.columnWidthsTwips[i], body, nextId)).join("")}</w:tr>`;
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
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
  '<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>' +
  `${runProperties({ sizePt: 1 })}</w:pPr></w:p>`;

/** Tag of the guidance controls nested inside a block; not a BlockName, the add-in never replaces them alone. */
export const GUIDANCE_TAG = "kl:guidance";

/**
 * Guidance as a nested block-level content control. `w:showingPlcHdr` tells Word the content is placeholder
 * text: a click selects all of it and typing replaces it. The sdtPr run properties are what the typed text gets.
 * sdtPr children in schema order: rPr, alias, tag, id, showingPlcHdr.
 */
export function placeholderXml(
  block: Placeholder,
  id: number,
  body: BodyDefaults = DEFAULT_BODY,
  nextId: NextId = nextLooseId,
): string {
  const typed = resolveRun(block.typedStyle ?? { color: "000000" }, body);
  const sdtPr =
    `<w:sdtPr>${runProperties(typed, body.fontName)}<w:alias w:val="${escapeXml(block.title)}"/>` +
    `<w:tag w:val="${GUIDANCE_TAG}"/><w:id w:val="${id}"/><w:showingPlcHdr/></w:sdtPr>`;
  const content = SDT_LEAD_PARAGRAPH + block.paragraphs.map((p) => paragraphXml(p, body, nextId)).join("");
  return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/**
 * Content-control ids must be unique in a document: nested guidance controls of the block with id `n`
 * take n * 1000 + 1, + 2, …, so blocks numbered from 1 never collide.
 */
const nestedId = (parentId: number, index: number): number => parentId * 1000 + index + 1;

export function blocksXml(blocks: Block[], parentId = 0, body: BodyDefaults = DEFAULT_BODY): string {
  let nested = 0;
  // Block-level and inline guidance share the block's id range.
  const nextId: NextId = () => nestedId(parentId, nested++);
  return blocks
    .map((block) => {
      if (block.kind === "paragraph") return paragraphXml(block, body, nextId);
      if (block.kind === "table") return tableXml(block, body, nextId);
      return placeholderXml(block, nextId(), body, nextId);
    })
    .join("");
}

/**
 * What a tagged block's content control holds: the 1 pt lead paragraph, then the blocks. The insert and the
 * "Replace" of an existing block write the very same content, so a replaced block keeps the structure of an
 * insert: Word adds a full-height empty paragraph before content that starts with a table (office-js issues
 * #2655, #1144), and the lead paragraph is what keeps it from doing so.
 */
export function taggedContentXml(block: TaggedBlock, id: number, fallback: BodyDefaults = DEFAULT_BODY): string {
  return SDT_LEAD_PARAGRAPH + blocksXml(block.blocks, id, block.body ?? fallback);
}

/**
 * A tagged block as a block-level content control, so the add-in can find, update or replace its own
 * blocks and never touch the clerk's text. `id` must be unique within the document.
 */
export function taggedBlockXml(block: TaggedBlock, id: number, fallback: BodyDefaults = DEFAULT_BODY): string {
  const sdtPr =
    `<w:sdtPr><w:alias w:val="${escapeXml(block.title)}"/><w:tag w:val="${contentControlTag(block.name)}"/>` +
    `<w:id w:val="${id}"/></w:sdtPr>`;
  return `<w:sdt>${sdtPr}<w:sdtContent>${taggedContentXml(block, id, fallback)}</w:sdtContent></w:sdt>`;
}

export interface HeaderRefs {
  defaultHeaderRelId: string;
  firstHeaderRelId: string;
}

/**
 * Section properties in schema order: headerReference*, pgSz, pgMar, pgNumType, titlePg. A landscape page says so
 * (`w:orient`) as well as having its width and height swapped: Word prints by the attribute, lays out by the size.
 * Every section names the headers itself rather than inheriting them, so each shows the page number the same way.
 */
export function sectionXml(page: PageSetup, refs?: HeaderRefs, restartPageNumbers = false): string {
  const headers =
    page.pageNumbers && refs
      ? `<w:headerReference w:type="default" r:id="${refs.defaultHeaderRelId}"/><w:headerReference w:type="first" r:id="${refs.firstHeaderRelId}"/>`
      : "";
  const orient = page.widthTwips > page.heightTwips ? ' w:orient="landscape"' : "";
  return (
    `<w:sectPr>${headers}<w:pgSz w:w="${page.widthTwips}" w:h="${page.heightTwips}"${orient}/>` +
    `<w:pgMar w:top="${page.marginTopTwips}" w:right="${page.marginRightTwips}" w:bottom="${page.marginBottomTwips}" ` +
    `w:left="${page.marginLeftTwips}" w:header="${page.headerTwips}" w:footer="${page.headerTwips}" w:gutter="0"/>` +
    `${restartPageNumbers ? '<w:pgNumType w:start="1"/>' : ""}${page.pageNumbers ? "<w:titlePg/>" : ""}</w:sectPr>`
  );
}

/**
 * The paragraph that ends a section which is not the last: WordprocessingML keeps a section's properties in the
 * pPr of its last paragraph (pPr children: …, rPr, sectPr). It is empty and 1 pt high, like the content controls'
 * lead paragraph, so it never pushes a page of its own.
 */
export const sectionEndXml = (sectPr: string): string =>
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
  '<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>' +
  `${runProperties({ sizePt: 1 })}${sectPr}</w:pPr></w:p>`;

/**
 * A whole document's body: the tagged blocks (content-control ids from 1), a section's properties at the end of
 * each section, the last paragraph carrying nothing (a table or content control may not end the body in Word), and
 * the last section's properties as the body's last child.
 */
export function documentBodyXml(model: DocumentModel, refs: HeaderRefs): string {
  let xml = "";
  let id = 1;
  let section = { page: model.page, restart: false };
  for (const item of model.body) {
    if (isSectionBreak(item)) {
      xml += sectionEndXml(sectionXml(section.page, refs, section.restart));
      section = { page: item.page, restart: item.restartPageNumbers === true };
    } else xml += taggedBlockXml(item, id++, model.defaults);
  }
  const last = paragraphXml({ kind: "paragraph", runs: [] }, model.defaults);
  return xml + last + sectionXml(section.page, refs, section.restart);
}
