/** Scanners for repeated and ongoing work: "định kỳ hằng quý", "trước ngày 18 hằng tháng", "thường xuyên" … */
import { CalendarDate, addDays, addWorkingDays, compareDates, endOfQuarter, quarterOf, toIso } from "./calendar";
import { UPPER_CHARS } from "../text";
import { COUNT, E, TIME, WEEKDAY, countNumber, fmtTime, weekdayIndex } from "./lexicon";
import {
  addMonthsToDay,
  endOfHalf,
  endOfPeriod,
  firstRecurringDay,
  nextLastWorkingDay,
  nextMonthlyDay,
  nextQuarterlyDay,
  nextWeekday,
  nextYearlyDay,
  nthWeekdayOfMonth,
  ruleOf,
} from "./periods";
import { addMonths } from "./calendar";
import { Scan, matches, push, re } from "./scan";
import type { RecurrenceRule } from "./deadline";

/** "định kỳ 06 tháng", "định kỳ tối đa 06 tháng" (at least that often), "định kỳ hằng quý, hằng năm (trước ngày 15/12)". */
const RX_RECUR_PERIODIC = re(
  `định\\s+kỳ\\s+(?:(?:(?:tối\\s+đa|không\\s+quá)\\s+)?((?:0?6|sáu|0?3|ba)\\s+tháng)|\\(?\\s*(?:hằng|hàng)\\s+(tuần|tháng|quý|năm)\\s*\\)?)(?:\\s*(?:,|và)\\s*(?:(?:hằng|hàng)\\s+(?:tuần|tháng|quý|năm)|(?:0?6|sáu)\\s+tháng))*(?:\\s*,?\\s*(?:trước|vào|chậm\\s+nhất)\\s+(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?${WEEKDAY})?(?:\\s*,?\\s*\\(?\\s*(?:trước|vào)\\s+ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?\\s*\\)?)?`,
);
/** "… kể từ ngày Nghị quyết này có hiệu lực (thi hành)", "… kể từ ngày Quyết định này được ban hành". */
const RX_FROM_THIS_DOCUMENT =
  /^\s*,?\s*(?:kể|tính)\s+từ\s+ngày\s+(?:[^\s,.;]+\s+){1,3}?này\s+(?:có\s+hiệu\s+lực|(?:được\s+)?ban\s+hành|(?:được\s+)?ký)/iu;
/** "… hằng năm kể từ năm 2027": the repetition starts in that year, not at the issue date. */
const FROM_YEAR = `(?:\\s*,?\\s*(?:kể\\s+từ|bắt\\s+đầu\\s+từ|tính\\s+từ|từ)\\s+năm\\s+(\\d{4})${E})?`;
/**
 * "trước ngày 18 hằng tháng", "hạn cuối ngày 15 tháng 12 hàng năm", "trước ngày 01/6 và 15/11 hằng năm", "trước ngày 15
 * tháng 6 và 15 tháng 12 hằng năm" (more days), and
 * a Party cell's rule: "vào buổi sáng ngày 01 của tháng", "trong cùng ngày 01 hàng tháng", "ngày 03 mỗi tháng".
 */
const RX_RECUR_DAY = re(
  `(?:trước|vào|trong(?:\\s+cùng)?|chậm\\s+nhất(?:\\s+là)?|hạn\\s+(?:cuối|chót)(?:\\s+là)?)\\s+(?:${TIME}\\s*,?\\s*)?(?:buổi\\s+(?:sáng|chiều|tối)\\s+)?ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?((?:\\s*(?:,|và)\\s*(?:ngày\\s+)?\\d{1,2}(?:\\s*(?:/|tháng)\\s*\\d{1,2})?)*)\\s+(?:hằng\\s+|hàng\\s+|mỗi\\s+|của\\s+(?:mỗi\\s+)?)(tháng|năm|quý)${E}(?!\\s*(?:\\d|sau|tới|này|trước))${FROM_YEAR}`,
);
/**
 * "…; ngày 25 hằng tháng báo cáo kết quả về Bộ …", "Ngày 25 hằng tháng, các đơn vị gửi …": the day of each month said
 * alone at a clause's start (RX_RECUR_DAY needs "trước", "vào" …). Inside a clause ("tính đến ngày 25 hằng tháng") it
 * is no due day: scanRecurringDays tests what stands before it.
 */
