/**
 * .docx (or the flat OOXML Word's getOoxml() returns) → the neutral DocumentLayout the Decree 30 check reads:
 * sections with page size, margins and headers/footers, and every paragraph with its effective formatting.
 */
import type {
  DocumentLayout,
  HeaderFooterLayout,
  LayoutParagraph,
  LayoutRun,
  LayoutSection,
  LayoutTable,
  PartRef,
} from "../core/check/layout";
import { DocxError } from "./errors";
import { PackageParts } from "./packageParts";
import {
  ParaProps,
  RunProps,
  StyleSheet,
  effectiveRun,
  mergeProps,
  readParaProps,
  readRunProps,
  readStyleSheet,
} from "./styles";
import { HeaderKind, WalkedParagraph, paragraphContent, walkBlocks } from "./walk";
import {
  MAX_XML_DEPTH,
  XmlElement,
  XmlSyntaxError,
  XmlTooDeepError,
  attr,
  descendants,
  documentElement,
  firstChild,
  parseXml,
} from "./xmlTree";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const SIGNATURE_ORIGIN = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin";

interface Relationship {
  type: string;
  target: string;
}

/** Where each header/footer of each section comes from, so a fix can find the part again. */
export interface LayoutSources {
  documentPart: string;
  /** `${section}:${header|footer}:${kind}` → part name. */
  headerFooterParts: Map<string, string>;
}

export const headerFooterKey = (section: number, part: "header" | "footer", kind: HeaderKind): string =>
  `${section}:${part}:${kind}`;

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = from
    .slice(0, from.lastIndexOf("/") + 1)
    .split("/")
    .filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== ".") base.push(piece);
  }
  return base.join("/");
}

function readRels(parts: PackageParts, part: string): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  const xml = parts.get(relsPath(part));
  if (!xml) return map;
  const re = /<Relationship\b([^>]*)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = m[1];
    const id = /\bId="([^"]*)"/.exec(a)?.[1];
    const type = /\bType="([^"]*)"/.exec(a)?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(a)?.[1] ?? "";
    const external = /\bTargetMode="External"/.test(a);
    if (id && !external) map.set(id, { type, target: resolveTarget(part, target) });
  }
  return map;
}

/** The clerk's message for a part the tokenizer refused. */
function unreadablePart(error: unknown, name: string): DocxError {
  if (error instanceof XmlTooDeepError)
    return new DocxError(
      "too-large",
      `Tệp .docx có nội dung lồng nhau hơn ${MAX_XML_DEPTH} tầng (${name}), không kiểm tra được. / ` +
        `The .docx nests content more than ${MAX_XML_DEPTH} levels deep (${name}); it cannot be checked.`,
    );
  const detail = error instanceof XmlSyntaxError ? ` (${error.message})` : "";
  return new DocxError(
    "bad-xml",
    `Tệp .docx bị hỏng (${name} không đọc được). / The .docx is damaged (${name} is not valid XML${detail}).`,
  );
}

function parsePart(xml: string, name: string): XmlElement {
  try {
    return documentElement(parseXml(xml));
  } catch (error) {
    throw unreadablePart(error, name);
  }
}

const EMU_PER_TWIP = 635;

/** Straight lines drawn in the paragraph (DrawingML connector/line, or VML v:line), with their length. */
function lineShapes(drawings: XmlElement[]): Array<{ widthTwips?: number }> {
  const out: Array<{ widthTwips?: number }> = [];
  for (const d of drawings) {
    for (const geom of descendants(d, "a:prstGeom")) {
      const prst = attr(geom, "prst") ?? "";
      if (!/^(line|straightConnector1)$/.test(prst)) continue;
      let container: XmlElement | null = geom;
      while (container && container.name !== "wp:anchor" && container.name !== "wp:inline")
        container = container.parent;
      const cx = container ? +(attr(firstChild(container, "wp:extent"), "cx") ?? NaN) : NaN;
      out.push({ widthTwips: Number.isFinite(cx) && cx > 0 ? Math.round(cx / EMU_PER_TWIP) : undefined });
    }
    for (const line of descendants(d, "v:line")) {
      const x1 = parseFloat(attr(line, "from") ?? "");
      const x2 = parseFloat((attr(line, "to") ?? "").split(",")[0]);
      const unitIsPt = /pt/.test(attr(line, "to") ?? "");
      const width =
        Number.isFinite(x1) && Number.isFinite(x2) && unitIsPt ? Math.round(Math.abs(x2 - x1) * 20) : undefined;
      out.push({ widthTwips: width });
    }
  }
  return out;
}

