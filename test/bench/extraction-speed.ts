/**
 * Extraction speed: a 6,000-paragraph document built from the corpus, median of several runs (target < 50 ms).
 * Run on its own with `npx tsx test/bench/extraction-speed.ts`, or call measureExtractionSpeed() from run.ts.
 */
import { extractTasks, SourceParagraph } from "../../src/core/tasks";
import { loadCorpus, sharedCorpusDir } from "./accuracy";
import * as fs from "node:fs";
import * as path from "node:path";

export interface SpeedReport {
  paragraphs: number;
  runs: number;
  medianMs: number;
  tasks: number;
}

export function buildLargeDocument(dir: string, size = 6000): SourceParagraph[] {
  const body: SourceParagraph[] = [];
  // Closing lines end a body; leave them out so all 6,000 paragraphs are really analysed.
  const ending = /\/\.\s*$|^\s*(?:Nơi nhận|Trên đây|Biên bản kết thúc)/u;
  for (const d of loadCorpus(dir))
    for (const p of d.input.paragraphs) if (!p.table && !ending.test(p.text)) body.push({ text: p.text });
  const out: SourceParagraph[] = [];
  for (let i = 0; out.length < size; i++) out.push(body[i % body.length]);
  return out;
}

export function measureExtractionSpeed(runs = 15, dir = defaultDir()): SpeedReport {
  const paragraphs = buildLargeDocument(dir);
  let tasks = 0;
  const times: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t0 = performance.now();
    tasks = extractTasks({ paragraphs }, { fallbackDate: "2026-01-01" }).tasks.length;
    const t = performance.now() - t0;
    if (r >= 2) times.push(t); // the first runs warm the JIT
  }
  times.sort((a, b) => a - b);
  return { paragraphs: paragraphs.length, runs, medianMs: times[Math.floor(times.length / 2)], tasks };
}

function defaultDir(): string {
  const shared = sharedCorpusDir();
  return fs.existsSync(shared) ? shared : path.resolve(__dirname, "../fixtures/corpus");
}

if (require.main === module) {
  const r = measureExtractionSpeed();
  console.log(
    `Extraction of ${r.paragraphs} paragraphs (${r.tasks} tasks): median ${r.medianMs.toFixed(1)} ms over ${r.runs} runs`,
  );
}
