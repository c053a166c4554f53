/** Hostile .docx packages, each the smallest file that triggers one defect of issue 14. */
import * as fs from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { DOCX_LIMITS } from "../../src/docx";
import { deflateRepeated, zip, type ZipEntry, type ZipOptions } from "./zip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const CHECKLIST_NS = "urn:soan-thao-ket-luan:checklist";

export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;

export const para = (text: string, pPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const numberingXml = (levels: string, numId = "1"): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export const level = (ilvl: string, fmt: string, text: string, start = "1"): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

export const numbered = (text: string, ilvl: string, numId = "1"): string =>
  para(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A text that the extractor reads as one task, so a document that is read shows a result. */
export const TASK = "Giao Sở Tài chính chủ trì rà soát kế hoạch, báo cáo trước ngày 30/6/2026.";

/** A .docx with the given parts; word/document.xml defaults to one task paragraph. */
export function docxWith(
  parts: Record<string, string | Omit<ZipEntry, "name">> = {},
  options?: ZipOptions,
): Uint8Array {
  const all: Record<string, string | Omit<ZipEntry, "name">> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": RELS,
    "word/document.xml": documentXml(para(TASK)),
    ...parts,
  };
  return zip(
    Object.entries(all).map(([name, part]) => (typeof part === "string" ? { name, data: part } : { name, ...part })),
    options,
  );
}

const MB = 1 << 20;

export const CORPUS_DIR = fs.existsSync("/work/shared/corpus/lao-cai")
  ? "/work/shared/corpus/lao-cai"
  : path.resolve(__dirname, "../fixtures/corpus/lao-cai");

const elementsIn = (xml: string): number => (xml.match(/<[^/?!]/g) ?? []).length;

/**
 * A real notice's body repeated, with TASK, to `elements` XML elements in all: the largest ordinary document the
 * limits accept (just under) or refuse (just over).
 */
export function repeatedNotice(elements: number): Uint8Array {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, "thong-bao-ket-luan-ubnd.docx")));
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const open = xml.indexOf("<w:body>") + "<w:body>".length;
  const end = xml.lastIndexOf("<w:sectPr");
  const body = xml.slice(open, end);
  const head = xml.slice(0, open) + para(TASK);
  const copies = Math.round((elements - elementsIn(head + xml.slice(end))) / elementsIn(body));
  return docxWith({ "word/document.xml": head + body.repeat(copies) + xml.slice(end) });
}

/** A document.xml of task paragraphs repeated to `bytes`, whose zip entry states `statedSize`. */
const paragraphBomb = (bytes: number, statedSize: number): Uint8Array =>
  docxWith({
    "word/document.xml": {
      deflated: deflateRepeated(para(TASK), bytes, `<w:document xmlns:w="${W_NS}"><w:body>`, "</w:body></w:document>"),
      statedSize,
    },
  });

/** What reading a hostile file must end in: its tasks, its tasks and a warning naming the file, or a refusal naming it. */
export type Outcome = "result" | "warned" | "refused";

/** The probe's cases: each must end with a result or a message naming the file, in under 5 s and 512 MB. */
export const HOSTILE: Record<string, [Outcome, () => Uint8Array]> = {
  "numbering ilvl 4294967295": [
    "result",
    () =>
      docxWith({
        "word/numbering.xml": numberingXml(level("4294967295", "decimal", "%1.")),
        "word/document.xml": documentXml(numbered(TASK, "4294967295")),
      }),
  ],
  "numbering ilvl one million on 3,000 items": [
    "result",
    () =>
      docxWith({
        "word/numbering.xml": numberingXml(level("1000000", "decimal", "%1.")),
        "word/document.xml": documentXml(numbered(TASK, "1000000").repeat(3000)),
      }),
  ],
  "numbering start 10^12 in upper Roman": [
    "result",
    () =>
      docxWith({
        "word/numbering.xml": numberingXml(level("0", "upperRoman", "%1.", "1000000000000")),
        "word/document.xml": documentXml(numbered(TASK, "0").repeat(20)),
      }),
  ],
  "document.xml of 30 MB of empty paragraphs": [
    "refused",
    () =>
      docxWith({
        "word/document.xml": {
          deflated: deflateRepeated(
            "<w:p/>",
            30 * MB,
            documentXml(para(TASK)).replace("</w:body></w:document>", ""),
            "</w:body></w:document>",
          ),
          statedSize: 30 * MB,
        },
      }),
  ],
  "zip bomb: document.xml inflating to 1 GB, stated as 1 KB": ["refused", () => paragraphBomb(1024 * MB, 1024)],
  "zip bomb: document.xml inflating to 400 MB, stated truly": ["refused", () => paragraphBomb(400 * MB, 400 * MB)],
  "zip bomb: the checklist part inflating to 1 GB": [
    "warned",
    () =>
      docxWith({
        "customXml/item1.xml": {
          deflated: deflateRepeated(
            "x",
            1024 * MB,
            `<checklist xmlns="${CHECKLIST_NS}" version="2"><![CDATA[`,
            "]]></checklist>",
          ),
          statedSize: 1024 * MB,
        },
      }),
  ],
  "zip bomb: an image inflating to 1.1 GB": [
    "result",
    () => docxWith({ "word/media/image1.png": { deflated: deflateRepeated("\0", 1126 * MB), statedSize: 1126 * MB } }),
  ],
  "checklist part of 1 MB of repeated <![CDATA[": [
    "warned",
    () =>
      docxWith({
        "customXml/item1.xml": `<checklist xmlns="${CHECKLIST_NS}" version="2">${"<![CDATA[".repeat(116_000)}`,
      }),
  ],
  "a real notice repeated to just under the element limit (about 300 pages)": [
    "result",
    () => repeatedNotice(DOCX_LIMITS.partElements - 1500),
  ],
  "a real notice repeated to just over the element limit": [
    "refused",
    () => repeatedNotice(DOCX_LIMITS.partElements + 1500),
  ],
  "2,000 nested tables": [
    "result",
    () =>
      docxWith({
        "word/document.xml": documentXml(
          `${"<w:tbl><w:tr><w:tc>".repeat(2000)}${para(TASK)}${"</w:tc></w:tr></w:tbl>".repeat(2000)}${para(TASK)}`,
        ),
      }),
  ],
  "10,000 nested w:sdt": [
    "result",
    () =>
      docxWith({
        "word/document.xml": documentXml(
          `${"<w:sdt><w:sdtContent>".repeat(10_000)}${para(TASK)}${"</w:sdtContent></w:sdt>".repeat(10_000)}`,
        ),
      }),
  ],
  "10,000 nested w:ins": [
    "result",
    () =>
      docxWith({
        "word/document.xml": documentXml(`${"<w:ins>".repeat(10_000)}${para(TASK)}${"</w:ins>".repeat(10_000)}`),
      }),
  ],
  "10,000 nested w:smartTag inside a paragraph": [
    "result",
    () =>
      docxWith({
        "word/document.xml": documentXml(
          `<w:p>${"<w:smartTag>".repeat(10_000)}<w:r><w:t>${TASK}</w:t></w:r>${"</w:smartTag>".repeat(10_000)}</w:p>`,
        ),
      }),
  ],
};
