/**
 * Dates that cannot exist, wherever they sit (deadline or not): "31/02/2021", "ngày 32 tháng 13", "00/00/2026",
 * "21/9/025", "tháng 13/2026", "quý V/2026". Each is warned about with its phrase; none is ever shifted to a real day.
 */
import { isValidDate } from "./calendar";
import { E } from "./lexicon";
import { Keyword, Scan, matches, re, warnImpossible } from "./scan";
import type { DateWarning } from "./deadline";

/** d/m/y with a year of 1 to 4 digits (a 3-digit year is a typo: "21/9/025"). */
const RX_NUMERIC = re("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{1,4})(?![\\d/])");
/** d/m after "ngày": "ngày 31/02" has no year to check against, and is impossible in every year. */
const RX_DAY_MONTH = re("ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])");
const RX_SPELLED = re(`ngày\\s+(\\d{1,3})\\s+tháng\\s+(\\d{1,3})(?:\\s+năm\\s+(\\d{1,4}))?${E}`);
const RX_MONTH_YEAR = re(`tháng\\s+(\\d{1,3})\\s*(?:/|năm)\\s*(\\d{4})${E}`);
const RX_QUARTER_YEAR = re(`quý\\s+([IVXLC]+|\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})${E}`);

function realDay(d: string, m: string, y: string | undefined): boolean {
  const year = y === undefined ? 2000 : y.length === 2 ? 2000 + +y : y.length === 4 ? +y : NaN;
  return isValidDate({ year, month: +m, day: +d });
}

export function scanImpossible(scan: Scan): void {
  const { text } = scan;
  if (!scan.digits) return;
  for (const m of matches(RX_NUMERIC, text)) {
    if (m[3].length === 1 && !/ngày\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // "1/2/3"
    if (!realDay(m[1], m[2], m[3])) warnImpossible(scan.warnings, m[0]);
  }
  if (scan.words.has("ngày")) {
    for (const m of matches(RX_SPELLED, text)) if (!realDay(m[1], m[2], m[3])) warnImpossible(scan.warnings, m[0]);
    for (const m of matches(RX_DAY_MONTH, text))
      if (!realDay(m[1], m[2], undefined)) warnImpossible(scan.warnings, m[0]);
  }
  if (scan.words.has("tháng"))
    for (const m of matches(RX_MONTH_YEAR, text)) if (!(+m[1] >= 1 && +m[1] <= 12)) warnImpossible(scan.warnings, m[0]);
  if (scan.words.has("quý"))
    for (const m of matches(RX_QUARTER_YEAR, text))
      if (!/^(?:I|II|III|IV|[1-4])$/i.test(m[1])) warnImpossible(scan.warnings, m[0]);
}

/** Every pattern holds a digit after "/", "ngày", "tháng" or "quý": most paragraphs have none of them. */
const RX_DATE_HINT = /\/\s*\d|(?:ngày|tháng|quý)\s+[\dIVXLC]/iu;

const RX_DIGIT = /\d/;

/** The impossible dates of a text, whether or not they are deadlines. */
export function findImpossibleDates(text: string): DateWarning[] {
  if (!RX_DIGIT.test(text) || !RX_DATE_HINT.test(text)) return [];
  const lower = text.toLowerCase();
  const words = new Set<Keyword>();
  for (const k of ["ngày", "tháng", "quý"] as const) if (lower.includes(k)) words.add(k);
  const scan: Scan = { text, mode: "text", issued: NO_DAY, digits: true, words, cands: [], warnings: [] };
  scanImpossible(scan);
  return scan.warnings;
}

const NO_DAY = { year: 2000, month: 1, day: 1 };
