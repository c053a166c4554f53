import type { Clock } from "../core/dates";
/** What a CLI command may do to the outside world; main.ts gives the real one, tests a fake. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): string;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  /** The one clock of the CLI (the core never reads the computer's): KL_TODAY fixes it for reproducible output. */
  clock: Clock;
  // Optional so existing fakes keep compiling; main.ts gives them all.
  isDirectory?(path: string): boolean;
  /** Entry names (not paths) of a directory. */
  listDir?(path: string): string[];
  /** The canonical path, links resolved; throws when nothing is there. */
  realPath?(path: string): string;
  /** Whether stderr is a terminal (a progress bar) or a pipe/log (one line per file). */
  stderrIsTty?(): boolean;
  /** Creates a directory and its parents when missing (`remind --out DIR`). */
  makeDirectory?(path: string): void;
}

/** "--out x --date y file" → flags {out: x, date: y}; positional arguments under "_" joined by NUL. */
export function parseFlags(args: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--")) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) flags.set(arg.slice(2), "true");
      else flags.set(arg.slice(2), args[++i]);
    }
  }
  return flags;
}

export function positionals(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("--")) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith("--")) i++;
    } else out.push(args[i]);
  }
  return out;
}