interface ReadContext {
  sheet: StyleSheet;
  tableStyles: Map<number, string | undefined>;
}

function readParagraph(
  walked: WalkedParagraph,
  index: number,
  where: PartRef,
  section: number,
  ctx: ReadContext,
): LayoutParagraph {
  const { p } = walked;
  const pPrEl = firstChild(p, "w:pPr");
  const direct = readParaProps(pPrEl);
  const styleId = attr(firstChild(pPrEl, "w:pStyle"), "w:val");
  const style = ctx.sheet.paragraph(styleId);
  const table = walked.cell ? ctx.sheet.table(ctx.tableStyles.get(walked.cell.table)) : undefined;
  const numId = direct.numId ?? style.pPr.numId;
  const ilvl = direct.ilvl ?? style.pPr.ilvl;
  const level = ctx.sheet.numberingLevel(numId, ilvl);
  const pp = mergeProps<ParaProps>(ctx.sheet.defaultsPara, table?.pPr, style.pPr, level?.pPr, direct);

  const content = paragraphContent(p);
  const runs: LayoutRun[] = [];
  const runCache = new Map<XmlElement, RunProps>();
  for (const piece of content.pieces) {
    let props = runCache.get(piece.run);
    if (!props) {
      const rPr = firstChild(piece.run, "w:rPr");
      const charStyle = ctx.sheet.character(attr(firstChild(rPr, "w:rStyle"), "w:val"));
      props = effectiveRun(ctx.sheet, {
        table: table?.rPr,
        paragraphStyle: style.rPr,
        character: charStyle,
        direct: readRunProps(rPr, ctx.sheet.theme),
      });
      runCache.set(piece.run, props);
    }
    const last = runs[runs.length - 1];
    const same =
      last && last.end === piece.start && sameFormat(last, props) && !last.placeholder === !piece.placeholder;
    if (same) {
      last.text += piece.text;
      last.end += piece.text.length;
    } else
      runs.push({
        start: piece.start,
        end: piece.start + piece.text.length,
        text: piece.text,
        font: props.font,
        fontOther: props.fontOther ?? props.font,
        sizePt: props.sizePt,
        bold: props.bold === true,
        italic: props.italic === true,
        underline: props.underline === true,
        caps: props.caps === true,
        color: props.color,
        ...(piece.placeholder && { placeholder: true as const }),
      });
  }
  const mark = effectiveRun(ctx.sheet, {
    table: table?.rPr,
    paragraphStyle: style.rPr,
    character: {},
    direct: readRunProps(firstChild(pPrEl, "w:rPr"), ctx.sheet.theme),
  });

  const para: LayoutParagraph = {
    index,
    where,
    text: content.text.normalize("NFC"),
    runs:
      content.text === content.text.normalize("NFC")
        ? runs
        : runs.map((r) => ({ ...r, text: r.text.normalize("NFC") })),
    align: pp.align ?? "left",
    leftIndentTwips: pp.left ?? 0,
    rightIndentTwips: pp.right ?? 0,
    firstLineTwips: pp.firstLine ?? 0,
    spacingBeforePt: pp.before ?? 0,
    spacingAfterPt: pp.after ?? 0,
    lineRule: pp.lineRule ?? "auto",
    lineValue: pp.lineValue ?? 1,
    bottomBorder: pp.bottomBorder === true,
    lineShapes: lineShapes(content.drawings),
    fields: content.fields,
    placeholder: walked.placeholder,
    section,
  };
  if (style.name) para.styleName = style.name;
  if (pp.outline !== undefined && pp.outline < 9) para.outlineLevel = pp.outline;
  if (level?.text) para.listLabel = level.text;
  if (walked.cell) para.cell = walked.cell;
  if (mark.sizePt !== undefined) para.markSizePt = mark.sizePt;
  return para;
}

