import {
  CalendarDate,
  addDays,
  addMonths,
  addWorkingDays,
  compareDates,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isValidDate,
  quarterOf,
  toIso,
  toOrdinal,
  weekday,
} from "./calendar";
import { execAtWordStart } from "../text/fold";

/** Thời hạn kinds, as in spec/deadlines.md. */
export type DeadlineKind = "by" | "within" | "relative" | "recurring" | "ongoing";
export type RecurrenceRule = "weekly" | "monthly" | "quarterly" | "semiannual" | "yearly";

/** A deadline (thời hạn) as the JSON output carries it. */
export interface Deadline {
  /** The exact phrase in the text. */
  raw: string;
  /** ISO day, or null when it cannot be known (ongoing work, unknown starting event). */
  date: string | null;
  kind: DeadlineKind;
  inherited?: boolean;
  rule?: RecurrenceRule;
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
 * - "cell": a table's deadline column, where a bare "Quý II/2026" or "Thường xuyên" is the deadline;
 * - "heading": a section heading, where a bare period ("tháng 12") dates the tasks under it.
 */
export type PhraseMode = "text" | "cell" | "heading";

export interface DeadlineContext {
  /** The document's issue date: relative phrases count from it, missing years are inferred from it. */
  issued: CalendarDate;
  mode?: PhraseMode;
}

export interface DeadlineScan {
  deadline: Deadline | null;
  warnings: DateWarning[];
}

// ---------------------------------------------------------------- lexicon

const L = "\\p{L}\\p{N}";
/** Word end that knows Vietnamese letters (JS \b does not); the word start is checked by execAtWordStart. */
const E = `(?![${L}])`;

const MONTH_WORDS: Record<string, number> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  "mười hai": 12,
  chạp: 12,
};
// Longest first so "mười hai" wins over "mười"; "năm" only when no year digits follow ("tháng năm 2026" is a blank form).
const MONTH_WORD_RE = "mười một|mười hai|mười|giêng|một|hai|ba|tư|bốn|năm(?!\\s*\\d)|sáu|bảy|tám|chín|chạp";
const MONTH = `(\\d{1,2}|${MONTH_WORD_RE})${E}`;
const YEAR = "(\\d{4}|\\d{2})";
const ROMAN_Q = "(IV|III|II|I|[1-4])";
const NUM_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
const COUNT = "(\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";

const TIME = `(\\d{1,2})\\s*(?:h|giờ|g)(?:\\s*(\\d{2})(?:\\s*phút)?)?${E}`;
const WEEKDAY = `(thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật)${E}`;
/** Numeric day: d/m or d/m/y. */
const DMY = `(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?(?![\\d/])`;
/** Spelled day: "05 tháng 02 năm 2026", "15 tháng 12", "mồng 5 tháng sáu". */
const DWORDS = `(\\d{1,2})\\s+tháng\\s+${MONTH}(?:\\s*(?:năm|/)\\s*(\\d{4}))?`;

const BY_TRIGGER =
  "(?:(?:hoàn\\s+thành|xong|gửi|nộp)\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?(?:\\s+(?:vào|trước))?|muộn\\s+nhất(?:\\s+là)?|hạn\\s+chót(?:\\s+là)?|thời\\s+hạn(?:\\s+là)?\\s*:?|không\\s+quá|đến\\s+hết|trong|vào)";
const PERIOD_TRIGGER =
  "(?:(?:hoàn\\s+thành|xong|thực\\s+hiện)\\s+)?(?:trong|xong\\s+trong|trước|cuối|đầu|giữa|chậm\\s+nhất(?:\\s+là)?(?:\\s+trong)?|vào)";

/**
 * Every scanner pattern matches only at a word start (not after a letter or digit). Written as a leading lookbehind,
 * that stops V8 from skipping ahead (it tries the whole pattern at every position, which was most of the cost of a
 * scan) and older WebKit cannot parse it. So the patterns leave it out, and nextMatch checks it on each hit, resuming
 * one character later when it fails: the same matches, several times faster.
 */
const re = (s: string) => new RegExp(s, "giu");

/** Like rx.exec(text) for the pattern with a leading word-start lookbehind, lastIndex included. */
const nextMatch = (rx: RegExp, text: string): RegExpExecArray | null => execAtWordStart(rx, text);

/**
 * A pattern that opens with optional words ("(trong|trước|cuối|…)? tháng 6") is still tried at many positions.
 * `core` is the part every match contains, starting with a literal: testing it first is cheap and skips the full
 * pattern on most sentences without changing any match.
 */
