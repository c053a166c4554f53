/**
 * Extraction accuracy against the labelled corpus, scored as corpus/README.md says:
 * task precision/recall/F1, owner accuracy, deadline exact-date accuracy, deadlines reported where the label has none.
 * Run: npm run bench:accuracy  (`-- --dir DIR` or CORPUS_DIR overrides the corpus location,
 * e.g. `npm run --silent bench:accuracy -- --dir test/fixtures/corpus/<batch>` for one batch).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { extractTasks, ExtractInput, Task } from "../../src/core/tasks";
import { readDocx } from "../../src/docx";

export interface LabelTask {
  text: string;
  owner: string | null;
  coOwners?: string[];
  deadline: { raw: string; date: string | null; kind: string } | null;
  optional?: boolean;
}
export interface Label {
  issuedDate: string | null;
  tasks: LabelTask[];
  nonTaskDates?: string[];
}

export interface DocScore {
  name: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  ownerChecked: number;
  ownerCorrect: number;
  /** Owners counted correct that run on past the label by two words or more ("Sở X xây dựng Kế hoạch"). */
  ownerOverruns: number;
  /**
   * Owners counted correct that stop short of the label ("Phòng Kế hoạch" for "Phòng Kế hoạch - Tổng hợp", "Sở" for
   * "Sở Tài chính"): the README's match (one contains the other) takes them, but a clerk reads another body's name.
   */
  ownerCutShort: number;
  dateChecked: number;
  dateCorrect: number;
  falseDeadlines: number;
  issuedDateOk: boolean;
  misses: string[];
}

/** NFC, lower case, punctuation removed (corpus/README.md). */
export function norm(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Likeness: 1 when one normalised text contains the other, else the share of common words (over the larger set). */
export function likeness(a: string, b: string): number {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return 0;
  if (na.includes(nb) || nb.includes(na)) return 1;
  const wa = new Set(na.split(" "));
  const wb = new Set(nb.split(" "));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

/** The prediction holds the labelled owner and two or more words after or before it: the name ran into the work. */
export function ownerOverruns(label: string | null, got: string | null): boolean {
  if (!label || !got) return false;
  const a = norm(label);
  const b = norm(got);
  return b.includes(a) && b.split(" ").length >= a.split(" ").length + 2;
}

export function ownerCutShort(label: string | null, got: string | null): boolean {
  if (!label || !got) return false;
  const a = norm(label);
  const b = norm(got);
  return a !== b && a.includes(b);
}

export function ownerMatches(label: string | null, got: string | null): boolean {
  if (!label || !got) return !label && !got;
  const a = norm(label);
  const b = norm(got);
  return a.includes(b) || b.includes(a);
}

/** Scores one document: labels take the most alike untaken prediction (non-optional labels first). */
export function scoreDocument(name: string, label: Label, tasks: Task[]): DocScore {
  const taken = new Set<number>();
  const s: DocScore = {
    name,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    ownerChecked: 0,
    ownerCorrect: 0,
    ownerOverruns: 0,
    ownerCutShort: 0,
    dateChecked: 0,
    dateCorrect: 0,
    falseDeadlines: 0,
    issuedDateOk: true,
    misses: [],
  };
  const order = [...label.tasks.filter((t) => !t.optional), ...label.tasks.filter((t) => t.optional)];
  for (const lt of order) {
    let best = -1;
    let bestScore = 0;
    tasks.forEach((t, k) => {
      if (taken.has(k)) return;
      const l = likeness(lt.text, t.text);
      if (l >= 0.6 && l > bestScore) ((best = k), (bestScore = l));
    });
    if (best < 0) {
      if (!lt.optional) {
        s.falseNegatives++;
        s.misses.push(`MISSED: ${lt.text.slice(0, 110)}`);
      }
      continue;
    }
    taken.add(best);
    if (lt.optional) continue; // neither rewarded nor punished
    const got = tasks[best];
    s.truePositives++;
    s.ownerChecked++;
    if (ownerMatches(lt.owner, got.owner)) s.ownerCorrect++;
    if (ownerOverruns(lt.owner, got.owner)) {
      s.ownerOverruns++;
      s.misses.push(`OWNER RUNS ON: want "${lt.owner}" got "${got.owner}"`);
    } else if (ownerCutShort(lt.owner, got.owner)) {
      s.ownerCutShort++;
      s.misses.push(`OWNER CUT SHORT: want "${lt.owner}" got "${got.owner}"`);
    } else if (!ownerMatches(lt.owner, got.owner))
      s.misses.push(`OWNER: want "${lt.owner}" got "${got.owner}" in: ${lt.text.slice(0, 70)}`);
    if (lt.deadline && lt.deadline.date) {
      s.dateChecked++;
      if (got.deadline?.date === lt.deadline.date) s.dateCorrect++;
      else
        s.misses.push(
          `DATE: want ${lt.deadline.date} (${lt.deadline.raw}) got ${got.deadline?.date ?? "none"} (${got.deadline?.raw ?? ""}) in: ${lt.text.slice(0, 60)}`,
        );
    }
    if (!lt.deadline && got.deadline) {
      s.falseDeadlines++;
      s.misses.push(`FALSE DEADLINE: "${got.deadline.raw}" in: ${lt.text.slice(0, 70)}`);
    }
  }
  tasks.forEach((t, k) => {
    if (!taken.has(k)) {
      s.falsePositives++;
      s.misses.push(`EXTRA: ${t.text.slice(0, 110)}`);
    }
  });
  return s;
}

const FIXTURES = path.resolve(__dirname, "../fixtures/corpus");

/** The shared corpus: CORPUS_DIR, else ../shared/corpus beside the checkout (a worktree sits one level deeper). */
export function sharedCorpusDir(): string {
  if (process.env.CORPUS_DIR) return process.env.CORPUS_DIR;
  const candidates = [
    path.resolve(__dirname, "../../../shared/corpus"),
    path.resolve(__dirname, "../../../../shared/corpus"),
  ];
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0];
}

/** The corpus to score: `--dir DIR` on the command line (relative to the working directory), else the shared corpus. */
export function corpusDir(argv: string[] = []): string {
  const k = argv.indexOf("--dir");
  if (k >= 0 && argv[k + 1]) return path.resolve(argv[k + 1]);
  return sharedCorpusDir();
}

/**
 * Every batch, each once: the folders of the shared corpus (seed, lao-cai), then each folder of test/fixtures/corpus
 * the shared corpus does not already hold (the development batches). BENCH_BLIND="k26-…,k27-…" leaves out batches
 * still being labelled, so that whoever fits the rules meanwhile never sees them scored before their first sight.
 */
export function allBatches(): { name: string; dir: string }[] {
  const blind = new Set((process.env.BENCH_BLIND ?? "").split(",").filter(Boolean));
  const folders = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && !blind.has(e.name))
          .map((e) => e.name)
          .sort()
      : [];
  const shared = sharedCorpusDir();
  const inShared = folders(shared);
  return [
    ...inShared.map((name) => ({ name, dir: path.join(shared, name) })),
    ...folders(FIXTURES)
      .filter((name) => !inShared.includes(name))
      .map((name) => ({ name, dir: path.join(FIXTURES, name) })),
  ];
}

