/**
 * .docx (Uint8Array) → paragraphs and tables in document order, as Word counts paragraphs (those inside tables
 * included). fflate + @xmldom/xmldom only, so the same code runs in the browser bundle.
 */
import { unzipSync, strFromU8 } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import type { SourceParagraph, SourceTable } from "../core/tasks";
import { contentControlTag } from "../core/model";

export type DocxErrorCode = "not-zip" | "not-docx" | "empty-document" | "bad-xml";

/** A typed reading error with a message a clerk understands (Vietnamese, then English). */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}

export interface DocxContent {
  paragraphs: SourceParagraph[];
  tables: SourceTable[];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const OWN_TASK_TABLE_TAG = contentControlTag("task-table");

// xmldom's node types are close to, but not exactly, the DOM's; we only need these members.
interface XNode {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  childNodes: { length: number; [i: number]: XNode };
  getAttributeNS?(ns: string, name: string): string | null;
  getAttribute?(name: string): string | null;
  textContent: string | null;
}

function children(n: XNode, name?: string): XNode[] {
  const out: XNode[] = [];
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i];
    if (c.nodeType === 1 && c.namespaceURI === W && (!name || c.localName === name)) out.push(c);
  }
  return out;
}
const child = (n: XNode, name: string): XNode | undefined => children(n, name)[0];
function wAttr(n: XNode | undefined, name: string): string | null {
  if (!n) return null;
  return n.getAttributeNS?.(W, name) ?? n.getAttribute?.(`w:${name}`) ?? null;
}

/** Whether a content control is the add-in's task-tracking table. */
function isOwnTaskTable(sdt: XNode): boolean {
  const tag = child(child(sdt, "sdtPr") ?? sdt, "tag");
  return wAttr(tag, "val") === OWN_TASK_TABLE_TAG;
}

function parseXml(bytes: Uint8Array, part: string): XNode {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(strFromU8(bytes), "text/xml") as unknown as { documentElement: XNode | null };
  if (!doc.documentElement || errors.length)
    throw new DocxError(
      "bad-xml",
      `Tệp .docx bị hỏng (${part} không đọc được). / The .docx is damaged (${part} is not valid XML).`,
    );
  return doc.documentElement;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/** numbering.xml: numId → levels (format, label pattern, start). */
function readNumbering(xml: XNode | null): Map<string, Level[]> {
  const map = new Map<string, Level[]>();
  if (!xml) return map;
  const abstract = new Map<string, Level[]>();
  for (const a of children(xml, "abstractNum")) {
    const levels: Level[] = [];
    for (const l of children(a, "lvl")) {
      const ilvl = +(wAttr(l, "ilvl") ?? "0");
      levels[ilvl] = {
        fmt: wAttr(child(l, "numFmt"), "val") ?? "decimal",
        text: wAttr(child(l, "lvlText"), "val") ?? "",
        start: +(wAttr(child(l, "start"), "val") ?? "1"),
      };
    }
    abstract.set(wAttr(a, "abstractNumId") ?? "", levels);
  }
  for (const n of children(xml, "num")) {
    const levels = abstract.get(wAttr(child(n, "abstractNumId"), "val") ?? "");
    if (levels) map.set(wAttr(n, "numId") ?? "", levels);
  }
  return map;
}

interface StyleInfo {
  name: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function readStyles(xml: XNode | null): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  if (!xml) return map;
  for (const s of children(xml, "style")) {
    const id = wAttr(s, "styleId") ?? "";
    const name = wAttr(child(s, "name"), "val") ?? id;
    const ppr = child(s, "pPr");
    const outlineRaw = wAttr(ppr && child(ppr, "outlineLvl"), "val");
    const numPr = ppr && child(ppr, "numPr");
    const info: StyleInfo = { name, basedOn: wAttr(child(s, "basedOn"), "val") ?? undefined };
    if (outlineRaw !== null && +outlineRaw < 9) info.outline = +outlineRaw;
    else {
      const h = /^heading\s*(\d)$/i.exec(name);
      if (h) info.outline = +h[1] - 1;
    }
    if (numPr) {
      info.numId = wAttr(child(numPr, "numId"), "val") ?? undefined;
      info.ilvl = +(wAttr(child(numPr, "ilvl"), "val") ?? "0");
    }
    map.set(id, info);
  }
  return map;
}

function toRoman(n: number): string {
  const t: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of t) while (n >= v) ((s += r), (n -= v));
  return s;
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return String(n);
  }
}