interface Gated {
  rx: RegExp;
  core: RegExp;
}
const gated = (prefix: string, core: string, suffix = ""): Gated => ({
  rx: re(prefix + core + suffix),
  core: new RegExp(core, "iu"),
});

const DAY = `(?:${DMY}|${DWORDS})`;
// Absolute day after a deadline word, with an optional time and weekday in between.
const RX_DAY_TRIGGERED = gated(
  `${BY_TRIGGER}\\s*(?:${TIME}\\s*,?\\s*)?(?:(?:ngày\\s+|mồng\\s+)?${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+|mồng\\s+)?`,
  DAY,
);
// Bare day, for cells ("30/6/2026", "Trước ngày 30/6" is caught above).
const RX_DAY_BARE = gated(`(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+|mồng\\s+)?`, DAY);
const RX_MONTH = gated(
  `(?:(${PERIOD_TRIGGER})\\s+)?`,
  `tháng\\s+${MONTH}`,
  `(?:\\s*/\\s*${YEAR}(?![\\d/])|\\s+năm\\s+(\\d{4}))?`,
);
const RX_QUARTER = gated(
  `(?:(${PERIOD_TRIGGER})\\s+)?`,
  `quý\\s+${ROMAN_Q}${E}`,
  `((?:\\s*(?:,|và|-|–)\\s*(?:quý\\s+)?(?:IV|III|II|I|[1-4])${E})*)(?:\\s*/\\s*(\\d{4})|\\s+năm\\s+(\\d{4}))?`,
);
const RX_HALF = gated(`(?:(${PERIOD_TRIGGER})\\s+)?`, `(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm`, `(?:\\s+(\\d{4}))?`);
const RX_YEAR = gated(`(?:(${PERIOD_TRIGGER})\\s+)?`, `năm\\s+(\\d{4})${E}`);
/**
 * A span of years, "2024 - 2025", "giai đoạn 2026-2027": due at the end of the last year. Bare in a cell or heading;
 * in a sentence only after a completion word ("hoàn thành trong giai đoạn 2026 - 2027"), since "giai đoạn 2021 - 2030"
 * there usually names the subject's horizon.
 */