/**
 * A .txt label source: one paragraph per line. Consecutive lines written as table rows ("| TT | Nhiệm vụ | … |")
 * form one table, as readDocx gives it: a paragraph per cell, in order; markdown rule rows ("| --- |") are skipped.
 */
export function readText(text: string): ExtractInput {
  const paragraphs: ExtractInput["paragraphs"] = [];
  const tables: string[][][] = [];
  let rows: string[][] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!/^\s*\|.*\|\s*$/.test(line)) {
      rows = null;
      paragraphs.push({ text: line });
      continue;
    }
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
    if (!rows) tables.push((rows = []));
    const cells = line
      .trim()
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
    const tableIndex = tables.length - 1;
    cells.forEach((c, cell) => paragraphs.push({ text: c, table: { tableIndex, row: rows!.length, cell } }));
    rows.push(cells);
  }
  return tables.length ? { paragraphs, tables } : { paragraphs };
}

/** Every labelled document under dir: NAME.json beside NAME.docx, else NAME.txt, else NAME.plain.txt. */
export function loadCorpus(dir: string): { name: string; label: Label; input: ExtractInput }[] {
  const out: { name: string; label: Label; input: ExtractInput }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json")) {
        const base = p.slice(0, -5);
        let input: ExtractInput | null = null;
        if (fs.existsSync(base + ".docx")) input = readDocx(new Uint8Array(fs.readFileSync(base + ".docx")));
        else
          for (const ext of [".txt", ".plain.txt"])
            if (!input && fs.existsSync(base + ext)) input = readText(fs.readFileSync(base + ext, "utf8"));
        if (input) out.push({ name: path.relative(dir, base), label: JSON.parse(fs.readFileSync(p, "utf8")), input });
      }
    }
  };
  walk(dir);
  return out;
}

export interface AccuracyReport {
  docs: DocScore[];
  precision: number;
  recall: number;
  f1: number;
  ownerAccuracy: number;
  ownerOverruns: number;
  ownerCutShort: number;
  dateAccuracy: number;
  falseDeadlines: number;
  issuedDateCorrect: number;
}

export function runAccuracy(dir = corpusDir()): AccuracyReport {
  return summarise(scoreCorpus(dir));
}

