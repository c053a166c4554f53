/**
 * .docx (Uint8Array) → paragraphs and tables in document order, as Word counts paragraphs (those inside tables
 * included). fflate and our own XML tokenizer (xmlTree.ts) only, so the same code runs in the browser bundle.
 */
import type { SourceParagraph, SourceTable } from "../core/tasks";
import { contentControlTag } from "../core/model";
import { DocxError } from "./errors";
import { DocxPackage } from "./package";
import { XNode, child, children, walkElements, wAttr } from "./xml";

export { DocxError } from "./errors";
export type { DocxErrorCode } from "./errors";

export interface DocxContent {
  paragraphs: SourceParagraph[];
  tables: SourceTable[];
}

const OWN_TASK_TABLE_TAG = contentControlTag("task-table");

/** Whether a content control is the add-in's task-tracking table. */
function isOwnTaskTable(sdt: XNode): boolean {
  const tag = child(child(sdt, "sdtPr") ?? sdt, "tag");
  return wAttr(tag, "val") === OWN_TASK_TABLE_TAG;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/** Word has nine list levels, 0–8. */
const LAST_LEVEL = 8;

/** A list or outline level 0–8; null for anything else (4294967295 once sized an array of that many counters). */
function parseLevel(raw: string | null): number | null {
  const n = Number(raw ?? "0");
  return Number.isInteger(n) && n >= 0 && n <= LAST_LEVEL ? n : null;
}

/** A paragraph's level: one past the last is the last, an unreadable one the first. */
function paragraphLevel(raw: string | null): number {
  const n = Number(raw ?? "0");
  return Number.isInteger(n) && n > 0 ? Math.min(n, LAST_LEVEL) : 0;
}

/** numbering.xml: numId → levels (format, label pattern, start). Levels past 8 do not exist in Word: dropped. */
function readNumbering(xml: XNode | null): Map<string, Level[]> {
  const map = new Map<string, Level[]>();
  if (!xml) return map;
  const abstract = new Map<string, Level[]>();
  for (const a of children(xml, "abstractNum")) {
    const levels: Level[] = [];
    for (const l of children(a, "lvl")) {
      const ilvl = parseLevel(wAttr(l, "ilvl"));
      if (ilvl === null) continue;
      const start = Number(wAttr(child(l, "start"), "val") ?? "1");
      levels[ilvl] = {
        fmt: wAttr(child(l, "numFmt"), "val") ?? "decimal",
        text: wAttr(child(l, "lvlText"), "val") ?? "",
        start: Number.isSafeInteger(start) ? start : 1,
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
    const outline = parseLevel(outlineRaw);
    if (outlineRaw !== null && outline !== null) info.outline = outline;
    else {
      const h = /^heading\s*(\d)$/i.exec(name);
      if (h) info.outline = +h[1] - 1;
    }
    if (numPr) {
      info.numId = wAttr(child(numPr, "numId"), "val") ?? undefined;
      info.ilvl = paragraphLevel(wAttr(child(numPr, "ilvl"), "val"));
    }
    map.set(id, info);
  }
  return map;
}

/** Roman numerals as Word writes them, 1–3999; past that the loop below would run n / 1000 times. */
const ROMAN_MAX = 3999;

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

/** A counter in the level's format; out of a format's range (0, negative, 10^12 in Roman) it is written in digits. */
function formatNumber(n: number, fmt: string): string {
  if (n < 1 || (n > ROMAN_MAX && /Roman$/.test(fmt))) return String(n);
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
  walkElements(p, (c, parent) => {
    switch (c.localName) {
      case "t":
        out += c.textContent ?? "";
        return false;
      case "tab":
        if (parent.localName === "r") out += "\t";
        return false;
      case "br":
      case "cr":
        out += "\n";
        return false;
      case "noBreakHyphen":
        out += "-";
        return false;
      case "del":
      case "delText":
      case "instrText":
      case "pPr":
      case "rPr":
      case "fldData":
        return false;
      default:
        return true;
    }
  });
  return out;
}

/** The elements named `target` under `n`, looking through the wrappers a row or cell may sit in. */
function collect(n: XNode, target: string): XNode[] {
  const found: XNode[] = [];
  walkElements(n, (c) => {
    if (c.localName === target) found.push(c);
    return c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml";
  });
  return found;
}

/**
 * Reads a .docx (its bytes, or a package already opened). Throws DocxError for a non-zip, a zip without
 * word/document.xml, an empty document, bad XML, or a part past the limits of DOCX_LIMITS.
 */
export function readDocx(source: Uint8Array | DocxPackage): DocxContent {
  const pkg = source instanceof DocxPackage ? source : DocxPackage.open(source);
  const doc = pkg.xml("word/document.xml");
  if (!doc)
    throw new DocxError(
      "not-docx",
      "Đây không phải tệp .docx (thiếu word/document.xml). / Not a .docx file (word/document.xml is missing).",
    );
  const numbering = readNumbering(pkg.xml("word/numbering.xml"));
  const styles = readStyles(pkg.xml("word/styles.xml"));
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
    // Outline levels 0-8 are headings; 9 (body text) and anything unreadable are not.
    const outline =
      directOutline !== null ? parseLevel(directOutline) : chain.find((s) => s.outline !== undefined)?.outline;
    if (outline !== undefined && outline !== null) para.outlineLevel = outline;
    const numPr = ppr && child(ppr, "numPr");
    let numId = wAttr(numPr && child(numPr, "numId"), "val") ?? undefined;
    let ilvl = numPr ? paragraphLevel(wAttr(child(numPr, "ilvl"), "val")) : undefined;
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
  const skipParagraphs = (n: XNode) =>
    walkElements(n, (c) => {
      if (c.localName === "p") paragraphs.push({ text: "" });
      return c.localName !== "p";
    });

  /** Block content (body, cell, content control) in order; nested tables flatten into the outer cell. */
  const walkBlocks = (n: XNode, table: SourceParagraph["table"] | undefined, cellText: string[] | null) =>
    walkElements(n, (c, parent) => {
      switch (c.localName) {
        case "p": {
          const para = readParagraph(c, table);
          paragraphs.push(para);
          cellText?.push(para.text);
          return false;
        }
        case "tbl":
          if (!table) readTable(c);
          return table !== undefined;
        case "sdt": {
          const content = child(c, "sdtContent");
          if (content && isOwnTaskTable(c)) {
            skipParagraphs(content);
            return false;
          }
          return content !== undefined;
        }
        case "sdtContent":
          return parent.localName === "sdt";
        case "tr":
        case "tc":
        case "customXml":
        case "ins":
        case "smartTag":
          return true;
        default:
          return false;
      }
    });

  /** A table of the body; the tables nested in its cells are read into those cells (walkBlocks with a table). */
  const readTable = (tbl: XNode) => {
    const tableIndex = tables.length;
    const rows: string[][] = [];
    tables.push(rows);
    collect(tbl, "tr").forEach((tr, r) => {
      const cells = collect(tr, "tc").map((tc, cell) => {
        const texts: string[] = [];
        walkBlocks(tc, { tableIndex, row: r, cell }, texts);
        return texts.join("\n");
      });
      rows.push(cells);
    });
  };

  walkBlocks(body, undefined, null);
  if (!paragraphs.some((p) => p.text.trim() !== ""))
    throw new DocxError("empty-document", "Tài liệu trống, không có đoạn văn nào. / The document is empty (no text).");
  return { paragraphs, tables };
}