const RX_YEAR_SPAN = gated(
  `(?:((?:hoàn\\s+thành|xong|thực\\s+hiện)\\s+trong)\\s+)?(?:(?:giai\\s+đoạn|các\\s+năm|năm)\\s+)?`,
  `(\\d{4})\\s*[-–]\\s*(\\d{4})(?![\\d/])`,
);
const RX_END_OF_YEAR = gated(
  `((?:trong|trước|vào|đến|chậm\\s+nhất|hoàn\\s+thành|xong)\\s+)?`,
  `(cuối|giữa)\\s+năm(?:\\s+nay)?${E}(?!\\s*\\d)`,
);
const RX_NAMED_PERIOD = gated(
  `(?:(trong|trước|cuối|đầu|vào|ngay\\s+trong)\\s+)?`,
  `(tuần|tháng|quý|năm)\\s+(này|nay|tới|sau)${E}`,
);
const RX_TODAY = gated(`(?:(?:ngay\\s+)?trong\\s+)?(?:ngày\\s+)?`, `(hôm\\s+nay|ngày\\s+mai)${E}`);
const RX_WEEKDAY = re(
  `(trước|vào|chậm\\s+nhất(?:\\s+là)?(?:\\s+vào)?|hạn|trong)\\s+(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?${WEEKDAY}(?:\\s+tuần\\s+(này|tới|sau))?`,
);
const RX_WEEKDAY_WEEK = gated(`(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?`, `${WEEKDAY}\\s+tuần\\s+(này|tới|sau)${E}`);
const RX_NEXT_SPAN = re(`trong\\s+(?:vòng\\s+)?${COUNT}\\s+(ngày|tuần|tháng)\\s+tới${E}`);
const RX_RELATIVE = re(
  `trong\\s+(?:thời\\s+hạn\\s+|vòng\\s+|thời\\s+gian\\s+)?${COUNT}\\s+ngày(\\s+làm\\s+việc)?${E}(?!\\s+tới)(?:\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ|sau\\s+khi|từ)\\s+(?:ngày\\s+)?([^,;.()]{1,90}))?`,
);
const RX_BEFORE_EVENT = re(`chậm\\s+nhất\\s+(?:là\\s+)?trước\\s+${COUNT}\\s+ngày(?:\\s+đêm)?${E}`);
const RX_RECUR_PERIODIC = re(
  `định\\s+kỳ\\s+(?:((?:6|sáu|3|ba)\\s+tháng)|(?:hằng|hàng)\\s+(tuần|tháng|quý|năm))(?:\\s*(?:,|và)\\s*(?:(?:hằng|hàng)\\s+(?:tuần|tháng|quý|năm)|(?:6|sáu)\\s+tháng))*(?:\\s*,?\\s*(?:trước|vào|chậm\\s+nhất)\\s+(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?${WEEKDAY})?(?:\\s*,?\\s*\\(?\\s*(?:trước|vào)\\s+ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?\\s*\\)?)?`,
);
/** "… hằng năm kể từ năm 2027": the repetition starts in that year, not at the issue date. */
const FROM_YEAR = `(?:\\s*,?\\s*(?:kể\\s+từ|bắt\\s+đầu\\s+từ|tính\\s+từ|từ)\\s+năm\\s+(\\d{4})${E})?`;
const RX_RECUR_DAY = re(
  `(?:trước|vào|chậm\\s+nhất)\\s+(?:${TIME}\\s*,?\\s*)?ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?\\s+(?:hằng|hàng)\\s+(tháng|năm|quý)${E}${FROM_YEAR}`,
);
const RX_RECUR_YEAR_PAREN = re(
  `(?:hằng|hàng)\\s+(năm|tháng|quý)\\s*\\(\\s*(?:trước|vào)\\s+ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?\\s*\\)`,
);
const RX_RECUR_BARE = re(`(?:định\\s+kỳ\\s+)?(?:hằng|hàng)\\s+(tuần|tháng|quý|năm)${E}`);
const RX_ONGOING = re(`(thường\\s+xuyên(?:\\s*,\\s*liên\\s+tục)?|liên\\s+tục)${E}`);
const RX_ANY_DMY = re(`(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])`);
/** Citation before a date: "Quyết định số 123/QĐ-UBND ngày 05/3/2020". */
const RX_CITATION_TAIL = /(?:số|hiệu)\s*:?\s*[\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*\s*(?:ngày\s*)?$/iu;

/**
 * The keyword pre-scan: a pattern family runs only when its words occur in the lower-cased text. One regex pass
 * finds them all (longest first, resuming one character after each hit so overlapping words are seen too); a word
 * found also marks the keywords inside it ("hôm nay" holds "nay"). Same answers as `lower.includes(k)` per keyword.
 */
const KEYWORDS = [
  "tháng",
  "quý",
  "năm",
  "tuần",
  "này",
  "nay",
  "tới",
  "sau",
  "hôm nay",
  "mai",
  "thứ",
  "chủ nhật",
  "ngày",
  "chậm nhất",
  "định kỳ",
  "hằng",
  "hàng",
  "thường xuyên",
  "liên tục",
] as const;
type Keyword = (typeof KEYWORDS)[number];
const RX_KEYWORDS = new RegExp([...KEYWORDS].sort((a, b) => b.length - a.length).join("|"), "gu");
const INNER_KEYWORDS = new Map<string, Keyword[]>(KEYWORDS.map((k) => [k, KEYWORDS.filter((j) => k.includes(j))]));

function keywordsIn(lower: string): Set<Keyword> {
  const found = new Set<Keyword>();
  RX_KEYWORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_KEYWORDS.exec(lower))) {
    for (const k of INNER_KEYWORDS.get(m[0])!) found.add(k);
    RX_KEYWORDS.lastIndex = m.index + 1;
  }
  return found;
}

/** Cheap pre-check: most sentences have no digit and none of these words, and skip every pattern. */
const RX_HINT_WORDS = /tháng|quý|năm|tuần|hằng|hàng|định kỳ|thường xuyên|liên tục|thứ|chủ nhật|mai|hôm nay/iu;

// ---------------------------------------------------------------- helpers

interface Candidate {
  start: number;
  end: number;
  deadline: Deadline;
  /** Higher wins when two candidates overlap. */
  weight: number;
}

function monthNumber(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(t)) return +t;
  return MONTH_WORDS[t] ?? NaN;
}

function countNumber(s: string): number {
  const t = s.toLowerCase();
  return /^\d+$/.test(t) ? +t : (NUM_WORDS[t] ?? NaN);
}

function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = +y;
  return y.length <= 2 ? 2000 + n : n;
}

function quarterNumber(s: string): number {
  const t = s.toUpperCase();
  return { I: 1, II: 2, III: 3, IV: 4 }[t] ?? +t;
}

