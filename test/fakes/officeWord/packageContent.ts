/**
 * What a flat OPC package puts into a document, as the in-memory Word keeps it: paragraphs in reading order (text as
 * Word reports it, the content controls around each, table nesting, list and outline data, the paragraph
 * properties as written), the tables with their cell texts, and the content controls with their tags.
 * Parsed with @xmldom/xmldom so the same code runs in Node (jest) and in the browser (the scripted host).
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface ParsedParagraph {
  text: string;
  /** Text of tracked deletions (w:delText) in the paragraph. */
  deleted: string;
  /** Local ids (index into `controls`) of the content controls around the paragraph, outermost first. */
  controls: number[];
  tableNestingLevel: number;
  /** Word's outline level: 1–9 for headings, 10 for body text. */
  outlineLevel: number;
  isListItem: boolean;
  /** The paragraph properties as written (w:pPr), "" when none. */
  pPr: string;
  /** Index into `tables` of the innermost table holding the paragraph. */
  table?: number;
}

export interface ParsedTable {
  nestingLevel: number;
  /** Index of the table's first paragraph in `paragraphs`. */
  firstParagraph: number;
  values: string[][];
}

export interface ParsedContent {
  paragraphs: ParsedParagraph[];
  tables: ParsedTable[];
  controls: Array<{ tag: string; title: string }>;
}

type El = {
  localName: string;
  namespaceURI: string | null;
  childNodes: ArrayLike<El>;
  nodeType: number;
  getAttributeNS(ns: string, name: string): string | null;
  textContent: string | null;
};

const elements = (node: El): El[] =>
  Array.from(node.childNodes).filter((n) => n.nodeType === 1 && n.namespaceURI === W);
const child = (node: El, name: string): El | undefined => elements(node).find((e) => e.localName === name);
const attr = (node: El | undefined, name: string): string | null => node?.getAttributeNS(W, name) ?? null;

/** The text Word reports for a paragraph: w:t, tabs as \t, manual line breaks as \v; deletions apart. */
function paragraphText(p: El): { text: string; deleted: string } {
  let text = "";
  let deleted = "";
  const walk = (node: El) => {
    for (const e of elements(node)) {
      if (e.localName === "pPr" || e.localName === "rPr" || e.localName === "instrText") continue;
      if (e.localName === "t") text += e.textContent ?? "";
      else if (e.localName === "delText") deleted += e.textContent ?? "";
      else if (e.localName === "tab") text += "\t";
      else if (e.localName === "br" && (attr(e, "type") ?? "textWrapping") === "textWrapping") text += "\v";
      else walk(e);
    }
  };
  walk(p);
  return { text, deleted };
}

/** Parses the body of /word/document.xml in a flat package (or a bare body fragment wrapped by the caller). */
export function parsePackage(pkg: string): ParsedContent {
  const doc = new DOMParser().parseFromString(pkg, "application/xml") as unknown as {
    getElementsByTagNameNS(ns: string, name: string): ArrayLike<El>;
  };
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) throw Object.assign(new Error("The package has no w:body"), { code: "InvalidArgument" });
  const out: ParsedContent = { paragraphs: [], tables: [], controls: [] };
  const serializer = new XMLSerializer();

  const walk = (node: El, controls: number[], nesting: number, table?: number) => {
    for (const e of elements(node)) {
      if (e.localName === "p") {
        const pPr = child(e, "pPr");
        const level = attr(child(pPr ?? e, "outlineLvl"), "val");
        out.paragraphs.push({
          ...paragraphText(e),
          controls,
          tableNestingLevel: nesting,
          outlineLevel: pPr && level !== null ? Number(level) + 1 : 10,
          isListItem: !!(pPr && child(pPr, "numPr")),
          pPr: pPr ? serializer.serializeToString(pPr as never) : "",
          ...(table !== undefined && { table }),
        });
      } else if (e.localName === "sdt") {
        const sdtPr = child(e, "sdtPr");
        out.controls.push({
          tag: attr(child(sdtPr ?? e, "tag"), "val") ?? "",
          title: attr(child(sdtPr ?? e, "alias"), "val") ?? "",
        });
        const content = child(e, "sdtContent");
        if (content) walk(content, [...controls, out.controls.length - 1], nesting, table);
      } else if (e.localName === "tbl") {
        const index = out.tables.length;
        const entry: ParsedTable = { nestingLevel: nesting + 1, firstParagraph: out.paragraphs.length, values: [] };
        out.tables.push(entry);
        for (const tr of elements(e).filter((r) => r.localName === "tr")) {
          const row: string[] = [];
          for (const tc of elements(tr).filter((c) => c.localName === "tc")) {
            const first = out.paragraphs.length;
            walk(tc, controls, nesting + 1, index);
            row.push(
              out.paragraphs
                .slice(first)
                .filter((p) => p.tableNestingLevel === nesting + 1)
                .map((p) => p.text)
                .join("\r"),
            );
          }
          entry.values.push(row);
        }
      }
    }
  };
  walk(body, [], 0);
  return out;
}