/** Bullet glyphs from Symbol/Wingdings private-use code points → a plain bullet. */
function bulletText(t: string): string {
  if (!t || /[\uf000-\uf0ff]/.test(t)) return "•";
  return t;
}

/** Collects a paragraph's text: runs, tabs, breaks; skips deleted text and field instructions. */
function paragraphText(p: XNode): string {
  let out = "";
  const walk = (n: XNode) => {
    for (let i = 0; i < n.childNodes.length; i++) {
      const c = n.childNodes[i];
      if (c.nodeType !== 1 || c.namespaceURI !== W) {
        continue;
      }
      switch (c.localName) {
        case "t":
          out += c.textContent ?? "";
          break;
        case "tab":
          if (n.localName === "r") out += "\t";
          break;
        case "br":
        case "cr":
          out += "\n";
          break;
        case "noBreakHyphen":
          out += "-";
          break;
        case "del":
        case "delText":
        case "instrText":
        case "pPr":
        case "rPr":
        case "fldData":
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}

/** Reads a .docx package. Throws DocxError for a non-zip, a zip without word/document.xml, or an empty document. */
export function readDocx(bytes: Uint8Array): DocxContent {
  let files: Record<string, Uint8Array>;
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new DocxError(
      "not-zip",
      "Đây không phải tệp .docx (không phải gói ZIP của Word). / Not a .docx file (not a ZIP package).",
    );
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith("word/") });
  } catch {
    throw new DocxError(
      "not-zip",
      "Đây không phải tệp .docx (gói ZIP bị hỏng). / Not a .docx file (damaged ZIP package).",
    );
  }
  const docBytes = files["word/document.xml"];
  if (!docBytes)
    throw new DocxError(
      "not-docx",
      "Đây không phải tệp .docx (thiếu word/document.xml). / Not a .docx file (word/document.xml is missing).",
    );
  const doc = parseXml(docBytes, "word/document.xml");
  const numbering = readNumbering(
    files["word/numbering.xml"] ? parseXml(files["word/numbering.xml"], "word/numbering.xml") : null,
  );
  const styles = readStyles(files["word/styles.xml"] ? parseXml(files["word/styles.xml"], "word/styles.xml") : null);
  const body = child(doc, "body");
  if (!body) throw new DocxError("empty-document", "Tài liệu trống. / The document is empty.");

  const paragraphs: SourceParagraph[] = [];
  const tables: SourceTable[] = [];
  const counters = new Map<string, number[]>();

  const styleChain = (id: string | null): StyleInfo[] => {
    const chain: StyleInfo[] = [];
    let cur = id ? styles.get(id) : undefined;
    for (let k = 0; cur && k < 10; k++) {
      chain.push(cur);
      cur = cur.basedOn ? styles.get(cur.basedOn) : undefined;
    }
    return chain;
  };

  const readParagraph = (p: XNode, table?: SourceParagraph["table"]): SourceParagraph => {
    const ppr = child(p, "pPr");
    const styleId = wAttr(ppr && child(ppr, "pStyle"), "val");
    const chain = styleChain(styleId);
    const para: SourceParagraph = { text: paragraphText(p) };
    if (chain.length) para.styleName = chain[0].name;
    const directOutline = wAttr(ppr && child(ppr, "outlineLvl"), "val");
    const outline = directOutline !== null ? +directOutline : chain.find((s) => s.outline !== undefined)?.outline;
    if (outline !== undefined && outline < 9) para.outlineLevel = outline;
    const numPr = ppr && child(ppr, "numPr");
    let numId = wAttr(numPr && child(numPr, "numId"), "val") ?? undefined;
    let ilvl = numPr ? +(wAttr(child(numPr, "ilvl"), "val") ?? "0") : undefined;
    if (numId === undefined) {
      const s = chain.find((x) => x.numId !== undefined);
      if (s) ((numId = s.numId), (ilvl = s.ilvl));
    }
    if (numId !== undefined && numId !== "0") {
      const levels = numbering.get(numId);
      const level = ilvl ?? 0;
      para.isListItem = true;
      para.listLevel = level;
      const lv = levels?.[level];
      if (lv) {
        if (lv.fmt === "bullet") para.listLabel = bulletText(lv.text);
        else if (lv.fmt !== "none") {
          const c = counters.get(numId) ?? [];
          for (let k = 0; k < level; k++) if (c[k] === undefined) c[k] = levels?.[k]?.start ?? 1;
          c[level] = c[level] === undefined ? lv.start : c[level] + 1;
          c.length = level + 1; // deeper levels restart
          counters.set(numId, c);
          para.listLabel = lv.text.replace(/%(\d)/g, (_, d) =>
            formatNumber(c[+d - 1] ?? 1, levels?.[+d - 1]?.fmt ?? "decimal"),
          );
        }
      }
    }
    if (table) para.table = table;
    return para;
  };

  /**
   * The add-in's own task-tracking table (content control kl:task-table) restates the tasks: its
   * paragraphs still count for paragraph positions, as Word counts them, but carry no text to extract.
   */
  const skipParagraphs = (n: XNode) => {
    for (const c of children(n)) {
      if (c.localName === "p") paragraphs.push({ text: "" });
      else skipParagraphs(c);
    }
  };

  /** Block content (body, cell, content control) in order; nested tables flatten into the outer cell. */
  const walkBlocks = (n: XNode, table: SourceParagraph["table"] | undefined, cellText: string[] | null) => {
    for (const c of children(n)) {
      if (c.localName === "p") {
        const para = readParagraph(c, table);
        paragraphs.push(para);
        if (cellText) cellText.push(para.text);
      } else if (c.localName === "tbl") {
        if (table) walkBlocks(c, table, cellText);
        else readTable(c);
      } else if (c.localName === "tr" || c.localName === "tc") {
        walkBlocks(c, table, cellText);
      } else if (c.localName === "sdt") {
        const content = child(c, "sdtContent");
        if (content && isOwnTaskTable(c)) skipParagraphs(content);
        else if (content) walkBlocks(content, table, cellText);
      } else if (c.localName === "customXml" || c.localName === "ins" || c.localName === "smartTag") {
        walkBlocks(c, table, cellText);
      }
    }
  };

  const readTable = (tbl: XNode) => {
    const tableIndex = tables.length;
    const rows: string[][] = [];
    tables.push(rows);
    const rowNodes: XNode[] = [];
    const collectRows = (n: XNode) => {
      for (const c of children(n)) {
        if (c.localName === "tr") rowNodes.push(c);
        else if (c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml") collectRows(c);
      }
    };
    collectRows(tbl);
    rowNodes.forEach((tr, r) => {
      const cells: string[] = [];
      const cellNodes: XNode[] = [];
      const collectCells = (n: XNode) => {
        for (const c of children(n)) {
          if (c.localName === "tc") cellNodes.push(c);
          else if (c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml")
            collectCells(c);
        }
      };
      collectCells(tr);
      cellNodes.forEach((tc, ci) => {
        const texts: string[] = [];
        walkBlocks(tc, { tableIndex, row: r, cell: ci }, texts);
        cells.push(texts.join("\n"));
      });
      rows.push(cells);
    });
  };

  walkBlocks(body, undefined, null);
  if (!paragraphs.some((p) => p.text.trim() !== ""))
    throw new DocxError("empty-document", "Tài liệu trống, không có đoạn văn nào. / The document is empty (no text).");
  return { paragraphs, tables };
}