function fmtTime(h: string | undefined, m: string | undefined): string | undefined {
  if (h === undefined) return undefined;
  const hh = +h;
  const mm = m === undefined ? 0 : +m;
  if (hh > 23 || mm > 59) return undefined;
  return `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}

function weekdayIndex(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  if (t.startsWith("chủ")) return 0;
  const w = t.replace(/^thứ ?/, "");
  const map: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
  if (/^\d$/.test(w)) return +w - 1; // "thứ 2" = Monday … "thứ 7" = Saturday
  return map[w] ?? NaN;
}

/** Monday of the week containing d (weeks run Monday to Sunday). */
function mondayOf(d: CalendarDate): CalendarDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** The next given weekday on or after d. */
function nextWeekday(d: CalendarDate, wd: number): CalendarDate {
  return addDays(d, (wd - weekday(d) + 7) % 7);
}

/**
 * Year inference: a day or month written without a year takes the issue year;
 * if that lands more than 31 days before the issue date, it means next year.
 */
function inferYear(issued: CalendarDate, make: (year: number) => CalendarDate | null): CalendarDate | null {
  const same = make(issued.year);
  if (same && toOrdinal(same) >= toOrdinal(issued) - 31) return same;
  return make(issued.year + 1) ?? same;
}

function endOfHalf(d: CalendarDate): CalendarDate {
  return d.month <= 6 ? endOfMonth(d.year, 6) : endOfMonth(d.year, 12);
}

function endOfPeriod(unit: string, issued: CalendarDate, offset: number): CalendarDate {
  switch (unit) {
    case "tuần":
      return addDays(mondayOf(issued), 6 + 7 * offset);
    case "tháng": {
      const m = addMonths(issued.year, issued.month, offset);
      return endOfMonth(m.year, m.month);
    }
    case "quý": {
      const q = quarterOf(issued) - 1 + offset;
      return endOfQuarter(issued.year + Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    default:
      return endOfMonth(issued.year + offset, 12);
  }
}

function ruleOf(unit: string): RecurrenceRule {
  return ({ tuần: "weekly", tháng: "monthly", quý: "quarterly", năm: "yearly" } as const)[
    unit.toLowerCase() as "tuần" | "tháng" | "quý" | "năm"
  ];
}

/** The first day on or after `issued` that is day `day` of some month (clamped days are not invented: skip months). */
function nextMonthlyDay(issued: CalendarDate, day: number): CalendarDate | null {
  for (let i = 0; i < 13; i++) {
    const m = addMonths(issued.year, issued.month, i);
    if (day <= daysInMonth(m.year, m.month)) {
      const c = { year: m.year, month: m.month, day };
      if (compareDates(c, issued) >= 0) return c;
    }
  }
  return null;
}

function nextYearlyDay(issued: CalendarDate, month: number, day: number): CalendarDate | null {
  for (let y = issued.year; y <= issued.year + 8; y++) {
    const c = { year: y, month, day };
    if (isValidDate(c) && compareDates(c, issued) >= 0) return c;
  }
  return null;
}

function nextQuarterlyDay(issued: CalendarDate, day: number, monthInQuarter: number): CalendarDate | null {
  for (let i = 0; i < 8; i++) {
    const q = quarterOf(issued) - 1 + i;
    const year = issued.year + Math.floor(q / 4);
    const month = (q % 4) * 3 + monthInQuarter;
    const c = { year, month, day };
    if (isValidDate(c) && compareDates(c, issued) >= 0) return c;
  }
  return null;
}

const EVENT_IS_DOCUMENT =
  /ban hành|ký|nhận được (?:văn bản|công văn|thông báo|kết luận|kế hoạch|quyết định|giấy mời|biên bản)(?: này)?|(?:văn bản|công văn|thông báo|kết luận|kế hoạch|quyết định|biên bản) này|cuộc họp|buổi làm việc|họp/iu;

// Scanner helpers live out here rather than as closures inside findDeadline, which runs for every paragraph.

function push(cands: Candidate[], m: RegExpExecArray, deadline: Deadline, weight: number): void {
  cands.push({ start: m.index, end: m.index + m[0].length, deadline: { ...deadline, raw: m[0].trim() }, weight });
}

/** A recurring deadline found by `m`, first due on `date` (null when the phrase names no day to count from). */
function pushRecurring(
  cands: Candidate[],
  m: RegExpExecArray,
  date: CalendarDate | null | undefined,
  rule: RecurrenceRule,
  time: string | undefined,
): void {
  push(cands, m, { raw: "", date: date ? toIso(date) : null, kind: "recurring", rule, ...(time ? { time } : {}) }, 6);
}

/**
 * The first "day D (of month M) of each month / quarter / year" on or after `from`. A quarter's month is the
 * named month's place in its quarter, the third when none is named; a yearly rule without a month has none.
 */
function firstRecurringDay(rule: RecurrenceRule, from: CalendarDate, day: number, month?: string): CalendarDate | null {
  if (rule === "monthly") return nextMonthlyDay(from, day);
  if (rule === "yearly") return month ? nextYearlyDay(from, +month, day) : null;
  return nextQuarterlyDay(from, day, month ? ((+month - 1) % 3) + 1 : 3);
}

function warnImpossible(warnings: DateWarning[], raw: string): void {
  if (!warnings.some((w) => w.raw === raw))
    warnings.push({
      code: "impossible-date",
      raw,
      message: `Ngày không có thật: "${raw}". Hãy kiểm tra lại văn bản; tiện ích không tự sửa ngày này. (Impossible date "${raw}": not shifted.)`,
    });
}

/** Resolves a day written as digits or words; records a warning when it does not exist. */
function resolveDay(
  issued: CalendarDate,
  warnings: DateWarning[],
  d: string,
  mo: string,
  y: string | undefined,
  raw: string,
): CalendarDate | null {
  const day = +d;
  const month = monthNumber(mo);
  if (!(month >= 1 && month <= 12) || day < 1 || day > 31) return null; // "1/500" is a scale, not a date
  const year = fullYear(y);
  if (year !== undefined) {
    const c = { year, month, day };
    if (!isValidDate(c)) {
      warnImpossible(warnings, raw);
      return null;
    }
    return c;
  }
  const c = inferYear(issued, (yy) => {
    const x = { year: yy, month, day };
    return isValidDate(x) ? x : null;
  });
  if (!c) warnImpossible(warnings, raw);
  return c;
}

function isCitation(text: string, m: RegExpExecArray): boolean {
  return RX_CITATION_TAIL.test(text.slice(Math.max(0, m.index - 60), m.index));
}

/** In a sentence a bare period ("tháng 6") is narrative; it needs a deadline word before it. */
function periodAllowed(mode: PhraseMode, trigger: string | undefined): boolean {
  return mode !== "text" || trigger !== undefined;
}

/** "trước <period>" ends the day before the period starts; the others end with the period. */
function periodEnd(trigger: string | undefined, start: CalendarDate, end: CalendarDate): CalendarDate {
  const t = (trigger ?? "").toLowerCase();
  if (/(?:^|\s)trước$/u.test(t)) return addDays(start, -1);
  return end;
}

// ---------------------------------------------------------------- scanner

/**
 * Finds the deadline phrase in a sentence, a table cell or a heading and resolves it to a calendar day.
 * Pure: the issue date comes in; the clock is never read. Impossible dates give a warning and no deadline.
 */
export function findDeadline(text: string, ctx: DeadlineContext): DeadlineScan {
  const warnings: DateWarning[] = [];
  if (!text) return { deadline: null, warnings };
  const digits = /\d/.test(text);
  if (!digits && !RX_HINT_WORDS.test(text)) return { deadline: null, warnings };
  const mode = ctx.mode ?? "text";
  const words = keywordsIn(text.toLowerCase());
  const issued = ctx.issued;
  const cands: Candidate[] = [];
  let m: RegExpExecArray | null;

  // Absolute days after a deadline word.
  if (digits && RX_DAY_TRIGGERED.core.test(text))
    for (RX_DAY_TRIGGERED.rx.lastIndex = 0; (m = nextMatch(RX_DAY_TRIGGERED.rx, text));) {
      const [, th, tm, , d1, mo1, y1, d2, mo2, y2] = m;
      const date = d1
        ? resolveDay(issued, warnings, d1, mo1, y1, m[0].trim())
        : resolveDay(issued, warnings, d2, mo2, y2, m[0].trim());
      if (!date) continue;
      const time = fmtTime(th, tm);
      push(cands, m, { raw: "", date: toIso(date), kind: "by", ...(time ? { time } : {}) }, 5);
    }
  if (mode === "cell") {
    if (digits && RX_DAY_BARE.core.test(text))
      for (RX_DAY_BARE.rx.lastIndex = 0; (m = nextMatch(RX_DAY_BARE.rx, text));) {
        if (isCitation(text, m)) continue;
        const [, th, tm, d1, mo1, y1, d2, mo2, y2] = m;
        const date = d1
          ? resolveDay(issued, warnings, d1, mo1, y1, m[0].trim())
          : resolveDay(issued, warnings, d2, mo2, y2, m[0].trim());
        if (!date) continue;
        const time = fmtTime(th, tm);
        push(cands, m, { raw: "", date: toIso(date), kind: "by", ...(time ? { time } : {}) }, 4);
      }
  }

  if (words.has("tháng") && RX_MONTH.core.test(text))
    for (RX_MONTH.rx.lastIndex = 0; (m = nextMatch(RX_MONTH.rx, text));) {
      const [, trig, mo, y1, y2] = m;
      if (!periodAllowed(mode, trig)) continue;
      const month = monthNumber(mo);
      if (!(month >= 1 && month <= 12)) continue;
      const t = (trig ?? "").toLowerCase();
      const make = (year: number): CalendarDate => {
        if (/đầu$/.test(t)) return { year, month, day: 10 };
        if (/giữa$/.test(t)) return { year, month, day: 20 };
        return periodEnd(trig, { year, month, day: 1 }, endOfMonth(year, month));
      };
      const year = fullYear(y1) ?? fullYear(y2);
      const date = year !== undefined ? make(year) : inferYear(issued, make);
      if (!date) continue;
      push(cands, m, { raw: "", date: toIso(date), kind: "within" }, 3);
    }

  if (words.has("quý") && RX_QUARTER.core.test(text))
    for (RX_QUARTER.rx.lastIndex = 0; (m = nextMatch(RX_QUARTER.rx, text));) {
      const [, trig, q1, more, y1, y2] = m;
      if (!periodAllowed(mode, trig)) continue;
      let q = quarterNumber(q1);
      if (more) for (const x of more.match(/IV|III|II|I|[1-4]/giu) ?? []) q = Math.max(q, quarterNumber(x));
      const first = quarterNumber(q1);
      const make = (year: number) =>
        periodEnd(trig, { year, month: (first - 1) * 3 + 1, day: 1 }, endOfQuarter(year, q));
      const year = fullYear(y1) ?? fullYear(y2);
      const date = year !== undefined ? make(year) : inferYear(issued, make);
      push(cands, m, { raw: "", date: toIso(date!), kind: "within" }, 3);
    }

  if (words.has("tháng") && RX_HALF.core.test(text))
    for (RX_HALF.rx.lastIndex = 0; (m = nextMatch(RX_HALF.rx, text));) {
      const [, trig, which, y] = m;
      if (!periodAllowed(mode, trig)) continue;
      const year = fullYear(y) ?? issued.year;
      const first = which.toLowerCase() === "đầu";
      const date = periodEnd(trig, { year, month: first ? 1 : 7, day: 1 }, endOfMonth(year, first ? 6 : 12));
      push(cands, m, { raw: "", date: toIso(date), kind: "within" }, 3);
    }

  if (words.has("năm") && digits && RX_YEAR.core.test(text))
    for (RX_YEAR.rx.lastIndex = 0; (m = nextMatch(RX_YEAR.rx, text));) {
      const [, trig, y] = m;
      if (mode === "heading" ? !trig : !periodAllowed(mode, trig)) continue;
      const t = (trig ?? "").toLowerCase();
      if (/đầu$|giữa$/.test(t)) continue; // "đầu năm 2027" names no clear end
      const year = +y;
      const date = periodEnd(trig, { year, month: 1, day: 1 }, endOfMonth(year, 12));
      push(cands, m, { raw: "", date: toIso(date), kind: "within" }, 2);
    }

  if (digits && mode !== "heading" && RX_YEAR_SPAN.core.test(text))
    for (RX_YEAR_SPAN.rx.lastIndex = 0; (m = nextMatch(RX_YEAR_SPAN.rx, text));) {
      const [, trig, y1, y2] = m;
      if (mode === "text" && !trig) continue;
      if (/[/\-.]/.test(text.charAt(m.index - 1)) || isCitation(text, m)) continue; // "số 12/2020-2021" is a number
      const first = +y1;
      const last = +y2;
      if (!(last > first && last - first <= 50)) continue; // "2020-2020" or a number pair is not a span
      push(cands, m, { raw: "", date: toIso(endOfMonth(last, 12)), kind: "within" }, 3);
    }

  if (words.has("năm") && RX_END_OF_YEAR.core.test(text))
    for (RX_END_OF_YEAR.rx.lastIndex = 0; (m = nextMatch(RX_END_OF_YEAR.rx, text));) {
      if (mode === "text" && !m[1]) continue; // "phân loại cuối năm" names the review, not a due date
      const date = m[2].toLowerCase() === "giữa" ? endOfMonth(issued.year, 6) : endOfMonth(issued.year, 12);
      push(cands, m, { raw: "", date: toIso(date), kind: "within" }, 2);
    }

  if ((words.has("này") || words.has("nay") || words.has("tới") || words.has("sau")) && RX_NAMED_PERIOD.core.test(text))
    for (RX_NAMED_PERIOD.rx.lastIndex = 0; (m = nextMatch(RX_NAMED_PERIOD.rx, text));) {
      const [, trig, unit, which] = m;
      const u = unit.toLowerCase();
      const w = which.toLowerCase();
      // "năm sau" alone is too often narrative; "tuần/tháng/quý tới|sau" are clear enough on their own.
      if (mode === "text" && !trig && (u === "năm" || w === "này" || w === "nay")) continue;
      const offset = w === "tới" || w === "sau" ? 1 : 0;
      push(cands, m, { raw: "", date: toIso(endOfPeriod(u, issued, offset)), kind: "within" }, 2);
    }

  if ((words.has("hôm nay") || words.has("mai")) && RX_TODAY.core.test(text))
    for (RX_TODAY.rx.lastIndex = 0; (m = nextMatch(RX_TODAY.rx, text));) {
      const tomorrow = /mai/iu.test(m[1]);
      push(cands, m, { raw: "", date: toIso(tomorrow ? addDays(issued, 1) : issued), kind: "by" }, 3);
    }

  if (words.has("thứ") || words.has("chủ nhật"))
    for (RX_WEEKDAY.lastIndex = 0; (m = nextMatch(RX_WEEKDAY, text));) {
      const [, , th, tm, wdName, week] = m;
      const wd = weekdayIndex(wdName);
      if (Number.isNaN(wd)) continue;
      let date: CalendarDate;
      if (week) {
        const w = week.toLowerCase();
        const monday = addDays(mondayOf(issued), w === "này" ? 0 : 7);
        date = addDays(monday, (wd + 6) % 7);
      } else date = nextWeekday(issued, wd);
      const time = fmtTime(th, tm);
      push(cands, m, { raw: "", date: toIso(date), kind: "by", ...(time ? { time } : {}) }, 3);
    }

  if (words.has("tuần") && RX_WEEKDAY_WEEK.core.test(text))
    for (RX_WEEKDAY_WEEK.rx.lastIndex = 0; (m = nextMatch(RX_WEEKDAY_WEEK.rx, text));) {
      const [, th, tm, wdName, week] = m;
      const wd = weekdayIndex(wdName);
      if (Number.isNaN(wd)) continue;
      const monday = addDays(mondayOf(issued), week.toLowerCase() === "này" ? 0 : 7);
      const time = fmtTime(th, tm);
      push(cands, m, { raw: "", date: toIso(addDays(monday, (wd + 6) % 7)), kind: "by", ...(time ? { time } : {}) }, 3);
    }

  if (words.has("tới"))
    for (RX_NEXT_SPAN.lastIndex = 0; (m = nextMatch(RX_NEXT_SPAN, text));) {
      const n = countNumber(m[1]);
      const unit = m[2].toLowerCase();
      let date: CalendarDate;
      if (unit === "ngày") date = addDays(issued, n);
      else if (unit === "tuần") date = addDays(issued, 7 * n);
      else {
        const x = addMonths(issued.year, issued.month, n);
        date = endOfMonth(x.year, x.month);
      }
      push(cands, m, { raw: "", date: toIso(date), kind: "within" }, 3);
    }

  if (words.has("ngày"))
    for (RX_RELATIVE.lastIndex = 0; (m = nextMatch(RX_RELATIVE, text));) {
      const n = countNumber(m[1]);
      if (!(n > 0)) continue;
      const working = !!m[2];
      const event = m[3];
      const fromDocument = !event || EVENT_IS_DOCUMENT.test(event);
      const date = fromDocument ? toIso(working ? addWorkingDays(issued, n) : addDays(issued, n)) : null;
      push(cands, m, { raw: "", date, kind: "relative" }, 4);
    }
  if (words.has("chậm nhất"))
    for (RX_BEFORE_EVENT.lastIndex = 0; (m = nextMatch(RX_BEFORE_EVENT, text));) {
      push(cands, m, { raw: "", date: null, kind: "relative" }, 4);
    }

  // Recurring work: the first due day on or after the issue date.
  if (words.has("định kỳ"))
    for (RX_RECUR_PERIODIC.lastIndex = 0; (m = nextMatch(RX_RECUR_PERIODIC, text));) {
      const [, months, unit, th, tm, wdName, dd, mm] = m;
      let rule: RecurrenceRule;
      let date: CalendarDate | null;
      if (months) {
        rule = /^(6|sáu)/iu.test(months) ? "semiannual" : "quarterly";
        date = rule === "semiannual" ? endOfHalf(issued) : endOfQuarter(issued.year, quarterOf(issued));
      } else {
        rule = ruleOf(unit);
        date = endOfPeriod(unit.toLowerCase(), issued, 0);
      }
      if (wdName && rule === "weekly") date = nextWeekday(issued, weekdayIndex(wdName));
      if (dd && (rule === "monthly" || rule === "quarterly" || (rule === "yearly" && mm)))
        date = firstRecurringDay(rule, issued, +dd, mm);
      pushRecurring(cands, m, date, rule, fmtTime(th, tm));
    }
  if (words.has("hằng") || words.has("hàng"))
    for (RX_RECUR_DAY.lastIndex = 0; (m = nextMatch(RX_RECUR_DAY, text));) {
      const [, th, tm, dd, mm, unit, fromYear] = m;
      // The first due day counts from the stated first year when it is later than the issue date.
      const start = fromYear && +fromYear > issued.year ? { year: +fromYear, month: 1, day: 1 } : issued;
      const rule = ruleOf(unit);
      pushRecurring(cands, m, firstRecurringDay(rule, start, +dd, mm), rule, fmtTime(th, tm));
    }
  if (words.has("hằng") || words.has("hàng"))
    for (RX_RECUR_YEAR_PAREN.lastIndex = 0; (m = nextMatch(RX_RECUR_YEAR_PAREN, text));) {
      const [, unit, dd, mm] = m;
      const rule = ruleOf(unit);
      const date =
        rule === "yearly" && mm
          ? nextYearlyDay(issued, +mm, +dd)
          : rule === "monthly"
            ? nextMonthlyDay(issued, +dd)
            : nextQuarterlyDay(issued, +dd, 3);
      pushRecurring(cands, m, date, rule, undefined);
    }
  if (mode === "cell") {
    if (words.has("hằng") || words.has("hàng"))
      for (RX_RECUR_BARE.lastIndex = 0; (m = nextMatch(RX_RECUR_BARE, text));) {
        const unit = m[1].toLowerCase();
        push(
          cands,
          m,
          { raw: "", date: toIso(endOfPeriod(unit, issued, 0)), kind: "recurring", rule: ruleOf(unit) },
          1,
        );
      }
  }

  if (words.has("thường xuyên") || words.has("liên tục"))
    for (RX_ONGOING.lastIndex = 0; (m = nextMatch(RX_ONGOING, text));) {
      push(cands, m, { raw: "", date: null, kind: "ongoing" }, 0);
    }

  // Any other impossible numeric date in the sentence is worth a warning too, deadline or not.
  if (digits)
    for (RX_ANY_DMY.lastIndex = 0; (m = nextMatch(RX_ANY_DMY, text));) {
      const c = { year: +m[3], month: +m[2], day: +m[1] };
      const raw = m[0];
      if (
        c.month >= 1 &&
        c.month <= 12 &&
        c.day >= 1 &&
        c.day <= 31 &&
        !isValidDate(c) &&
        !warnings.some((w) => w.raw.includes(raw))
      )
        warnImpossible(warnings, raw);
    }

  if (cands.length === 0) return { deadline: null, warnings };
  // Drop candidates swallowed by a heavier overlapping one, then take the first dated one, else the first.
  const kept = cands.filter(
    (c) =>
      !cands.some(
        (o) =>
          o !== c &&
          o.start < c.end &&
          c.start < o.end &&
          (o.weight > c.weight || (o.weight === c.weight && o.end - o.start > c.end - c.start)),
      ),
  );
  kept.sort((a, b) => a.start - b.start || b.weight - a.weight);
  const ongoing = kept.find((c) => c.deadline.kind === "ongoing");
  const best = kept.find((c) => c.deadline.kind !== "ongoing") ?? ongoing;
  return { deadline: best ? best.deadline : null, warnings };
}
