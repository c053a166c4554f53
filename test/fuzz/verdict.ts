/**
 * What one hostile input makes of the command line, judged by issue 14's rules: a result, or a clean refusal
 * that names the file; never a throw outside the typed errors, never more than 5 s, the same output twice.
 */
import { runExtract, type ExtractIo } from "../../src/cli/extract";
import { clockAt } from "../fakes/clock";

export type VerdictKind = "result" | "refused" | "failure";

export interface Verdict {
  kind: VerdictKind;
  /** For a refusal, why (in short); for a failure, what broke. */
  detail: string;
  ms: number;
}

export const FORMATS = ["json", "csv", "md", "ics"] as const;
const FILE = "mutant.docx";
const BUDGET_MS = 5000;

/** The per-file failure the CLI writes for an error no typed check caught. */
const UNEXPECTED = /unexpected error/;

const REASONS: [RegExp, string][] = [
  [/vượt giới hạn/, "too large"],
  [/gói ZIP|không phải gói ZIP|mã hóa|nén theo kiểu lạ/, "not a zip"],
  [/thiếu word\/document\.xml/, "no document.xml"],
  [/bị hỏng \(/, "bad XML"],
  [/Tài liệu trống/, "empty"],
];

async function runOnce(bytes: Uint8Array, format: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExtractIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: () => bytes,
    clock: { today: clockAt("2026-06-20").today, now: () => "2026-06-20T08:00:00Z" },
  };
  const code = await runExtract([FILE, "--format", format], io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

export async function verdictOf(bytes: Uint8Array, format: (typeof FORMATS)[number]): Promise<Verdict> {
  const started = process.hrtime.bigint();
  let first: Awaited<ReturnType<typeof runOnce>>;
  let second: typeof first;
  try {
    first = await runOnce(bytes, format);
    second = await runOnce(bytes, format);
  } catch (error) {
    return { kind: "failure", detail: `threw: ${String(error)}`, ms: 0 };
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / 2;
  const failure = (detail: string): Verdict => ({ kind: "failure", detail, ms });
  if (ms > BUDGET_MS) return failure(`slow: ${Math.round(ms)} ms`);
  if (JSON.stringify(first) !== JSON.stringify(second)) return failure("not the same output twice");
  if (first.code === 0) {
    if (format === "json") JSON.parse(first.stdout);
    return { kind: "result", detail: "", ms };
  }
  if (first.code !== 1) return failure(`exit ${first.code}: ${first.stderr.slice(0, 200)}`);
  if (UNEXPECTED.test(first.stderr) || !first.stderr.startsWith(`${FILE}: `))
    return failure(`untyped: ${first.stderr.slice(0, 300)}`);
  const reason = REASONS.find(([rx]) => rx.test(first.stderr))?.[1] ?? first.stderr.slice(FILE.length + 2, 80);
  return { kind: "refused", detail: reason, ms };
}
