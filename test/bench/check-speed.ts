/**
 * Kiểm tra thể thức speed: a ~300-page .docx built by repeating the body of the real Lào Cai thông báo kết luận
 * (about 4 pages) 75 times. Prints the median of unzip + read + check, of the pane's path (the flat OOXML string
 * getOoxml() returns, read and checked) and of the whole --fix run, next to the bare unzip as a floor measured in
 * the same run (the machine is shared; compare the ratio, not the absolutes).
 * Run on its own with `npx tsx test/bench/check-speed.ts`, or call measureCheckSpeed() from run.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkLayout } from "../../src/core/check";
import { checkDocx, fixDocx } from "../../src/docx";
import { layoutFromWord } from "../../src/docx/wordSnapshot";

const SOURCE = path.resolve(__dirname, "../fixtures/corpus/lao-cai/thong-bao-ket-luan-ubnd.docx");
const COPIES = 75;

export interface CheckSpeedReport {
  megabytes: number;
  paragraphs: number;
  estimatedPages: number;
  unzipMs: number;
  checkMs: number;
  /** The pane's path: the flat OOXML string getOoxml() returns, read and checked (no unzip). */
  paneMs: number;
  fixMs: number;
  findings: number;
}

/** The body (without its section properties) repeated `copies` times. */
export function buildLargeDocx(copies = COPIES): Uint8Array {
  const files = unzipSync(new Uint8Array(fs.readFileSync(SOURCE)));
  const xml = strFromU8(files["word/document.xml"]);
  const m = /<w:body>([\s\S]*)(<w:sectPr[\s\S]*<\/w:sectPr>)<\/w:body>/.exec(xml);
  if (!m) throw new Error("unexpected document.xml");
  files["word/document.xml"] = strToU8(xml.replace(m[1], m[1].repeat(copies)));
  return zipSync(files, { level: 6 });
}

/** The package as Word's body.getOoxml() hands it to the pane: every XML part inline in one string. */
function flatPackage(bytes: Uint8Array): string {
  const parts = Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
    .map(([name, data]) => {
      const xml = strFromU8(data).replace(/^<\?xml[^>]*\?>/, "");
      return `<pkg:part pkg:name="/${name}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    });
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join("")}</pkg:package>`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    f();
    if (r > 0) times.push(performance.now() - t0); // the first run warms the JIT
  }
  return Math.round(median(times));
}

export function measureCheckSpeed(runs = 5): CheckSpeedReport {
  const bytes = buildLargeDocx();
  const first = checkDocx(bytes);
  const flat = flatPackage(bytes);
  const paragraphs = (strFromU8(unzipSync(bytes)["word/document.xml"]).match(/<w:p[ >]/g) ?? []).length;
  return {
    megabytes: Math.round((strFromU8(unzipSync(bytes)["word/document.xml"]).length / 1e6) * 10) / 10,
    paragraphs,
    // The single document is 4 pages of A4.
    estimatedPages: 4 * COPIES,
    unzipMs: time(runs, () => unzipSync(bytes)),
    checkMs: time(runs, () => checkDocx(bytes)),
    paneMs: time(runs, () => checkLayout(layoutFromWord({ body: flat, headers: {}, footers: {} }))),
    fixMs: time(Math.max(1, Math.floor(runs / 2)), () => fixDocx(bytes)),
    findings: first.report.findings.length,
  };
}

if (require.main === module) console.log(JSON.stringify(measureCheckSpeed()));