const RX_RECUR_DAY_BARE = re(
  `ngày\\s+(\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+(tháng|quý)${E}(?!\\s*(?:\\d|sau|tới|này|trước))`,
);
const RX_CLAUSE_START = /(?:^|[;:,]\s*)$/u;
const RX_RECUR_PAREN = re(
  `(?:hằng|hàng)\\s+(năm|tháng|quý)\\s*\\(\\s*(?:trước|vào)\\s+ngày\\s+(\\d{1,2})(?:\\s*(?:/|tháng)\\s*(\\d{1,2}))?\\s*\\)`,
);
const RX_RECUR_BARE = re(`(?:định\\s+kỳ\\s+)?(?:hằng|hàng)\\s+(tuần|tháng|quý|năm)${E}`);
/** "trước 16 giờ hằng tuần": weekly, due at the end of the issue date's week. */
const RX_WEEKLY_TIME = re(
  `(?:trước|vào|chậm\\s+nhất)\\s+${TIME}\\s*,?\\s*(?:(?:các\\s+)?ngày\\s+)?(?:hằng|hàng)\\s+tuần${E}`,
);
/**
 * "trước 15:00 ngày thứ Sáu hàng tuần", "vào chiều thứ Năm hằng tuần", "Định kỳ thứ Hai hàng tuần": weekly, first due
 * on the named weekday on or after the issue date (a clock time may be written "15:00" as well as "15 giờ"). Only after a
 * word that times work: "Chương trình phát thanh thứ Bảy hàng tuần" names a programme.
 */
const RX_WEEKLY_WEEKDAY = re(
  `(?:trước|vào|chậm\\s+nhất(?:\\s+là)?|định\\s+kỳ)\\s+(?:(?:${TIME}|(\\d{1,2}):(\\d{2}))\\s*,?\\s*)?(?:(?:buổi\\s+)?(?:sáng|chiều|tối)\\s+)?(?:(?:các\\s+)?ngày\\s+)?${WEEKDAY}\\s+(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+tuần${E}`,
);
/**
 * A report due some days after each period closes: "chậm nhất sau khi kết thúc quý 15 ngày", "trong vòng 10 ngày kể từ
 * ngày kết thúc tháng", "05 ngày làm việc sau khi kết thúc năm". Not a named period ("kết thúc quý I/2026"): that is
 * one day, read elsewhere.
 */
const PERIOD_CLOSES = `(?:sau\\s+khi|sau|kể\\s+từ(?:\\s+(?:ngày|khi))?)\\s+(?:kết\\s+thúc|hết)\\s+(tháng|quý|năm)${E}(?!\\s*(?:[IVX]+${E}|\\d+\\s*[/-]|này|trước|sau|tới))`;
const DAYS = `${COUNT}\\s+ngày(\\s+làm\\s+việc)?${E}`;
const RX_AFTER_PERIOD_CLOSES = re(`${PERIOD_CLOSES}\\s*,?\\s*(?:là\\s+)?${DAYS}|${DAYS}\\s*,?\\s*${PERIOD_CLOSES}`);

/** "thứ Sáu tuần thứ 2 và tuần thứ 4 hằng tháng": monthly, on the first of the named days. */
const RX_TWICE_MONTHLY = re(
  `${WEEKDAY}\\s+(?:của\\s+)?tuần\\s+thứ\\s+([1-5])((?:\\s*(?:,|và)\\s*(?:tuần\\s+thứ\\s+)?[1-5])*)\\s+(?:của\\s+)?(?:hằng|hàng)\\s+tháng${E}`,
);
/** "Định kỳ" with no period: recurring, no rule, no day. Not the adjective of a noun ("kiểm toán định kỳ"). */
const RX_PERIODIC_ALONE = re(`định\\s+kỳ${E}(?!\\s+(?:6|sáu|3|ba|hằng|hàng|tháng|quý|năm|tuần)${E})`);
const RX_PERIODIC_ALONE_BEFORE = /(?:^|[,;:.(]\s*|theo\s+|hoặc\s+)$/iu;
const RX_PERIODIC_ALONE_AFTER =
  /^\s+(?:báo\s+cáo|tổng\s+hợp|gửi|cập\s+nhật|kiểm\s+tra|rà\s+soát|sơ\s+kết|tổng\s+kết|hoặc)/iu;
/** "… bắt đầu từ tháng 01/2026": the first period of a repetition, within the same sentence. */
const RX_START =
  /^[^.;]{0,120}?(?:bắt\s+đầu\s+|kể\s+|tính\s+)?từ\s+(?:tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})|năm\s+(\d{4}))/iu;
