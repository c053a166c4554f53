/**
 * Runs the real command line in a child process held to the bound: a V8 heap of 512 MB. Reports the exit
 * status, the output, and the CPU time and peak memory the child used (see usage.cjs), so that an input which
 * crashes, aborts or runs away shows up as a failed assertion instead of taking the test runner down with it.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
export const HEAP_MB = 512;

export interface BoundedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** User + system CPU time of the child; null when it died before reporting (abort, kill, timeout). */
  cpuMs: number | null;
  /** Peak resident memory of the child, MB; null as above. */
  maxRssMb: number | null;
  wallMs: number;
}

const USAGE_LINE = /\n@@usage (\{.*\})\n$/;

export function runCli(args: string[], { timeoutMs = 60_000, heapMb = HEAP_MB } = {}): BoundedRun {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      "--require",
      path.join(__dirname, "usage.cjs"),
      "--import",
      "tsx",
      path.join(ROOT, "src/cli/main.ts"),
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 64 << 20,
      env: { ...process.env, KL_TODAY: "2026-06-20" },
    },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = USAGE_LINE.exec(child.stderr ?? "");
  const parsed = usage ? (JSON.parse(usage[1]) as { cpuMs: number; maxRssMb: number }) : null;
  return {
    status: child.status,
    signal: child.signal,
    stdout: child.stdout ?? "",
    stderr: (child.stderr ?? "").replace(USAGE_LINE, ""),
    cpuMs: parsed?.cpuMs ?? null,
    maxRssMb: parsed?.maxRssMb ?? null,
    wallMs,
  };
}