function sameFormat(run: LayoutRun, props: RunProps): boolean {
  return (
    run.font === props.font &&
    run.fontOther === (props.fontOther ?? props.font) &&
    run.sizePt === props.sizePt &&
    run.bold === (props.bold === true) &&
    run.italic === (props.italic === true) &&
    run.underline === (props.underline === true) &&
    run.caps === (props.caps === true) &&
    run.color === props.color
  );
}

function tableInfo(tables: ReturnType<typeof walkBlocks>["tables"]): {
  layout: LayoutTable[];
  styles: Map<number, string | undefined>;
} {
  const styles = new Map<number, string | undefined>();
  const layout = tables.map((t): LayoutTable => {
    const tblPr = firstChild(t.tbl, "w:tblPr");
    styles.set(t.index, attr(firstChild(tblPr, "w:tblStyle"), "w:val"));
    const rows = t.tbl.children.filter((c) => (c as XmlElement).name === "w:tr").length;
    return {
      index: t.index,
      rows,
      columnWidthsTwips: t.columnWidthsTwips,
      indentTwips: +(attr(firstChild(tblPr, "w:tblInd"), "w:w") ?? 0) || 0,
      nested: t.nested,
    };
  });
  return { layout, styles };
}

interface SectionProps {
  sectPr: XmlElement;
  lastParagraph: number;
}

function readSection(
  s: SectionProps,
  index: number,
  previous: LayoutSection | undefined,
  rels: Map<string, Relationship>,
  readHeaderFooter: (part: string, where: PartRef) => HeaderFooterLayout["paragraphs"],
  sources: LayoutSources,
): LayoutSection {
  const { sectPr } = s;
  const pgSz = firstChild(sectPr, "w:pgSz");
  const pgMar = firstChild(sectPr, "w:pgMar");
  const n = (el: XmlElement | undefined, name: string) => {
    const v = attr(el, name);
    return v === undefined || !Number.isFinite(+v) ? undefined : +v;
  };
  const section: LayoutSection = {
    index,
    titlePage: firstChild(sectPr, "w:titlePg") !== undefined && attr(firstChild(sectPr, "w:titlePg"), "w:val") !== "0",
    headers: [],
    footers: [],
    lastParagraph: s.lastParagraph,
    headersKnown: true,
  };
  const w = n(pgSz, "w:w");
  const h = n(pgSz, "w:h");
  if (w !== undefined) section.pageWidthTwips = w;
  if (h !== undefined) section.pageHeightTwips = h;
  if (pgMar) {
    section.margins = {
      top: Math.abs(n(pgMar, "w:top") ?? 1440),
      bottom: Math.abs(n(pgMar, "w:bottom") ?? 1440),
      left: n(pgMar, "w:left") ?? 1800,
      right: n(pgMar, "w:right") ?? 1800,
      gutter: n(pgMar, "w:gutter") ?? 0,
    };
  }
  for (const part of ["header", "footer"] as const) {
    const refs = new Map<HeaderKind, string>();
    for (const ref of sectPr.children) {
      const el = ref as XmlElement;
      if (el.name !== `w:${part}Reference`) continue;
      const kind = (attr(el, "w:type") ?? "default") as HeaderKind;
      const target = rels.get(attr(el, "r:id") ?? "")?.target;
      if (target) refs.set(kind, target);
    }
    const list: HeaderFooterLayout[] = [];
    for (const kind of ["default", "first", "even"] as const) {
      const own = refs.get(kind);
      const inherited = previous ? sources.headerFooterParts.get(headerFooterKey(index - 1, part, kind)) : undefined;
      const target = own ?? inherited;
      if (!target) continue;
      sources.headerFooterParts.set(headerFooterKey(index, part, kind), target);
      list.push({
        kind,
        inherited: own === undefined,
        paragraphs: readHeaderFooter(target, { part, section: index, kind }),
      });
    }
    if (part === "header") section.headers = list;
    else section.footers = list;
  }
  return section;
}

/** Whether the package carries a digital signature (XML-DSig parts or the signature origin relationship). */
export function isSigned(parts: PackageParts, names: string[] = [...parts.keys()]): boolean {
  if (names.some((name) => name.startsWith("_xmlsignatures/"))) return true;
  return (parts.get("_rels/.rels") ?? "").includes(SIGNATURE_ORIGIN);
}