/** Bare "hằng năm" in a sentence counts only for work that is reported, entered or summed up … */
const RX_REPORT_VERB = /(?:báo\s+cáo|gửi|nộp|cập\s+nhật|nhập\s+(?:dữ|số)\s+liệu|sơ\s+kết|tổng\s+kết)\s/iu;
/** A report named after a preposition is a document, not the work: "lồng ghép … trong báo cáo công tác … hằng năm". */
const RX_REPORT_AS_NOUN = /(?:trong|vào|của|tại|theo|với)\s+$/iu;
/** … and never as part of a noun: "kế hoạch hằng năm", "ngân sách hằng năm", "chi thường xuyên". */
const RX_NOUN_BEFORE_RECUR =
  /(?:kế\s+hoạch|ngân\s+sách|nghị\s+quyết|chương\s+trình|dự\s+toán|chi|thi\s+đua|khen\s+thưởng|phân\s+loại|lịch|vốn|kinh\s+phí|chỉ\s+tiêu|công\s+tác|giao\s+ban|cán\s+bộ)\s+$/iu;
const RX_SENTENCE_END = new RegExp(`\\.\\s+(?=[${UPPER_CHARS}])`, "u");
const RX_ONGOING = re(`(thường\\s+xuyên(?:\\s*,\\s*liên\\s+tục)?|liên\\s+tục)${E}`);
/**
 * "thường xuyên" of a budget line, of people or of a delegation is no timing: "chi thường xuyên", "thành viên thường
 * xuyên", "tổ chức các đoàn kiểm tra thường xuyên và đột xuất" (a kind of team; "kiểm tra thường xuyên, đột xuất việc …"
 * still times the checking); nor is "Trung tâm Giáo dục thường xuyên", a centre's name.
 */
const RX_NOT_ONGOING_BEFORE =
  /(?:đoàn\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|công\s+tác)|tự\s+động|bồi\s+dưỡng|chi|kinh\s+phí|nguồn|lực\s+lượng|thành\s+viên|đối\s+tượng|người|khách|đại\s+biểu|ủy\s+viên|uỷ\s+viên|cán\s+bộ|hoạt\s+động|giáo\s+dục)\s+$/iu;

function before(scan: Scan, at: number, chars = 40): string {
  return scan.text.slice(Math.max(0, at - chars), at);
}

function pushRecurring(
  scan: Scan,
  m: RegExpExecArray,
  date: CalendarDate | null,
  rule: RecurrenceRule | null,
  time?: string,
  weight = 6,
): void {
  push(scan, m, { raw: "", date: date && toIso(date), kind: "recurring", rule, ...(time ? { time } : {}) }, weight);
}

/** The first day of the period a "bắt đầu từ …" after the match names, when it is later than the issue date. */
function startAfter(scan: Scan, end: number): CalendarDate {
  const s = RX_START.exec(scan.text.slice(end, end + 160));
  if (!s) return scan.issued;
  const start = s[3] ? { year: +s[3], month: 1, day: 1 } : { year: +s[2], month: +s[1], day: 1 };
  return start.month >= 1 && start.month <= 12 && compareDates(start, scan.issued) > 0 ? start : scan.issued;
}

/**
 * "…; trên cơ sở kết quả đánh giá cán bộ định kỳ hằng năm của cấp có thẩm quyền để tổng hợp …": a cadence inside the
 * grounds the work rests on times those grounds, not the work.
 */
