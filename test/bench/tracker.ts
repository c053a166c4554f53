/**
 * Tracker speed: 100 .docx copies of the corpus in a temp dir, consolidated into one .xlsx by the real CLI path
 * (read + extract + sort + workbook). Run on its own with `npx tsx test/bench/tracker.ts`, or call measureTracker().
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runExtract, type ExtractIo } from "../../src/cli/extract";
import { clockAt } from "../fakes/clock";

export interface TrackerReport {
  documents: number;
  tasks: number;
  ms: number;
  bytes: number;
}

function corpusDocx(): string[] {
  const dirs = ["/work/shared/corpus", path.resolve(__dirname, "../fixtures/corpus")];
  const dir = dirs.find((d) => fs.existsSync(d))!;
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith(".docx")) found.push(path.join(d, e.name));
  };
  walk(dir);
  return found;
}

export async function measureTracker(documents = 100): Promise<TrackerReport> {
  const sources = corpusDocx();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kl-tracker-"));
  try {
    for (let i = 0; i < documents; i++) {
      const src = sources[i % sources.length];
      const sub = path.join(work, "in", `lo-${Math.floor(i / 25)}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.copyFileSync(src, path.join(sub, `${String(i).padStart(3, "0")}-${path.basename(src)}`));
    }
    const out = path.join(work, "tracker.xlsx");
    const io: ExtractIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: (p, data) => fs.writeFileSync(p, data),
      clock: clockAt("2026-08-01"),
      isDirectory: (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
      listDir: (p) => fs.readdirSync(p),
    };
    const t0 = performance.now();
    const code = await runExtract([path.join(work, "in"), "--format", "xlsx", "--out", out], io);
    const ms = performance.now() - t0;
    if (code !== 0) throw new Error(`extract exited ${code}`);
    const json: unknown[] = [];
    await runExtract([path.join(work, "in"), "--format", "json"], { ...io, stdout: (s) => json.push(s) });
    const tasks = (JSON.parse(json.join("")) as { tasks: unknown[] }[]).reduce((n, d) => n + d.tasks.length, 0);
    return { documents, tasks, ms, bytes: fs.statSync(out).size };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void measureTracker().then((r) =>
    console.log(
      `tracker: ${r.documents} .docx → ${r.tasks} tasks in one .xlsx (${(r.bytes / 1024).toFixed(0)} KB) in ${r.ms.toFixed(0)} ms`,
    ),
  );
}
