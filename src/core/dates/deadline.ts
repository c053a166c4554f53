/**
 * Deadline phrases (thời hạn) → calendar days, per spec/deadlines.md. Each family of phrases has its scanner (absolute,
 * relative, recurring, occasions, impossible); findDeadline runs those whose words occur and chooses among what they
 * found. Pure: the issue date comes in, the clock is never read.
 */
import { CalendarDate, toIso } from "./calendar";
import { keywordsIn, Candidate, Scan } from "./scan";
import { scanDays, scanHalves, scanMonthCell, scanMonths, scanQuarters, scanYears } from "./absolute";
import { scanCounts, scanNamedPeriods, scanToday, scanWeekdays } from "./relative";
import { scanAfterPeriodCloses, scanFirstDaysOfMonth, scanOngoing, scanPeriodic, scanRecurringDays } from "./recurring";
import { scanEvents, scanOccasions } from "./occasions";
import { scanImpossible } from "./impossible";
import { scanWindows } from "./windows";
import { scanFrequencies } from "./frequency";

/** Thời hạn kinds, as in spec/deadlines.md. */
export type DeadlineKind = "by" | "within" | "relative" | "recurring" | "ongoing" | "event";
export type RecurrenceRule = "weekly" | "monthly" | "quarterly" | "semiannual" | "yearly";

/** A deadline (thời hạn) as the JSON output carries it. */
export interface Deadline {
  /** The exact phrase in the text. */
  raw: string;
  /** ISO day, or null when it cannot be known (ongoing work, an event, an unknown starting day). */
  date: string | null;
  kind: DeadlineKind;
  inherited?: boolean;
  /** How a recurring deadline repeats; null for "định kỳ" with no period. */
  rule?: RecurrenceRule | null;
  /** "HH:MM" when a time of day is named ("trước 15h00 ngày 15/6/2026"). */
  time?: string;
}

export interface DateWarning {
  code: "impossible-date";
  raw: string;
  message: string;
}

/**
 * Where the phrase sits changes how much evidence a date needs:
 * - "text": a sentence; a date counts only after a deadline word ("trước", "chậm nhất", "trong" …);
 * - "cell": a table's deadline column or a "Thời hạn:" field line, where a bare "Quý II/2026" or "Thường xuyên" is the
 *   deadline;
 * - "heading": a section heading, where a bare period ("tháng 12") dates the tasks under it.
 */
export type PhraseMode = "text" | "cell" | "heading";

export interface DeadlineContext {
  /** The document's issue date: relative phrases count from it, missing years are inferred from it. */
  issued: CalendarDate;
  mode?: PhraseMode;
  /** Days before this one are history, never a deadline (the issue date, for a task). */
  notBefore?: CalendarDate;
}

export interface DeadlineScan {
  deadline: Deadline | null;
  /** Other due days found in the same text, when a choice was made between them. */
  alternatives: number;
  warnings: DateWarning[];
}

/** Cheap pre-check: most sentences have no digit and none of these words, and skip every scanner. */
const RX_HINT_WORDS =
  /tháng|quý|quí|năm|tuần|hằng|hàng|định kỳ|thường xuyên|liên tục|thứ|chủ nhật|mai|hôm nay|khi|tết/iu;
const SCANNERS = [
  scanDays,
  scanMonths,
  scanMonthCell,
  scanQuarters,
  scanHalves,
  scanYears,
  scanNamedPeriods,
  scanToday,
  scanWeekdays,
  scanCounts,
  scanPeriodic,
  scanRecurringDays,
  scanAfterPeriodCloses,
  scanFirstDaysOfMonth,
  scanFrequencies,
  scanOngoing,
  scanOccasions,
  scanEvents,
  scanImpossible,
];

/**
 * Finds the deadline phrase in a sentence, a table cell or a heading and resolves it to a calendar day. Impossible
 * dates give a warning and no deadline.
 */