const RX_GROUNDS_OPEN = /(?:^|\s)(?:trên\s+cơ\s+sở|căn\s+cứ(?:\s+vào)?)\s[^,.;:]*$/iu;
function inGrounds(scan: Scan, at: number): boolean {
  return scan.mode === "text" && RX_GROUNDS_OPEN.test(before(scan, at, 100));
}

export function scanPeriodic(scan: Scan): void {
  if (!scan.words.has("định kỳ")) return;
  for (const m of matches(RX_RECUR_PERIODIC, scan.text)) {
    if (inGrounds(scan, m.index)) continue;
    const [, months, unit, th, tm, wdName, dd, mm] = m;
    const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const from = startAfter(scan, m.index + m[0].length);
    let rule: RecurrenceRule;
    let date: CalendarDate | null;
    if (months) {
      rule = /^(?:0?6|sáu)/iu.test(months) ? "semiannual" : "quarterly";
      date = rule === "semiannual" ? endOfHalf(from) : endOfQuarter(from.year, quarterOf(from));
      // "Định kỳ 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành": counted from the document (spec: months
      // counted from the document add to the issue date).
      if (RX_FROM_THIS_DOCUMENT.test(after)) date = addMonthsToDay(scan.issued, rule === "semiannual" ? 6 : 3);
    } else {
      rule = ruleOf(unit);
      date = endOfPeriod(unit.toLowerCase(), from, 0);
    }
    if (wdName && rule === "weekly") date = nextWeekday(from, weekdayIndex(wdName));
    // "định kỳ hằng quý (trước ngày 05 của tháng đầu quý sau)": the day of a named month of the quarter is read by
    // scanQuarterDays; this match would stop short at the day.
    if (dd && !mm && RX_MONTH_OF_QUARTER_NEXT.test(after)) continue;
    // "định kỳ hàng quý (trước ngày 15 của tháng kế tiếp)": that day of the month after the period closes.
    const monthAfter = dd && !mm && RX_MONTH_AFTER_NEXT.test(after);
    if (monthAfter && date && (rule === "monthly" || rule === "quarterly"))
      date = addMonthsToDay({ ...date, day: +dd }, 1);
    else if (dd && (rule === "monthly" || rule === "quarterly" || (rule === "yearly" && mm)))
      date = firstRecurringDay(rule, from, +dd, mm);
    // "định kỳ 06 tháng (trước ngày 20 tháng 6 hằng năm)": the day the text names, in its next year.
    if (dd && mm && rule === "semiannual") date = firstRecurringDay("yearly", from, +dd, mm);
    pushRecurring(scan, m, date, rule, fmtTime(th, tm));
  }
  for (const m of matches(RX_PERIODIC_ALONE, scan.text)) {
    const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const opens = RX_PERIODIC_ALONE_BEFORE.test(before(scan, m.index, 8));
    if (!opens && !RX_PERIODIC_ALONE_AFTER.test(after)) continue;
    if (opens && closesPaymentLike(scan, m, after)) continue;
    pushRecurring(scan, m, null, null, undefined, 0.5);
  }
}

/**
 * "… thực hiện chi trả thông qua tài khoản ngân hàng theo định kỳ.": a closing "theo định kỳ" in a clause that reports
 * nothing describes the thing paid or done, not when the task recurs ("báo cáo … theo định kỳ." still does).
 */
function closesPaymentLike(scan: Scan, m: RegExpExecArray, after: string): boolean {
  if (!/theo\s+$/iu.test(before(scan, m.index, 8)) || !/^\s*[.;]?\s*$/.test(after)) return false;
  const clause = before(scan, m.index, 160).split(/[.;:]/).pop() ?? "";
  return !reportedWork(clause);
}

/** "… ngày 01 của tháng", "… ngày 03 mỗi tháng", "vào thứ Hai mỗi tuần": a repetition without "hằng". */
const RX_OF_EACH = /(?:của|mỗi)\s+tháng|mỗi\s+tuần/iu;

/**
 * "(trước ngày 20 tháng cuối quý)", "trước ngày 15 của tháng cuối cùng hàng quý", "Trước ngày cuối cùng của tháng đầu
 * mỗi quý", "Trước ngày 10 tháng đầu tiên các quý": quarterly, on that day of the named month of each quarter (not
 * "tháng đầu quý III", one quarter).
 */
