/** Scanners for days counted from the issue date: "tuần sau", "ngày mai", "thứ năm tuần tới", "trong 10 ngày" … */
import { CalendarDate, addDays, addMonths, addWorkingDays, endOfMonth, toIso } from "./calendar";
import { COUNT, E, TIME, WEEKDAY, countNumber, fmtTime, weekdayIndex } from "./lexicon";
import { addMonthsToDay, endOfPeriod, mondayOf, nextWeekday } from "./periods";
import type { Deadline } from "./deadline";
import { Scan, gated, matches, push, re } from "./scan";

const RX_NAMED_PERIOD = gated(
  `(?:(trong|trước|cuối|đầu|vào|ngay\\s+trong)\\s+)?`,
  `(tuần|tháng|quý|năm)\\s+(này|nay|tới|sau|tiếp\\s+theo)${E}`,
);
const RX_TODAY = gated(`(?:(?:ngay\\s+)?trong\\s+)?(?:ngày\\s+)?`, `(hôm\\s+nay|ngày\\s+mai)${E}`);
const RX_WEEKDAY = re(
  `(trước|vào|chậm\\s+nhất(?:\\s+là)?(?:\\s+vào)?|hạn|trong)\\s+(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?${WEEKDAY}(?:\\s+tuần\\s+(này|tới|sau))?`,
);
const RX_WEEKDAY_WEEK = gated(`(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+)?`, `${WEEKDAY}\\s+tuần\\s+(này|tới|sau)${E}`);
const RX_NEXT_SPAN = re(`trong\\s+(?:vòng\\s+)?${COUNT}\\s+(ngày|tuần|tháng)\\s+tới${E}`);
/** COUNT without its capture, for a lookahead. */
const COUNT_NC = COUNT.replace(/^\(/, "(?:");
/**
 * "trong thời hạn 05 ngày làm việc kể từ ngày …", "trong 03 tháng kể từ ngày ban hành …", and "chậm nhất (là) 05 ngày
 * làm việc kể từ ngày ban hành Quyết định" (only with its start: "chậm nhất 05 ngày" alone is read elsewhere). Not
 * "trong 3 ngày Tết", "trong 5 ngày nghỉ lễ": the days of a holiday, not a count from the document.
 */
const RX_RELATIVE = re(
  `(?:trong\\s+(?:thời\\s+hạn\\s+|vòng\\s+|thời\\s+gian\\s+)?|chậm\\s+nhất\\s+(?:là\\s+)?(?=${COUNT_NC}\\s+(?:ngày|tháng)(?:\\s+làm\\s+việc)?\\s*,?\\s*(?:kể|tính)\\s+từ))${COUNT}\\s+(ngày|tháng)(\\s+làm\\s+việc)?${E}(?!\\s+(?:làm\\s+việc\\s+)?(?:tới|đầu|cuối|tết|nghỉ|lễ)${E})(?:\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ|sau\\s+khi|từ)\\s+(?:ngày\\s+)?([^,;.()]{1,90}))?`,
);
/**
 * "(trong vòng) 5 ngày trước ngày thi", "1 tuần sau khi kết thúc thực tập": a span before or after a named event. Counted
 * from the issue date only when the event is the document ("… sau khi ban hành Kế hoạch này"); else its date is unknown.
 */
const RX_AROUND_EVENT = gated(
  `(?:trong\\s+(?:thời\\s+hạn\\s+|vòng\\s+|thời\\s+gian\\s+)?)?`,
  `${COUNT}\\s+(ngày|tuần|tháng)(\\s+làm\\s+việc)?${E}\\s*,?\\s*(trước|sau)(?:\\s+khi)?\\s`,
  `+(?:ngày\\s+)?([^,;.()]{1,90})`,
);
/**
 * "chậm nhất sau 05 ngày làm việc, kể từ ngày quyết định công bố được ký ban hành": the count before its start. Only
 * with "chậm nhất": "thực hiện sau 03 tháng, kể từ …" says when work may start, not when it is due.
 */
const RX_AFTER_COUNT_FROM = re(
  `chậm\\s+nhất\\s+(?:là\\s+)?sau\\s+${COUNT}\\s+(ngày|tháng)(\\s+làm\\s+việc)?${E}\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ)\\s+(?:ngày\\s+|khi\\s+)?([^,;.()]{1,90})`,
);
/**
 * "thời gian thực hiện không quá 24 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành": a cap counted from its start,
 * as "chậm nhất sau …" is. Only with its start: "không quá 10 ngày" alone is how long a procedure may take.
 */
const RX_NO_LONGER_FROM = re(
  `không\\s+quá\\s+${COUNT}\\s+(ngày|tháng)(\\s+làm\\s+việc)?${E}\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ)\\s+(?:ngày\\s+|khi\\s+)?([^,;.()]{1,90})`,
);
const RX_BEFORE_EVENT = re(`chậm\\s+nhất\\s+(?:là\\s+)?trước\\s+${COUNT}\\s+ngày(?:\\s+đêm)?${E}`);

/** The starting event is the document itself or its meeting: the count runs from the issue date. */
const EVENT_IS_DOCUMENT =
  /ban hành|ký|nhận được (?:văn bản|công văn|thông báo|kết luận|kế hoạch|quyết định|giấy mời|biên bản)(?: này)?|(?:văn bản|công văn|thông báo|kết luận|kế hoạch|quyết định|biên bản|chỉ thị|nghị quyết) này|cuộc họp|buổi làm việc|họp/iu;

const RX_NO_LONGER = /không\s+quá\s/iu;
/** "trong năm tiếp theo", "quý tiếp theo": the next period, as "tới" and "sau" say it. */
const RX_NEXT = /tiếp\s+theo/iu;
const RX_PLURAL_BEFORE = /(?:những|các)\s+$/iu;

export function scanNamedPeriods(scan: Scan): void {
  const w = scan.words;
  const next = w.has("tới") || w.has("sau") || RX_NEXT.test(scan.text);
  if (!(w.has("này") || w.has("nay") || next) || !RX_NAMED_PERIOD.core.test(scan.text)) return;
  for (const m of matches(RX_NAMED_PERIOD.rx, scan.text)) {
    const [, trig, unit, which] = m;
    const u = unit.toLowerCase();
    const v = which.toLowerCase();
    // "năm sau" alone is too often narrative; "tuần/tháng/quý tới|sau" are clear enough on their own.
    if (scan.mode === "text" && !trig && (u === "năm" || v === "này" || v === "nay")) continue;
    // "… và những năm tiếp theo": the years after, open-ended, not the next one.
    if (!trig && RX_PLURAL_BEFORE.test(scan.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const offset = v === "này" || v === "nay" ? 0 : 1;
    push(scan, m, { raw: "", date: toIso(endOfPeriod(u, scan.issued, offset)), kind: "within" }, 2);
  }
}

const RX_DATELINE_AFTER = /^\s*,?\s*(?:là\s+)?(?:ngày|thứ)\s/iu;

export function scanToday(scan: Scan): void {
  if (!(scan.words.has("hôm nay") || scan.words.has("mai")) || !RX_TODAY.core.test(scan.text)) return;
  for (const m of matches(RX_TODAY.rx, scan.text)) {
    // "Hôm nay, ngày 26/5/2026, tại …": the day the minutes are written, not a due day.
    if (RX_DATELINE_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const tomorrow = /mai/iu.test(m[1]);
    push(scan, m, { raw: "", date: toIso(tomorrow ? addDays(scan.issued, 1) : scan.issued), kind: "by" }, 3);
  }
}

const RX_MORE_WEEKDAYS = /^\s*(?:,|và|hoặc)\s*(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)/iu;

export function scanWeekdays(scan: Scan): void {
  const { issued } = scan;
  if (scan.words.has("thứ") || scan.words.has("chủ nhật"))
    for (const m of matches(RX_WEEKDAY, scan.text)) {
      const [, , th, tm, wdName, week] = m;
      const wd = weekdayIndex(wdName);
      if (Number.isNaN(wd)) continue;
      // "… ra viện vào thứ bảy, chủ nhật, ngày nghỉ": weekdays listed together are the days it happens on, not one due day.
      if (!week && RX_MORE_WEEKDAYS.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      const date = week ? dayOfWeek(issued, wd, week) : nextWeekday(issued, wd);
      pushDayTime(scan, m, date, fmtTime(th, tm));
    }
  if (scan.words.has("tuần") && RX_WEEKDAY_WEEK.core.test(scan.text))
    for (const m of matches(RX_WEEKDAY_WEEK.rx, scan.text)) {
      const [, th, tm, wdName, week] = m;
      const wd = weekdayIndex(wdName);
      if (!Number.isNaN(wd)) pushDayTime(scan, m, dayOfWeek(issued, wd, week), fmtTime(th, tm));
    }
}

/** The weekday `wd` of this week ("này") or the next ("tới", "sau"). */
function dayOfWeek(issued: CalendarDate, wd: number, week: string): CalendarDate {
  const monday = addDays(mondayOf(issued), week.toLowerCase() === "này" ? 0 : 7);
  return addDays(monday, (wd + 6) % 7);
}

function pushDayTime(scan: Scan, m: RegExpExecArray, date: CalendarDate, time: string | undefined): void {
  push(scan, m, { raw: "", date: toIso(date), kind: "by", ...(time ? { time } : {}) }, 3);
}

export function scanCounts(scan: Scan): void {
  const { issued } = scan;
  if (scan.words.has("tới"))
    for (const m of matches(RX_NEXT_SPAN, scan.text)) {
      const n = countNumber(m[1]);
      const unit = m[2].toLowerCase();
      let date: CalendarDate;
      if (unit === "ngày") date = addDays(issued, n);
      else if (unit === "tuần") date = addDays(issued, 7 * n);
      else {
        const x = addMonths(issued.year, issued.month, n);
        date = endOfMonth(x.year, x.month);
      }
      push(scan, m, { raw: "", date: toIso(date), kind: "within" }, 3);
    }
  if (scan.words.has("ngày") || scan.words.has("tháng"))
    for (const m of matches(RX_RELATIVE, scan.text)) {
      const n = countNumber(m[1]);
      if (!(n > 0 && n <= 999)) continue;
      const months = m[2].toLowerCase() === "tháng";
      const event = m[4];
      if (months && !event) continue; // "trong 3 tháng" alone is a duration, not a due day
      const fromDocument = !event || EVENT_IS_DOCUMENT.test(event);
      let date: CalendarDate | null = null;
      if (fromDocument)
        date = months ? addMonthsToDay(issued, n) : m[3] ? addWorkingDays(issued, n) : addDays(issued, n);
      push(scan, m, { raw: "", date: date && toIso(date), kind: "relative" }, 4);
    }
  if (
    (scan.words.has("ngày") || scan.words.has("tuần") || scan.words.has("tháng")) &&
    RX_AROUND_EVENT.core.test(scan.text)
  )
    for (const m of matches(RX_AROUND_EVENT.rx, scan.text)) push(scan, m, aroundEvent(scan.issued, m), 5);
  if (scan.words.has("chậm nhất") && scan.words.has("sau"))
    for (const m of matches(RX_AFTER_COUNT_FROM, scan.text)) push(scan, m, countedFrom(scan.issued, m), 5);
  if (RX_NO_LONGER.test(scan.text))
    for (const m of matches(RX_NO_LONGER_FROM, scan.text)) push(scan, m, countedFrom(scan.issued, m), 5);
  if (scan.words.has("chậm nhất"))
    for (const m of matches(RX_BEFORE_EVENT, scan.text)) push(scan, m, { raw: "", date: null, kind: "relative" }, 4);
}

/**
 * The due day of "sau N ngày, kể từ …", "không quá N tháng kể từ …": from the issue date when the start is the document
 * itself (its signing or its taking effect, which the text does not date otherwise), else unknown.
 */
function countedFrom(issued: CalendarDate, m: RegExpExecArray): Deadline {
  const [, count, unit, working, start] = m;
  const n = countNumber(count);
  if (!(n > 0 && n <= 999) || !EVENT_IS_DOCUMENT.test(start)) return { raw: "", date: null, kind: "relative" };
  const date =
    unit.toLowerCase() === "tháng"
      ? addMonthsToDay(issued, n)
      : working
        ? addWorkingDays(issued, n)
        : addDays(issued, n);
  return { raw: "", date: toIso(date), kind: "relative" };
}

/** The due day of a span around an event: counted from the issue date after the document itself, else unknown. */
function aroundEvent(issued: CalendarDate, m: RegExpExecArray): Deadline {
  const [, count, unit, working, side, event] = m;
  const n = countNumber(count);
  const u = unit.toLowerCase();
  let date: CalendarDate | null = null;
  if (side.toLowerCase() === "sau" && EVENT_IS_DOCUMENT.test(event) && n > 0 && n <= 999)
    date =
      u === "tháng"
        ? addMonthsToDay(issued, n)
        : u === "tuần"
          ? addDays(issued, 7 * n)
          : working
            ? addWorkingDays(issued, n)
            : addDays(issued, n);
  return { raw: "", date: date && toIso(date), kind: "relative" };
}
