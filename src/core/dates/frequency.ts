/**
 * Frequencies. "… tối thiểu một lần/năm", "3 tháng một lần", "mỗi quý một lần": once each period, first due at the end
 * of the current one (as "hằng năm", "hằng quý" are). A frequency with a window: "quan trắc với tần suất 2 lần/tháng;
 * thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026" repeats monthly from the window's first month (spec: recurring
 * with a start is first due at the end of the start period). "N lần/năm" is left to the months it names ("vào tháng 4
 * và tháng 8 năm 2026").
 */
import { CalendarDate, compareDates, toIso } from "./calendar";
import { E } from "./lexicon";
import { endOfHalf, endOfPeriod, ruleOf } from "./periods";
import { Scan, matches, push, re } from "./scan";

const RX_FREQUENCY = re(`tần\\s+suất\\s*:?\\s*(?:\\d{1,2}|một|hai|ba|bốn)\\s*lần\\s*/\\s*(tuần|tháng)${E}`);
/** "từ tháng 3 đến tháng 10 năm 2026": the window's first month, its year from either end. */
const RX_WINDOW_START =
  /^[^.]{0,100}?từ\s+tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?\s+(?:đến|-|–)\s+tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*(\d{4}))?/iu;

/** "tối thiểu một lần/năm", "01 lần/quý", "ít nhất 01 lần/01 năm": once per period. */
const RX_ONCE_PER = re(
  `(?:(?:tối\\s+thiểu|ít\\s+nhất)\\s+)?(?:một|01|1)\\s+lần\\s*/\\s*(?:(?:một|01|1)\\s+)?(tuần|tháng|quý|năm)${E}`,
);
/**
 * "3 tháng một lần", "6 tháng 01 lần", "mỗi quý một lần", "năm một lần", and with a slash "01 tuần/lần", "03 tháng/lần":
 * one time in each such stretch.
 */
const RX_EVERY_STRETCH = re(
  `(?:(0?3|ba|0?6|sáu)\\s+tháng|(?:mỗi\\s+)?(tuần|tháng|quý|năm))\\s+(?:một|01|1)\\s+lần${E}|(?:(0?3|ba|0?6|sáu)\\s+tháng|(?:một|01|1)\\s+(tuần|tháng|quý|năm))\\s*/\\s*lần${E}`,
);
const STRETCH_UNITS: Record<string, "quý" | "6 tháng"> = { "3": "quý", ba: "quý", "6": "6 tháng", sáu: "6 tháng" };

function scanOnce(scan: Scan): void {
  if (!scan.words.has("lần")) return;
  for (const m of matches(RX_ONCE_PER, scan.text)) pushOnce(scan, m, m[1].toLowerCase());
  for (const m of matches(RX_EVERY_STRETCH, scan.text)) {
    const months = m[1] ?? m[3];
    pushOnce(scan, m, months ? STRETCH_UNITS[months.toLowerCase().replace(/^0/, "")] : (m[2] ?? m[4]).toLowerCase());
  }
}

/** "…; trong đó quy định cụ thể … diễn tập … tối thiểu một lần/năm": what a document lays down, not when work is due. */
const RX_LAID_DOWN = /(?:^|[;,]\s*)trong\s+đó\s[^;.]*$/iu;

function pushOnce(scan: Scan, m: RegExpExecArray, unit: string): void {
  if (RX_LAID_DOWN.test(scan.text.slice(Math.max(0, m.index - 300), m.index))) return;
  // Twice a year is due at the end of the issue date's half: June or December.
  const half = unit === "6 tháng";
  const date = half ? endOfHalf(scan.issued) : endOfPeriod(unit, scan.issued, 0);
  push(scan, m, { raw: "", date: toIso(date), kind: "recurring", rule: half ? "semiannual" : ruleOf(unit) }, 2);
}

export function scanFrequencies(scan: Scan): void {
  scanOnce(scan);
  if (!(scan.words.has("tháng") || scan.words.has("tuần")) || !/tần\s+suất/iu.test(scan.text)) return;
  for (const m of matches(RX_FREQUENCY, scan.text)) {
    const unit = m[1].toLowerCase();
    const from = windowStart(scan, m.index + m[0].length);
    const date = endOfPeriod(unit, from, 0);
    push(scan, m, { raw: "", date: toIso(date), kind: "recurring", rule: ruleOf(unit) }, 6);
  }
}

/** The first day of the window after the frequency, when it starts after the issue date; else the issue date. */
function windowStart(scan: Scan, at: number): CalendarDate {
  const w = RX_WINDOW_START.exec(scan.text.slice(at, at + 200));
  const year = w ? +(w[2] ?? w[3] ?? NaN) : NaN;
  const start = { year, month: w ? +w[1] : NaN, day: 1 };
  return start.month >= 1 && start.month <= 12 && year > 0 && compareDates(start, scan.issued) > 0
    ? start
    : scan.issued;
}