function scoreCorpus(dir: string): DocScore[] {
  return loadCorpus(dir).map(({ name, label, input }) => {
    const result = extractTasks(input, { fallbackDate: "2026-01-01", fallbackSource: "option" });
    const s = scoreDocument(name, label, result.tasks);
    s.issuedDateOk = result.issuedDate === label.issuedDate;
    if (!s.issuedDateOk) s.misses.push(`ISSUE DATE: want ${label.issuedDate} got ${result.issuedDate}`);
    return s;
  });
}

/** Precision, recall, F1, owner and dated-deadline accuracy over some scored documents. */
export function summarise(docs: DocScore[]): AccuracyReport {
  const sum = (f: (d: DocScore) => number) => docs.reduce((a, d) => a + f(d), 0);
  const tp = sum((d) => d.truePositives);
  const precision = tp / Math.max(1, tp + sum((d) => d.falsePositives));
  const recall = tp / Math.max(1, tp + sum((d) => d.falseNegatives));
  return {
    docs,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    ownerAccuracy:
      sum((d) => d.ownerCorrect) /
      Math.max(
        1,
        sum((d) => d.ownerChecked),
      ),
    dateAccuracy:
      sum((d) => d.dateCorrect) /
      Math.max(
        1,
        sum((d) => d.dateChecked),
      ),
    falseDeadlines: sum((d) => d.falseDeadlines),
    ownerOverruns: sum((d) => d.ownerOverruns),
    ownerCutShort: sum((d) => d.ownerCutShort),
    issuedDateCorrect: docs.filter((d) => d.issuedDateOk).length,
  };
}

const pct = (x: number) => (100 * x).toFixed(1) + "%";

function printDocuments(r: AccuracyReport): void {
  for (const d of r.docs) {
    console.log(
      `${d.name}: TP ${d.truePositives} FP ${d.falsePositives} FN ${d.falseNegatives} owner ${d.ownerCorrect}/${d.ownerChecked} date ${d.dateCorrect}/${d.dateChecked} falseDeadlines ${d.falseDeadlines}`,
    );
    for (const m of d.misses) console.log("   " + m);
  }
}

function summaryLine(name: string, r: AccuracyReport): string {
  const labelled = (d: DocScore) => d.truePositives + d.falseNegatives;
  const lowRecall = r.docs.filter((d) => labelled(d) > 0 && d.truePositives / labelled(d) < 0.6);
  const dated = r.docs.some((d) => d.dateChecked > 0);
  return (
    `${name.padEnd(26)} docs ${String(r.docs.length).padStart(3)}  P ${pct(r.precision).padStart(6)}  R ${pct(r.recall).padStart(6)}  ` +
    `F1 ${r.f1.toFixed(3)}  owner ${pct(r.ownerAccuracy).padStart(6)}  dates ${(dated ? pct(r.dateAccuracy) : "n/a").padStart(6)}  ` +
    `false deadlines ${r.falseDeadlines}  owners run on ${r.ownerOverruns}  cut short ${r.ownerCutShort}  issue dates ${r.issuedDateCorrect}/${r.docs.length}` +
    (lowRecall.length ? `  recall < 0.60: ${lowRecall.map((d) => d.name).join(", ")}` : "")
  );
}

/**
 * `npm run bench:accuracy`: every batch (shared corpus and development batches), one line each and the total;
 * `-- --misses` also lists every document and its misses; `-- --dir DIR` scores one folder, document by document;
 * `-- --except NAME[,NAME…]` leaves those batches out.
 */
function main(argv: string[]): void {
  if (argv.includes("--dir")) {
    const r = runAccuracy(corpusDir(argv));
    printDocuments(r);
    console.log(
      `\nTasks: precision ${pct(r.precision)}, recall ${pct(r.recall)}, F1 ${r.f1.toFixed(3)}\n` +
        `Owner accuracy ${pct(r.ownerAccuracy)}; deadline exact-date accuracy ${pct(r.dateAccuracy)}; ` +
        `deadlines where the label has none: ${r.falseDeadlines}; issue dates right: ${r.issuedDateCorrect}/${r.docs.length}`,
    );
    return;
  }
  const all: DocScore[] = [];
  const lines: string[] = [];
  // `--except A,B`: leave out batches still being labelled blind, so that fitting never sees their scores.
  const except = argv.includes("--except") ? argv[argv.indexOf("--except") + 1].split(",") : [];
  for (const batch of allBatches()) {
    if (except.includes(batch.name)) continue;
    const docs = scoreCorpus(batch.dir).map((d) => ({ ...d, name: `${batch.name}/${d.name}` }));
    all.push(...docs);
    lines.push(summaryLine(batch.name, summarise(docs)));
  }
  if (argv.includes("--misses")) printDocuments(summarise(all));
  console.log([...lines, summaryLine("TOTAL", summarise(all))].join("\n"));
}

if (require.main === module) main(process.argv.slice(2));