const RX_QUARTER_MONTH_DAY = re(
  `(?:(?:trước|vào|chậm\\s+nhất(?:\\s+là)?)\\s+)?ngày\\s+(\\d{1,2}|cuối(?:\\s+cùng)?)\\s+(?:của\\s+)?tháng\\s+(đầu(?:\\s+tiên)?|thứ\\s+(?:hai|2)|cuối(?:\\s+cùng)?)\\s+(?:của\\s+)?(?:(?:hằng|hàng|mỗi|các)\\s+)?quý${E}(?!\\s*(?:[IVX]+|\\d))`,
);
const RX_MONTH_OF_QUARTER_NEXT = /^\s*(?:của\s+)?tháng\s+(?:đầu|thứ|cuối)/iu;
/** "định kỳ hàng quý (trước ngày 15 của tháng kế tiếp)": that day of the month after each period closes. */
const RX_MONTH_AFTER_NEXT = /^\s*(?:của\s+)?tháng\s+(?:kế\s+tiếp|tiếp\s+theo|sau)(?=[\s,.;)]|$)/iu;
/** "Trong 15 ngày đầu mỗi quý": quarterly, due on that day of each quarter's first month. */
const RX_QUARTER_FIRST_DAYS = re(
  `(?:trong|trước)\\s+(\\d{1,2})\\s+ngày\\s+đầu(?:\\s+tiên)?\\s+(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+quý${E}`,
);
/**
 * "Chậm nhất ngày cuối cùng của tháng, báo cáo …", "Định kỳ vào ngày làm việc cuối cùng của tháng hoặc …": monthly, on
 * each month's last (working) day; not "… của tháng thôi phục vụ" (the month an event falls in).
 */
const RX_MONTH_LAST_DAY = re(
  `(?:trước|vào|chậm\\s+nhất(?:\\s+là)?)\\s+ngày\\s+(làm\\s+việc\\s+)?cuối(?:\\s+cùng)?\\s+(?:của\\s+)?(?:(?:hằng|hàng|mỗi)\\s+)?tháng(?=\\s*(?:[,.;:)]|$|(?:hoặc|và)\\s))`,
);

function monthInQuarter(word: string): number {
  return /^đầu/iu.test(word) ? 1 : /^thứ/iu.test(word) ? 2 : 3;
}

function scanQuarterDays(scan: Scan): void {
  if (!scan.words.has("quý")) return;
  for (const m of matches(RX_QUARTER_MONTH_DAY, scan.text)) {
    const day = /^\d/.test(m[1]) ? +m[1] : 0;
    pushRecurring(scan, m, nextQuarterlyDay(scan.issued, day, monthInQuarter(m[2])), "quarterly");
  }
  for (const m of matches(RX_QUARTER_FIRST_DAYS, scan.text))
    pushRecurring(scan, m, nextQuarterlyDay(scan.issued, +m[1], 1), "quarterly");
}

function scanMonthLastDay(scan: Scan): void {
  if (!/cuối/iu.test(scan.text)) return;
  for (const m of matches(RX_MONTH_LAST_DAY, scan.text))
    pushRecurring(scan, m, m[1] ? nextLastWorkingDay(scan.issued) : nextMonthlyDay(scan.issued, 0), "monthly");
}

/**
 * "Hằng năm, tổng hợp, báo cáo … trước ngày 30 tháng 01 của năm sau": a yearly report due on a day of the next year,
 * with its cadence anywhere in the sentence. Without a cadence "… của năm sau" is one day, read elsewhere.
 */
const RX_YEARLY = /(?:^|[\s,(])(?:h[ằà]ng|mỗi)\s+năm(?=[\s,.;)]|$)/iu;
const RX_NEXT_YEAR_DAY = re(
  `(?:trước|chậm\\s+nhất(?:\\s+là)?|vào|trong)\\s+ngày\\s+(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})\\s+(?:của\\s+)?năm\\s+(?:sau|tiếp\\s+theo|kế\\s+tiếp)${E}`,
);
function scanNextYearDay(scan: Scan): void {
  if (scan.text.indexOf("năm") < 0 || !RX_YEARLY.test(scan.text)) return;
  for (const m of matches(RX_NEXT_YEAR_DAY, scan.text))
    pushRecurring(scan, m, firstRecurringDay("yearly", scan.issued, +m[1], m[2]), "yearly");
}

