/**
 * `cli new` in memory, for the rendering tests of issue 17: a profile (object) and flags in, the .docx bytes and
 * what the command printed out. Going through the CLI means a missing flag or feature fails the test.
 */
import { runNew } from "../../src/cli/newDraft";
import { CliIo } from "../../src/cli/io";
import { Line, Rendered, renderDocx } from "../support/render";
import { clockAt } from "../fakes/clock";

/** Thanh tra tỉnh Tây Ninh with every field a draft prints: the profile most render tests of issue 17 start from. */
export const THANH_TRA_TAY_NINH = {
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  unitAbbreviation: "NV",
  place: "Tây Ninh",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn An",
};

export interface CliResult {
  code: number;
  bytes?: Uint8Array;
  stderr: string;
}

export function cliNew(profile: object, args: string[]): CliResult {
  let bytes: Uint8Array | undefined;
  let stderr = "";
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    readText: (path) => {
      if (path === "profile.json") return JSON.stringify(profile);
      throw new Error(`ENOENT: ${path}`);
    },
    readFile: () => new Uint8Array(),
    writeFile: (_path, data) => (bytes = typeof data === "string" ? new TextEncoder().encode(data) : data),
    clock: clockAt("2026-06-05"),
  };
  const code = runNew(["--profile", "profile.json", "--out", "x.docx", "--date", "2026-06-05", ...args], io);
  return { code, bytes, stderr };
}

/** Drafts with the CLI and renders; fails the test with the CLI's message when it refuses. */
export function renderNew(profile: object, args: string[], name: string): Rendered & { stderr: string } {
  const result = cliNew(profile, args);
  if (result.code !== 0 || !result.bytes) throw new Error(`cli new failed (${result.code}): ${result.stderr}`);
  return { ...renderDocx(result.bytes, name), stderr: result.stderr };
}

/** Every line of every page, in reading order. */
export const allLines = (rendered: Rendered): Line[] => rendered.pages.flatMap((p) => p.lines);

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The text as a reader sees it: lines joined by spaces, so a sentence that wraps is still one string. */
export const flowText = (rendered: Rendered): string =>
  squash(
    allLines(rendered)
      .map((l) => l.text)
      .join(" "),
  );