/** Reads the layout of a package's main document. Throws DocxError when the package is not a readable document. */
export function readLayout(
  parts: PackageParts,
  options: { names?: string[] } = {},
): { layout: DocumentLayout; sources: LayoutSources } {
  const rootRels = readRels(parts, "");
  const main =
    [...rootRels.values()].find((r) => r.type === `${REL}officeDocument`)?.target ??
    (parts.has("word/document.xml") ? "word/document.xml" : undefined);
  const docXml = main ? parts.get(main) : undefined;
  if (!main || docXml === undefined)
    throw new DocxError(
      "not-docx",
      "Đây không phải tệp .docx (thiếu word/document.xml). / Not a .docx file (word/document.xml is missing).",
    );
  const rels = readRels(parts, main);
  const byType = (type: string, fallback: string): string | undefined => {
    const target = [...rels.values()].find((r) => r.type === `${REL}${type}`)?.target;
    return parts.has(target ?? "") ? target : parts.has(fallback) ? fallback : undefined;
  };
  const settingsName = byType("settings", "word/settings.xml");
  const themeName = byType("theme", "word/theme/theme1.xml");
  const stylesName = byType("styles", "word/styles.xml");
  const numberingName = byType("numbering", "word/numbering.xml");
  let sheet: StyleSheet;
  try {
    sheet = readStyleSheet({
      styles: stylesName && parts.get(stylesName),
      numbering: numberingName && parts.get(numberingName),
      theme: themeName && parts.get(themeName),
      settings: settingsName && parts.get(settingsName),
    });
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw unreadablePart(error, "styles/numbering");
    throw error;
  }

  const doc = parsePart(docXml, main);
  const body = firstChild(doc, "w:body");
  if (!body) throw new DocxError("empty-document", "Tài liệu trống. / The document is empty.");

  const walked = walkBlocks(body);
  const { layout: tables, styles: tableStyles } = tableInfo(walked.tables);
  const ctx: ReadContext = { sheet, tableStyles };

  // Sections end at a paragraph carrying w:sectPr, and the last one at the body's own w:sectPr.
  const sectionEnds: SectionProps[] = [];
  walked.paragraphs.forEach((w, i) => {
    const sectPr = firstChild(firstChild(w.p, "w:pPr"), "w:sectPr");
    if (sectPr) sectionEnds.push({ sectPr, lastParagraph: i });
  });
  const finalSectPr = firstChild(body, "w:sectPr");
  if (finalSectPr) sectionEnds.push({ sectPr: finalSectPr, lastParagraph: walked.paragraphs.length - 1 });

  let sectionIndex = 0;
  const paragraphs = walked.paragraphs.map((w, i) => {
    const para = readParagraph(w, i, { part: "body" }, sectionIndex, ctx);
    if (
      sectionEnds[sectionIndex] &&
      sectionEnds[sectionIndex].lastParagraph === i &&
      sectionIndex < sectionEnds.length - 1
    )
      sectionIndex++;
    return para;
  });

  const sources: LayoutSources = { documentPart: main, headerFooterParts: new Map() };
  const headerCache = new Map<string, XmlElement | null>();
  const readHeaderFooter = (part: string, where: PartRef): LayoutParagraph[] => {
    if (!headerCache.has(part)) {
      const xml = parts.get(part);
      headerCache.set(part, xml === undefined ? null : parsePart(xml, part));
    }
    const root = headerCache.get(part);
    if (!root) return [];
    const section = where.part === "body" ? 0 : where.section;
    const hf = walkBlocks(root);
    const hfTables = tableInfo(hf.tables);
    return hf.paragraphs.map((w, i) => readParagraph(w, i, where, section, { sheet, tableStyles: hfTables.styles }));
  };
  const sections: LayoutSection[] = [];
  sectionEnds.forEach((s, i) => sections.push(readSection(s, i, sections[i - 1], rels, readHeaderFooter, sources)));

  return {
    layout: { paragraphs, tables, sections, signed: isSigned(parts, options.names) },
    sources,
  };
}
