/**
 * Extraction speed, printed as figures (not pass/fail):
 * - 6,000 paragraphs built from the corpus, median of several runs, and the same run's floor: one NFC pass plus one
 *   regular-expression scan for the words an extractor looks for, over the same text. Target: ≤ 3× the floor.
 * - one paragraph of 1 MB (clauses of the corpus joined by "; "), which must stay linear: well under a second.
 * Run on its own with `npx tsx test/bench/extraction-speed.ts`, or call measureExtractionSpeed() from run.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { extractTasks, SourceParagraph } from "../../src/core/tasks";
import { cleanLine } from "../../src/core/text";
import { markZones } from "../../src/core/tasks/zones";
import { loadCorpus, sharedCorpusDir } from "./accuracy";

export interface SpeedReport {
  paragraphs: number;
  runs: number;
  medianMs: number;
  floorMs: number;
  /** medianMs / floorMs. */
  ratio: number;
  tasks: number;
  /** One 1 MB paragraph, extracted once after a warm-up. */
  megabyteParagraphMs: number;
}

/** The floor's scan: the words any extractor of tasks, owners and deadlines must look for, once over each paragraph. */
const RX_FLOOR = /giao|đề nghị|yêu cầu|chủ trì|phối hợp|trước|ngày|tháng|quý|năm/giu;

/**
 * A long document as a clerk would have one: a header line, then the body paragraphs of the corpus's documents (their
 * headers, closings, recipients and signatures left out, so every paragraph is really analysed), repeated. From the
 * shared corpus that is about 250 distinct paragraphs, each some 24 times: a cache keyed by a paragraph's text would
 * flatter this figure without helping a real document, so the extractor keeps none.
 */
export function buildLargeDocument(dir: string, size = 6000): SourceParagraph[] {
  const body: SourceParagraph[] = [];
  for (const d of loadCorpus(dir)) {
    const texts = d.input.paragraphs.map((p) => cleanLine(p.text));
    const zones = markZones(texts, (i) => d.input.paragraphs[i].table !== undefined);
    d.input.paragraphs.forEach((p, i) => {
      if (zones[i] === "body" && texts[i]) body.push({ text: p.text });
    });
  }
  const out: SourceParagraph[] = [{ text: "Hà Nội, ngày 10 tháng 11 năm 2026" }];
  for (let i = 0; out.length < size; i++) out.push(body[i % body.length]);
  return out;
}

function floor(paragraphs: SourceParagraph[]): number {
  let n = 0;
  for (const p of paragraphs) {
    const s = p.text.normalize("NFC");
    RX_FLOOR.lastIndex = 0;
    while (RX_FLOOR.exec(s)) n++;
  }
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** A paragraph of about `bytes` UTF-16 units made of the corpus's sentences joined by "; ". */
export function megabyteParagraph(paragraphs: SourceParagraph[], bytes = 1_000_000): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const t = paragraphs[i % paragraphs.length].text.trim();
    if (!t) continue;
    parts.push(t.replace(/[.;:]+$/, ""));
    length += t.length + 2;
  }
  return parts.join("; ") + ".";
}

export function measureExtractionSpeed(runs = 15, dir = defaultDir()): SpeedReport {
  const paragraphs = buildLargeDocument(dir);
  let tasks = 0;
  const times: number[] = [];
  const floors: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    // Alternate the two so a busy moment of a shared machine weighs on both alike.
    const t = time(() => (tasks = extractTasks({ paragraphs }, { fallbackDate: "2026-01-01" }).tasks.length));
    const f = time(() => floor(paragraphs));
    if (r >= 2) (times.push(t), floors.push(f)); // the first runs warm the JIT
  }
  const huge = [
    { text: "Hà Nội, ngày 10 tháng 11 năm 2026" },
    { text: "II. NHIỆM VỤ" },
    { text: megabyteParagraph(paragraphs) },
  ];
  extractTasks({ paragraphs: huge }, { fallbackDate: "2026-01-01" });
  const megabyteParagraphMs = time(() => extractTasks({ paragraphs: huge }, { fallbackDate: "2026-01-01" }));
  const medianMs = median(times);
  const floorMs = median(floors);
  return {
    paragraphs: paragraphs.length,
    runs,
    medianMs,
    floorMs,
    ratio: medianMs / floorMs,
    tasks,
    megabyteParagraphMs,
  };
}

function defaultDir(): string {
  const shared = sharedCorpusDir();
  return fs.existsSync(shared) ? shared : path.resolve(__dirname, "../fixtures/corpus");
}

export function formatSpeed(r: SpeedReport): string {
  return (
    `Extraction of ${r.paragraphs} paragraphs (${r.tasks} tasks): median ${r.medianMs.toFixed(1)} ms over ${r.runs} runs; ` +
    `floor (NFC + one regex scan) ${r.floorMs.toFixed(1)} ms; ratio ${r.ratio.toFixed(2)}×\n` +
    `One 1 MB paragraph: ${r.megabyteParagraphMs.toFixed(0)} ms`
  );
}

if (require.main === module) console.log(formatSpeed(measureExtractionSpeed()));
