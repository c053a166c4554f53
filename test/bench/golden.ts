/**
 * The extractor's full output, as stable JSON, for every document of the corpora plus the speed bench's two documents
 * (6,000 paragraphs; one 1 MB paragraph). A change made for speed must leave it byte-identical: run it before and
 * after (`npx tsx test/bench/golden.ts > a.json`, then `cmp a.json b.json`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { extractTasks, ExtractInput } from "../../src/core/tasks";
import { readDocx } from "../../src/docx";
import { readText, sharedCorpusDir } from "./accuracy";
import { buildLargeDocument, megabyteParagraph } from "./extraction-speed";

const OPTIONS = { fallbackDate: "2026-01-01", fallbackSource: "option" as const };

/** Every input document (.docx, .txt) under a folder, in a stable order. */
function documents(dir: string): { name: string; input: ExtractInput }[] {
  const out: { name: string; input: ExtractInput }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".docx")) out.push({ name: p, input: readDocx(new Uint8Array(fs.readFileSync(p))) });
      else if (e.name.endsWith(".txt")) out.push({ name: p, input: readText(fs.readFileSync(p, "utf8")) });
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

function main() {
  const fixtures = path.resolve(__dirname, "../fixtures/corpus");
  const shared = sharedCorpusDir();
  const docs = [...documents(fixtures), ...documents(shared)].map((d) => ({
    name: path.relative(path.resolve(__dirname, "../.."), d.name),
    input: d.input,
  }));
  const large = buildLargeDocument(fs.existsSync(shared) ? shared : fixtures);
  docs.push({ name: "bench:6000-paragraphs", input: { paragraphs: large } });
  const huge = [
    { text: "Hà Nội, ngày 10 tháng 11 năm 2026" },
    { text: "II. NHIỆM VỤ" },
    { text: megabyteParagraph(large) },
  ];
  docs.push({ name: "bench:1MB-paragraph", input: { paragraphs: huge } });
  for (const d of docs) console.log(JSON.stringify({ name: d.name, result: extractTasks(d.input, OPTIONS) }));
}

main();