export function scanRecurringDays(scan: Scan): void {
  scanQuarterDays(scan);
  scanMonthLastDay(scan);
  scanNextYearDay(scan);
  if (!(scan.words.has("hằng") || scan.words.has("hàng") || RX_OF_EACH.test(scan.text))) return;
  for (const m of matches(RX_RECUR_DAY, scan.text)) {
    const [, th, tm, dd, mm, more, unit, fromYear] = m;
    // The first due day counts from the stated first year when it is later than the issue date.
    const start = fromYear && +fromYear > scan.issued.year ? { year: +fromYear, month: 1, day: 1 } : scan.issued;
    const rule = ruleOf(unit);
    pushRecurring(scan, m, earliestDay(rule, start, [[dd, mm], ...dayList(more)]), rule, fmtTime(th, tm));
  }
  for (const m of matches(RX_RECUR_DAY_BARE, scan.text)) {
    if (!RX_CLAUSE_START.test(before(scan, m.index, 4))) continue;
    const rule = ruleOf(m[2]);
    const date = rule === "monthly" ? nextMonthlyDay(scan.issued, +m[1]) : nextQuarterlyDay(scan.issued, +m[1], 3);
    pushRecurring(scan, m, date, rule);
  }
  for (const m of matches(RX_RECUR_PAREN, scan.text)) {
    const [, unit, dd, mm] = m;
    const rule = ruleOf(unit);
    const date =
      rule === "yearly" && mm
        ? nextYearlyDay(scan.issued, +mm, +dd)
        : rule === "monthly"
          ? nextMonthlyDay(scan.issued, +dd)
          : nextQuarterlyDay(scan.issued, +dd, 3);
    pushRecurring(scan, m, date, rule);
  }
  for (const m of matches(RX_WEEKLY_TIME, scan.text))
    pushRecurring(scan, m, endOfPeriod("tuần", scan.issued, 0), "weekly", fmtTime(m[1], m[2]));
  for (const m of matches(RX_WEEKLY_WEEKDAY, scan.text)) {
    const [, th, tm, ch, cm, wd] = m;
    pushRecurring(scan, m, nextWeekday(scan.issued, weekdayIndex(wd)), "weekly", fmtTime(th ?? ch, tm ?? cm));
  }
  for (const m of matches(RX_TWICE_MONTHLY, scan.text)) {
    const wd = weekdayIndex(m[1]);
    const weeks = [m[2], ...(m[3].match(/[1-5]/g) ?? [])].map(Number);
    pushRecurring(scan, m, firstNthWeekday(scan.issued, wd, weeks), "monthly");
  }
  scanBareRecurrence(scan);
}

export function scanAfterPeriodCloses(scan: Scan): void {
  if (!scan.words.has("ngày") || !/kết\s+thúc|hết\s/iu.test(scan.text)) return;
  for (const m of matches(RX_AFTER_PERIOD_CLOSES, scan.text)) {
    const [, unit1, count1, working1, count2, working2, unit2] = m;
    const unit = (unit1 ?? unit2).toLowerCase();
    const n = countNumber(count1 ?? count2);
    if (!(n > 0 && n <= 90)) continue;
    pushRecurring(scan, m, dueAfterClose(scan.issued, unit, n, (working1 ?? working2) !== undefined), ruleOf(unit));
  }
}

/**
 * N (working) days after a period closes, the first such day on or after the issue date: the period just closed may
 * still be open for its report.
 */
function dueAfterClose(issued: CalendarDate, unit: string, n: number, working: boolean): CalendarDate {
  const after = (end: CalendarDate) => (working ? addWorkingDays(end, n) : addDays(end, n));
  const last = after(endOfPeriod(unit, issued, -1));
  return compareDates(last, issued) >= 0 ? last : after(endOfPeriod(unit, issued, 0));
}