export function findDeadline(text: string, ctx: DeadlineContext): DeadlineScan {
  const none: DeadlineScan = { deadline: null, alternatives: 0, warnings: [] };
  if (!text) return none;
  const digits = /\d/.test(text);
  if (!digits && !RX_HINT_WORDS.test(text)) return none;
  const scan: Scan = {
    text,
    mode: ctx.mode ?? "text",
    issued: ctx.issued,
    digits,
    words: keywordsIn(text.toLowerCase()),
    cands: [],
    warnings: none.warnings,
  };
  for (const scanner of SCANNERS) scanner(scan);
  scanWindows(scan, (tail) => findDeadline(tail, { issued: ctx.issued, mode: "cell" }).deadline);
  return { ...choose(sameRepetition(kept(scan.cands)), ctx.notBefore), warnings: scan.warnings };
}

/** The longest phrase a scanner matches: candidates further apart than this cannot overlap. */
const MAX_PHRASE = 400;

/** By start, the heavier first. (Module-level functions: this runs for every deadline scanned.) */
const inTextOrder = (a: Candidate, b: Candidate) => a.start - b.start || b.weight - a.weight;
const beats = (o: Candidate, c: Candidate) =>
  o.weight > c.weight || (o.weight === c.weight && o.end - o.start > c.end - c.start);

/**
 * Candidates not swallowed by a heavier overlapping one (or an equal one that is longer), in text order. Sorted first,
 * so each is compared with its neighbours only: linear in a long paragraph's many dates.
 */
function kept(cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  cands.sort(inTextOrder);
  return cands.filter((c, i) => {
    for (let j = i - 1; j >= 0 && cands[j].start > c.start - MAX_PHRASE; j--)
      if (cands[j].end > c.start && beats(cands[j], c)) return false;
    for (let j = i + 1; j < cands.length && cands[j].start < c.end; j++) if (beats(cands[j], c)) return false;
    return true;
  });
}

/** A repetition's own day: "trước ngày 20 …", or days after the period closes ("… kết thúc quý 15 ngày"). */
const RX_NAMES_DAY = /ngày\s+\d|\d\s+ngày/iu;
const isRecurring = (c: Candidate) => c.deadline.kind === "recurring";

/**
 * "… định kỳ hàng quý gửi về Sở (trước ngày 20 tháng cuối quý)", "Hàng quý … chậm nhất sau khi kết thúc quý 15 ngày":
 * one repetition said twice, the second time with its day. The day it names wins over the bare cadence's period end,
 * which is not a second, earlier due date.
 */
function sameRepetition(cands: Candidate[]): Candidate[] {
  const dayed = cands.filter((c) => isRecurring(c) && RX_NAMES_DAY.test(c.deadline.raw)).map((c) => c.deadline.rule);
  if (dayed.length === 0) return cands;
  return cands.filter((c) => !isRecurring(c) || RX_NAMES_DAY.test(c.deadline.raw) || !dayed.includes(c.deadline.rule));
}

/**
 * Two dates in one item: the earliest that is a due date (not history before `notBefore`); with none dated, the first
 * undated one (an event, a count from an unknown day, a repetition without a rule); ongoing work last.
 */
function choose(cands: Candidate[], notBefore: CalendarDate | undefined): Omit<DeadlineScan, "warnings"> {
  const floor = notBefore ? toIso(notBefore) : "";
  let best: Candidate | null = null;
  let dated = 0;
  for (const c of cands) {
    const d = c.deadline.date;
    if (d === null || d < floor) continue;
    dated++;
    if (!best || d < best.deadline.date!) best = c;
  }
  if (best) return { deadline: best.deadline, alternatives: countOthers(cands, best, floor) };
  const undated = cands.find((c) => c.deadline.date === null && c.deadline.kind !== "ongoing");
  const ongoing = cands.find((c) => c.deadline.kind === "ongoing");
  return { deadline: (undated ?? ongoing)?.deadline ?? null, alternatives: dated };
}

/** Due days other than the chosen one (a different date), for the evidence that a choice was made. */
function countOthers(cands: Candidate[], best: Candidate, floor: string): number {
  return cands.filter(
    (c) => c.deadline.date !== null && c.deadline.date >= floor && c.deadline.date !== best.deadline.date,
  ).length;
}
