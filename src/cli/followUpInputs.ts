/**
 * What `report` and `remind` share: the agency profile from its JSON file, and the task rows of every document
 * given (directories walked for .docx, the clerk's ticks, days and notes read from each document), as of a day.
 */
import { fromIso, toIso } from "../core/dates";
import type { ExportRow } from "../core/export";
import { DEFAULT_FOLLOW_UP, MAX_DAYS } from "../core/followup";
import { parseProfileJson, type AgencyProfile } from "../core/profile";
import { baseName, exportRows, readDocument, type ExtractIo } from "./extract";
import { expandInputs } from "./inputs";
import { parseFlags, positionals, type CliIo } from "./io";

/** The profile, or the message saying why not (its problems are printed to stderr as `new` does). */
export function loadProfile(path: string | undefined, io: CliIo): AgencyProfile | string {
  if (!path || path === "true") return "Thiếu --profile / missing --profile.";
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `Không đọc được hồ sơ / cannot read profile ${path}: ${detail}`;
  }
  const parsed = parseProfileJson(text);
  if (parsed.error) return `${parsed.error.message} / ${parsed.error.messageEn} (${path})`;
  for (const issue of parsed.issues) {
    const label = issue.severity === "error" ? "Lỗi / error" : "Cảnh báo / warning";
    io.stderr(`${label} [${issue.field}]: ${issue.message} / ${issue.messageEn}\n`);
  }
  if (parsed.issues.some((i) => i.severity === "error")) return `Hồ sơ không hợp lệ / invalid profile: ${path}`;
  return parsed.profile;
}

/** `--as-of`, else today from the CLI's clock; null when the flag is not a real day. */
export function asOfDay(flag: string | undefined, io: CliIo): string | null {
  if (flag === undefined) return toIso(io.clock.today());
  return fromIso(flag) ? flag : null;
}

/** `--due-soon N`: the default when absent, null when it is not a day count the settings allow. */
export function dueSoonFlag(flag: string | undefined): number | null {
  if (flag === undefined) return DEFAULT_FOLLOW_UP.dueSoonDays;
  return /^\d{1,2}$/.test(flag) && Number(flag) <= MAX_DAYS ? Number(flag) : null;
}

export interface FollowUpRows {
  rows: ExportRow[];
  /** One message per input that could not be read; the others still count. */
  failures: string[];
  /** How many documents were read. */
  documents: number;
}

/** The rows of each document in document order, documents in the order given; sources named by file name. */
export function readFollowUpRows(inputs: string[], io: CliIo): FollowUpRows {
  const extractIo: ExtractIo = io;
  const failures: string[] = [];
  const rows: ExportRow[] = [];
  let documents = 0;
  for (const file of expandInputs(inputs, extractIo, failures)) {
    const doc = readDocument(file, extractIo, undefined);
    if ("error" in doc) {
      failures.push(doc.error);
      continue;
    }
    documents++;
    for (const note of [...doc.notes, ...doc.result.warnings.map((w) => w.message)]) io.stderr(`${file}: ${note}\n`);
    rows.push(...exportRows(doc, baseName(file)));
  }
  return { rows, failures, documents };
}

/** What `report` and `remind` both take: the files, --out, the as-of day, --due-soon and the profile. */
export interface FollowUpArgs {
  inputs: string[];
  out: string;
  asOf: string;
  dueSoonDays: number;
  profile: AgencyProfile;
  flags: Map<string, string>;
}

/** The arguments checked in order, or the exit code after a message on stderr (2: misuse). */
export function followUpArgs(args: string[], io: CliIo, usage: string, outLabel: string): FollowUpArgs | number {
  const flags = parseFlags(args);
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return 2;
  };
  const inputs = positionals(args);
  if (inputs.length === 0) return fail(`Thiếu tên tệp / missing file name.\n${usage}`);
  const out = flags.get("out");
  if (!out || out === "true") return fail(`Thiếu --out ${outLabel}.\n${usage}`);
  const asOf = asOfDay(flags.get("as-of"), io);
  if (!asOf) return fail(`Ngày không hợp lệ / invalid date: --as-of ${flags.get("as-of")} (YYYY-MM-DD)`);
  const dueSoonDays = dueSoonFlag(flags.get("due-soon"));
  if (dueSoonDays === null) return fail(`--due-soon cần số ngày 0–60 / needs a day count 0–60.\n${usage}`);
  const profile = loadProfile(flags.get("profile"), io);
  if (typeof profile === "string") return fail(`${profile}\n${usage}`);
  return { inputs, out, asOf, dueSoonDays, profile, flags };
}