/**
 * "Trong thời hạn 10 ngày làm việc đầu tháng, báo cáo …", "trong 15 ngày làm việc đầu tiên của tháng tiếp theo": each
 * month, by its N-th (working) day; the first due day on or after the issue date, as for a period that closes.
 */
const RX_FIRST_DAYS_OF_MONTH = re(
  `(?:trong|chậm\\s+nhất)\\s+(?:thời\\s+hạn\\s+|vòng\\s+)?${COUNT}\\s+ngày(\\s+làm\\s+việc)?\\s+đầu(?:\\s+tiên)?\\s+(?:của\\s+)?(?:mỗi\\s+|hằng\\s+|hàng\\s+)?tháng${E}(?:\\s+(?:tiếp\\s+theo|sau|kế\\s+tiếp)${E})?`,
);
export function scanFirstDaysOfMonth(scan: Scan): void {
  if (!scan.words.has("ngày") || scan.text.indexOf("đầu") < 0) return;
  for (const m of matches(RX_FIRST_DAYS_OF_MONTH, scan.text)) {
    const n = countNumber(m[1]);
    if (!(n > 0 && n <= 25)) continue;
    // The N-th day of a month is N days after the month before it closes.
    pushRecurring(scan, m, dueAfterClose(scan.issued, "tháng", n, m[2] !== undefined), "monthly");
  }
}

/** "và 15/11", "và 15 tháng 12", ", 20" after the first day of a repetition: each [day, month?]. */
function dayList(more: string | undefined): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  const rx = /(\d{1,2})(?:\s*(?:\/|tháng)\s*(\d{1,2}))?/gu;
  for (let m = rx.exec(more ?? ""); m; m = rx.exec(more ?? "")) out.push([m[1], m[2]]);
  return out;
}

/** The earliest first due day among several days of the same repetition. */
function earliestDay(
  rule: RecurrenceRule,
  from: CalendarDate,
  days: [string, string | undefined][],
): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const [d, mo] of days) {
    const c = firstRecurringDay(rule, from, +d, mo);
    if (c && (!best || compareDates(c, best) < 0)) best = c;
  }
  return best;
}

/** The first of the n-th weekdays (each n in `weeks`) of a month, on or after `from`. */
function firstNthWeekday(from: CalendarDate, wd: number, weeks: number[]): CalendarDate | null {
  for (let i = 0; i < 3; i++) {
    const { year, month } = addMonths(from.year, from.month, i);
    const days = weeks
      .map((n) => nthWeekdayOfMonth(year, month, wd, n))
      .filter((d): d is CalendarDate => d !== null && compareDates(d, from) >= 0)
      .sort(compareDates);
    if (days.length) return days[0];
  }
  return null;
}

/** Every report word of a clause, in order: compiled once, not for each "hằng …" read. */
const RX_REPORT_VERBS = new RegExp(RX_REPORT_VERB.source, "giu");

/**
 * The clause reports or sums up work: its last run of report words ("báo cáo tổng kết") is a verb, not a document
 * named after a preposition.
 */
function reportedWork(clause: string): boolean {
  const rx = RX_REPORT_VERBS;
  rx.lastIndex = 0;
  const found: { start: number; end: number }[] = [];
  for (let m = rx.exec(clause); m; m = rx.exec(clause)) found.push({ start: m.index, end: m.index + m[0].length });
  let k = found.length - 1;
  if (k < 0) return false;
  while (k > 0 && found[k - 1].end === found[k].start) k--;
  return !RX_REPORT_AS_NOUN.test(clause.slice(Math.max(0, found[k].start - 8), found[k].start));
}

/**
 * "Hằng năm, tổ chức kiểm tra …" opens the sentence; "Tổ chức tập huấn … cho giáo viên hằng năm." closes it: either way
 * it times the sentence's work, not a noun inside it.
 */
function timesTheSentence(scan: Scan, m: RegExpExecArray, clause: string): boolean {
  if (m.index === 0 && /^\s*,/.test(scan.text.slice(m[0].length))) return true;
  // "…. Hằng năm hoặc đột xuất báo cáo kết quả …": a later sentence that opens with it and then its work.
  const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  if (!clause.trim() && RX_WORK_AFTER.test(after)) return true;
  // "Kiểm toán nhà nước hằng năm thực hiện kiểm toán …": between a short subject and its work (not "Việc lập dự toán
  // ngân sách hằng năm thực hiện theo …", a document's cadence).
  if (RX_WORK_AFTER.test(after) && isShortSubject(clause) && !RX_DOCUMENT_IN_CLAUSE.test(clause)) return true;
  return (
    clause.length > 0 &&
    !RX_DOCUMENT_IN_CLAUSE.test(clause) &&
    /^\s*(?:\.\s*)?$/.test(scan.text.slice(m.index + m[0].length))
  );
}
/** A body's name alone before a cadence: a few words, no comma, no time ("Tháng 6 hằng năm, …" is read as a day). */
function isShortSubject(clause: string): boolean {
  const t = clause.trim();
  return t !== "" && t.indexOf(",") < 0 && !/\d/.test(t) && t.split(/\s+/).length <= 8;
}
/**
 * The work right after an opening "Hằng năm" (past "hoặc đột xuất"): reporting, reviewing, holding, drawing up, leading
 * or joining ("Hằng năm xây dựng kế hoạch, dự toán kinh phí … trình …", "Hằng năm lập dự toán …", "Hằng năm phối hợp
 * với Sở Tài chính, rà soát …").
 */
const RX_WORK_AFTER =
  /^\s*(?:,|(?:hoặc\s+đột\s+xuất\s*,?\s*)?(?:báo\s+cáo|tổ\s+chức|rà\s+soát|tiến\s+hành|kiểm\s+tra|tổng\s+hợp|đánh\s+giá|cập\s+nhật|gửi|xây\s+dựng|lập|triển\s+khai|thực\s+hiện|phối\s+hợp|chủ\s+trì|đề\s+xuất|tham\s+mưu)\s)/iu;
/** A closing "hằng năm" after a document's name times the document: "xây dựng Kế hoạch cải cách hành chính hằng năm". */
const RX_DOCUMENT_IN_CLAUSE =
  /(?:kế\s+hoạch|chương\s+trình|báo\s+cáo|dự\s+toán|ngân\s+sách|nghị\s+quyết|đề\s+án|quy\s+hoạch|chỉ\s+tiêu)\s/iu;

/** "Hằng năm" alone: the rule of a deadline cell; in a sentence only for reported work ("báo cáo … hằng năm"). */
function scanBareRecurrence(scan: Scan): void {
  for (const m of matches(RX_RECUR_BARE, scan.text)) {
    if (scan.mode === "text") {
      const clause = before(scan, m.index, 120).split(/[.;:]/).pop() ?? "";
      if (RX_NOUN_BEFORE_RECUR.test(clause)) continue;
      if (!(reportedWork(clause) || timesTheSentence(scan, m, clause))) continue;
    } else if (scan.mode !== "cell") continue;
    const unit = m[1].toLowerCase();
    pushRecurring(scan, m, endOfPeriod(unit, scan.issued, 0), ruleOf(unit), undefined, 1);
  }
}

/** How far into a sentence "thường xuyên" still times the work it opens ("Tăng cường …, kiểm tra thường xuyên"). */
const ONGOING_REACH = 80;

/**
 * "Thường xuyên kiểm tra …": ongoing work. In a sentence only near its start, where it times the main work; later it
 * describes something else ("… Bảo đảm việc cập nhật thường xuyên …", "… cấp nước đảm bảo liên tục").
 */
export function scanOngoing(scan: Scan): void {
  if (!(scan.words.has("thường xuyên") || scan.words.has("liên tục"))) return;
  const sentenceEnd = scan.text.search(RX_SENTENCE_END);
  const reach = scan.mode !== "text" ? Infinity : Math.min(ONGOING_REACH, sentenceEnd < 0 ? Infinity : sentenceEnd);
  for (const m of matches(RX_ONGOING, scan.text)) {
    if (m.index > reach) break;
    if (!RX_NOT_ONGOING_BEFORE.test(before(scan, m.index, 20)))
      push(scan, m, { raw: "", date: null, kind: "ongoing" }, 0);
  }
}
