/** Scanners for days and periods named on the calendar: "trước ngày 15/12", "trong tháng 11/2020", "quý II/2026" … */
import { CalendarDate, endOfMonth, endOfQuarter, toIso, weekday } from "./calendar";
import { BY_TRIGGER, DAY, E, MONTH, PERIOD_TRIGGER, ROMAN_Q, TIME, WEEKDAY, YEAR } from "./lexicon";
import { fmtTime, fullYear, monthNumber, quarterNumber, weekdayIndex } from "./lexicon";
import { inferYear } from "./periods";
import {
  Gated,
  Scan,
  gated,
  inCitedTitle,
  isCitation,
  matches,
  periodAllowed,
  periodEnd,
  push,
  resolveDay,
  warnImpossible,
} from "./scan";

/** A list marker that may open the line before its words: "- ", "+ ", "• ", "b) ", "2. ". */
const LINE_MARKER = "[-+•]\\s*|[a-zđ0-9]{1,3}[.)]\\s*";

// Absolute day after a deadline word, with an optional time ("vào lúc 16h00") and weekday in between.
const RX_DAY_TRIGGERED = gated(
  `${BY_TRIGGER}\\s*(?:(?:lúc\\s+)?${TIME}\\s*,?\\s*)?(?:(?:ngày\\s+|mồng\\s+)?${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+|mồng\\s+)?`,
  DAY,
);
// Bare day, for cells ("30/6/2026"; "Trước ngày 30/6" is caught above).
const RX_DAY_BARE = gated(`(?:${TIME}\\s*,?\\s*)?(?:ngày\\s+|mồng\\s+)?`, DAY);
/** Before a weekday and its day: a stretch's start ("từ …") or a dateline ("Hôm nay là …"), not a day set for work. */
const RX_NOT_SET_DAY = /(?:^|\s)(?:từ|hôm\s+nay(?:\s+là)?,?)\s+$/iu;
/**
 * "cho học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2018": a day named with its weekday is a day set for the work,
 * even with no deadline word; a citation or a dateline never names the weekday. (Past days are dropped by the floor.)
 */
const RX_DAY_WEEKDAY = gated(`(?:ngày\\s+)?`, `${WEEKDAY}\\s*,?\\s*(?:ngày\\s+)?`, DAY);
/** "Tổ chức Khai giảng năm học mới: Ngày 05/9/2024 (thứ Năm).": the weekday in brackets after the day. */
const RX_DAY_THEN_WEEKDAY = gated(`(?:ngày\\s+)?`, DAY, `\\s*\\(\\s*${WEEKDAY}\\s*\\)`);
// A window of time on one day: "từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23/01" is due at its end.
const RX_TIME_WINDOW = gated(
  "từ\\s+",
  `${TIME}\\s*(?:-|–|đến)\\s*${TIME}`,
  `\\s*,?\\s*(?:(?:ngày\\s+)?${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+)?${DAY}`,
);
/**
 * A month, or a span or list of months of one year ("Tháng 11 - 12/2025", "Tháng 11, 12/2013": due when the last
 * ends, as "Quý III và Quý IV/2026" is). A list only with its year: "tháng 11, 12 xã …" counts communes.
 */
const RX_MONTH = gated(
  `(?:(${PERIOD_TRIGGER})\\s+)?`,
  `tháng\\s+${MONTH}`,
  `(?:\\s*(?:[-–]|(?:,|\\s+và)(?=\\s*(?:tháng\\s+)?\\d{1,2}\\s*/\\s*\\d{4}))\\s*(?:tháng\\s+)?(\\d{1,2})(?![\\d]))?(?:\\s*/\\s*${YEAR}(?![\\d/])|\\s+năm\\s+(\\d{4}))?`,
);
/** "quý" and its older spelling "quí"; the year after "/", "-" or "năm" ("Quí IV-2025"). */
const QUY = "qu[ýí]";
const Q_YEAR = `(?:\\s*[/-]\\s*(\\d{4})|\\s+năm\\s+(\\d{4}))`;
/** Quarters of two years joined: "Quý IV/2025 và Quý I/2026" ends with the last. */
const RX_QUARTER = gated(
  `(?:(${PERIOD_TRIGGER})\\s+)?`,
  `${QUY}\\s+${ROMAN_Q}${E}`,
  `((?:\\s*(?:,|và|-|–)\\s*(?:${QUY}\\s+)?(?:IV|III|II|I|[1-4])${E})*)${Q_YEAR}?(?:\\s*(?:,|và|-|–|đến)\\s*${QUY}\\s+${ROMAN_Q}${E}${Q_YEAR})?`,
);
const RX_HALF = gated(`(?:(${PERIOD_TRIGGER})\\s+)?`, `(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm`, `(?:\\s+(\\d{4}))?`);
const RX_YEAR = gated(`(?:(${PERIOD_TRIGGER})\\s+)?`, `năm\\s+(\\d{4})${E}`);
/**
 * A span of years, "2024 - 2025", "giai đoạn 2026-2027": due at the end of the last year. Bare in a cell; in a sentence
 * only after a completion word ("hoàn thành trong giai đoạn 2026 - 2027") or as "trong năm 2026 - 2027" (a roadmap's
 * step), since "giai đoạn 2021 - 2030" there usually names the subject's horizon; in a heading only as "giai đoạn …"
 * (spec additions: a heading's period).
 */
const RX_YEAR_SPAN = gated(
  `(?:((?:hoàn\\s+thành|xong|thực\\s+hiện)\\s+trong|trong(?=\\s+năm\\s))\\s+)?(?:(?:giai\\s+đoạn|các\\s+năm|(?:hai\\s+|ba\\s+|0?[2-5]\\s+)?năm)\\s+)?`,
  `(\\d{4})\\s*[-–]\\s*(\\d{4})(?![\\d/])`,
);
const RX_SPAN_GOES_ON = /^\s*[-–]\s*\d{4}/u;
/** "trong năm 2023, 2024", "trong năm 2024 và 2025": a list of years, due at the end of the last. */
const RX_MORE_YEARS = /^(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2}(?![\d/]))+/u;
/**
 * "1. Hoàn thiện hạ tầng … (2025 - 2026).", "5. Đào tạo nhân lực … (xuyên suốt 2025 - 2035).": a roadmap item's span in
 * a closing bracket is when it is done; elsewhere in a sentence a bare span more often names a plan's years.
 */
const RX_BRACKET_OPENS = /\(\s*(?:xuyên\s+suốt\s+)?$/iu;
const RX_BRACKET_ENDS_LINE = /^\s*\)\s*[.;]?\s*$/u;
function closesItem(text: string, m: RegExpExecArray): boolean {
  return (
    RX_BRACKET_OPENS.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
    RX_BRACKET_ENDS_LINE.test(text.slice(m.index + m[0].length))
  );
}
const RX_STRETCH = /^giai\s+đoạn\s/iu;
/**
 * "III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH XUẤT KHẨU … GIAI ĐOẠN 2021- 2025" in a plan signed in 2025: a stretch already
 * running, after a plan's name, names that plan (spec: a period that names the subject is no deadline), not when the
 * heading's items are due. "2. Kế hoạch phát triển giai đoạn 2026 - 2030" still times its items.
 */
const RX_PLAN_NAMED = /(?:kế\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược|quy\s+hoạch)\s/iu;
const RX_END_OF_YEAR = gated(
  `((?:trong|trước|vào|đến|chậm\\s+nhất|hoàn\\s+thành|xong)\\s+)?`,
  `(cuối|giữa)\\s+năm(?:\\s+nay)?${E}(?!\\s*\\d)`,
);

/** "Từ nay đến hết …", "từ tháng 10 đến hết …": the start of a stretch right before its end. */
const RX_STRETCH_FROM = /(?:^|\s)từ\s[^,;.]{0,40}$/iu;
/** Before "đến hết …": a commitment to finish by then, or nothing (the sentence opens with it). */
const RX_COMMITS_BEFORE =
  /(?:(?:bảo|đảm)\s+(?:đảm|bảo)|phấn\s+đấu|hoàn\s+thành|hoàn\s+tất|xong)\s[^.;:]{0,40}$|(?:^|[.;:]\s*)$/iu;
/** "d) Hoàn thành việc hỗ trợ … theo Quyết định số … đến hết năm 2019.": the sentence's own verb commits to the end. */
const RX_OPENS_COMPLETING = new RegExp(`^(?:${LINE_MARKER})?(?:hoàn\\s+thành|hoàn\\s+tất)\\s[^.;:]*$`, "iu");
/** "hoàn thành chỉ tiêu giao năm 2025": a completion verb a few words before a period makes it the due period. */
const RX_COMPLETION_BEFORE = /(?:hoàn\s+thành|hoàn\s+tất)\s(?:[^.;:]{0,50}\s)?$/iu;
/**
 * The period names an amount's time, not a due date: "giải ngân … trong năm 2026 đạt 95%", "vốn dư … trong năm 2025
 * (khoảng 1.500 tỷ đồng)" (a dot between digits is a thousands mark, not a sentence end).
 */
const RX_AMOUNT_AFTER = /^(?:[^.;:]|\d\.\d){0,40}?(?:\sđạt\s|\stăng\s|\sgiảm\s|\d\s*%|\stỷ\s+đồng)/iu;
/** An amount right before the period is a target's horizon: "hoàn thành 5.000 km vào năm 2030", "đạt 95% trong năm". */
const RX_AMOUNT_BEFORE = /\d[\d.,]*\s*(?:%|km|ha|tỷ\s+đồng|triệu\s+đồng|MW)\s+$/iu;
/**
 * The period of something already handed out, issued, done or achieved names that thing, not when the work is due:
 * "các nhiệm vụ được giao trong năm 2025", "vốn đã phân bổ năm 2025", "những kết quả đã đạt được trong năm 2012",
 * "những việc đã thực hiện trong năm 2012" (not "Dự án được thực hiện trong năm 2013", work still to do).
 */
const RX_DONE_BEFORE =
  /(?:(?:được|đã)\s+(?:giao|phân\s+công|ban\s+hành|phê\s+duyệt|bố\s+trí|phân\s+bổ|thông\s+qua|cấp)|(?:đã\s+)?đạt\s+được|đã\s+(?:thực\s+hiện|làm\s+được))\s+(?:trong\s+|vào\s+)?$/iu;
/** "(những|02) tháng cuối năm 2025": a stretch of months that frames the work, not a due date (unless completed in it). */
const RX_MONTHS_OF_YEAR = /tháng\s+$/iu;
/** Words that make a heading's bare year the subject, not the period of its items: "KẾ HOẠCH THANH TRA NĂM 2021". */
const RX_SUBJECT_BEFORE =
  /(?:kế\s+hoạch|chiến\s+lược|quy\s+hoạch|báo\s+cáo|kết\s+quả|dự\s+toán|tổng\s+kết|sơ\s+kết|thanh\s+tra|tình\s+hình)\s+$/iu;

/**
 * A year inside a purpose clause is the goal's, not when the work is due (as an event there times the purpose,
 * occasions.ts): "… để hoàn thành các mục tiêu, nhiệm vụ năm 2025" (a bare year names the goals), "… để phục vụ việc
 * giải ngân … trong năm 2025". Unless the purpose is to finish the work within it: "… để hoàn thành Dự án … trong năm
 * 2025", "… để đảm bảo thông xe … trong năm 2025", or to amend a rule or submit it ("… để sửa đổi các quy định … trong
 * năm 2025", "… để trình Quốc hội sửa đổi Luật … trong năm 2026"). Not "ban hành": "… các Luật mới ban hành trong năm
 * 2025" describes laws.
 */
const RX_PURPOSE_BEFORE = /(?:^|\s)(?:để|nhằm)\s((?:[^.;:]|\.(?=\d))*)$/iu;
const RX_FINISHING =
  /hoàn\s+thành|hoàn\s+tất|thông\s+xe|khánh\s+thành|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|khai\s+thác)|sửa\s+đổi|trình\s+(?:Quốc\s+hội|Chính\s+phủ|Thủ\s+tướng|Ủy\s+ban|UBND|Hội\s+đồng|HĐND|cấp\s+có\s+thẩm\s+quyền)/iu;
function inPurposeClause(scan: Scan, m: RegExpExecArray, trig: string | undefined): boolean {
  if (scan.mode !== "text" || (trig !== undefined && !/^(?:trong|vào)$/iu.test(trig))) return false;
  const p = RX_PURPOSE_BEFORE.exec(scan.text.slice(Math.max(0, m.index - 160), m.index));
  return p !== null && (trig === undefined || !finishes(p[1]));
}

/** "mức độ hoàn thành nhiệm vụ", "tỷ lệ hoàn thành": a measure of completion names a grade, not work to finish. */
const RX_MEASURE_OF = /(?:mức\s+độ|tỷ\s+lệ|tỉ\s+lệ)\s+$/iu;
const RX_FINISHING_ALL = new RegExp(RX_FINISHING.source, "giu");
function finishes(purpose: string): boolean {
  for (const m of purpose.matchAll(RX_FINISHING_ALL))
    if (!RX_MEASURE_OF.test(purpose.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
}

/**
 * A target's horizon, not when the work is due: "… lộ trình đạt mục tiêu ít nhất 50% xã, phường không có ma tuý vào năm
 * 2030", "… góp phần hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2025" (the goal is reached by many, the line's
 * work only helps). The owner's own aim still dates the work: "phấn đấu đạt mục tiêu … ngay trong năm 2025", "hoàn
 * thành chỉ tiêu giao năm 2025".
 */
const RX_GOAL_BEFORE = /(?:góp\s+phần|lộ\s+trình)\s(?:[^.;:]{0,20}\s)?(?:các\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)\s[^.;:]*$/iu;

/** A trigger-less period still counts after a completion verb; a triggered one not when it times an amount or a goal. */
const RX_YEARLY_NEXT = /^\s*h[ằà]ng\s+năm[\s,]/iu;
function periodTrigger(scan: Scan, m: RegExpExecArray, trig: string | undefined): string | undefined {
  // "Tháng 12 hằng năm, quyết toán kinh phí …": a month that opens the duty and comes back each year is when it is due.
  if (trig === undefined && m.index === 0 && RX_YEARLY_NEXT.test(scan.text.slice(m[0].length))) return "trong";
  const before = scan.text.slice(Math.max(0, m.index - 70), m.index);
  // "bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm …" is due then; "Từ nay đến hết năm 2025 chỉ còn gần 2
  // tháng" (the time left) and "lập tiến độ chi tiết theo tuần, tháng đến hết năm 2026" (a schedule's span) are not.
  const commits = RX_COMMITS_BEFORE.test(before) || RX_OPENS_COMPLETING.test(scan.text.slice(0, m.index));
  if (trig !== undefined && /hết$/iu.test(trig) && (RX_STRETCH_FROM.test(before) || !commits)) return undefined;
  if (scan.mode === "text" && RX_GOAL_BEFORE.test(scan.text.slice(Math.max(0, m.index - 140), m.index)))
    return undefined;
  if (trig === undefined && RX_COMPLETION_BEFORE.test(before)) return "trong";
  if (scan.mode === "text" && RX_DONE_BEFORE.test(before + (trig ? trig + " " : ""))) return undefined;
  if (scan.mode === "text" && trig !== undefined && RX_AMOUNT_BEFORE.test(before)) return undefined;
  if (scan.mode === "text" && /^(?:cuối|đầu)$/iu.test(trig ?? "") && RX_MONTHS_OF_YEAR.test(before)) {
    return RX_COMPLETION_BEFORE.test(before) ? trig : undefined;
  }
  if (
    trig !== undefined &&
    scan.mode === "text" &&
    RX_AMOUNT_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 60))
  )
    return undefined;
  return trig;
}

export function scanDays(scan: Scan): void {
  const { text } = scan;
  if (!scan.digits) return;
  if (RX_DAY_TRIGGERED.core.test(text))
    for (const m of matches(RX_DAY_TRIGGERED.rx, text)) {
      const [, th, tm, , d1, mo1, y1, d2, mo2, y2] = m;
      const date = d1 ? resolveDay(scan, d1, mo1, y1, m[0]) : resolveDay(scan, d2, mo2, y2, m[0]);
      if (date) pushDay(scan, m, date, fmtTime(th, tm), 5);
    }
  if (scan.mode === "cell" && RX_DAY_BARE.core.test(text))
    for (const m of matches(RX_DAY_BARE.rx, text)) {
      if (isCitation(text, m.index)) continue;
      const [, th, tm, d1, mo1, y1, d2, mo2, y2] = m;
      const date = d1 ? resolveDay(scan, d1, mo1, y1, m[0]) : resolveDay(scan, d2, mo2, y2, m[0]);
      if (date) pushDay(scan, m, date, fmtTime(th, tm), 4);
    }
  if (scan.mode === "text") {
    scanSetDays(scan, RX_DAY_WEEKDAY, 2, 1);
    scanSetDays(scan, RX_DAY_THEN_WEEKDAY, 1, 7);
  }
  if (scan.words.has("từ") && RX_TIME_WINDOW.core.test(text))
    for (const m of matches(RX_TIME_WINDOW.rx, text)) {
      const [, , , th, tm, , d1, mo1, y1, d2, mo2, y2] = m;
      const date = d1 ? resolveDay(scan, d1, mo1, y1, m[0]) : resolveDay(scan, d2, mo2, y2, m[0]);
      if (date) pushDay(scan, m, date, fmtTime(th, tm), 6);
    }
}

/**
 * Days named with their weekday (RX_DAY_WEEKDAY, RX_DAY_THEN_WEEKDAY): the day's six groups start at `first`, the
 * weekday is group `named`. The weekday must be the day's own: "Kỳ họp thứ 7, ngày 28/11/2025" (a Friday) numbers a
 * session, it names no weekday.
 */
function scanSetDays(scan: Scan, g: Gated, first: number, named: number): void {
  const { text } = scan;
  if (!g.core.test(text)) return;
  for (const m of matches(g.rx, text)) {
    // "từ thứ Năm ngày 01/9 đến Chủ nhật ngày 04/9": a stretch's first day is when it starts, not when it is due;
    // "Hôm nay là thứ Năm, ngày 20/11/2025, …" is the minutes' dateline.
    if (RX_NOT_SET_DAY.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const [d1, mo1, y1, d2, mo2, y2] = m.slice(first, first + 6);
    const date = d1 ? resolveDay(scan, d1, mo1, y1, m[0]) : resolveDay(scan, d2, mo2, y2, m[0]);
    if (date && weekday(date) === weekdayIndex(m[named])) pushDay(scan, m, date, undefined, 4);
  }
}

function pushDay(scan: Scan, m: RegExpExecArray, date: CalendarDate, time: string | undefined, weight: number): void {
  push(scan, m, { raw: "", date: toIso(date), kind: "by", ...(time ? { time } : {}) }, weight);
}

export function scanMonths(scan: Scan): void {
  if (!scan.words.has("tháng") || !RX_MONTH.core.test(scan.text)) return;
  for (const m of matches(RX_MONTH.rx, scan.text)) {
    const [, trig0, mo, last, y1, y2] = m;
    const first = monthNumber(mo);
    const month = last && +last > first && +last <= 12 ? +last : first;
    const year = fullYear(y1) ?? fullYear(y2);
    if (!(month >= 1 && month <= 12)) {
      if (year !== undefined && !Number.isNaN(month)) warnImpossible(scan.warnings, m[0]);
      continue;
    }
    const trig = periodTrigger(scan, m, trig0);
    if (!periodAllowed(scan.mode, trig)) continue;
    const t = (trig ?? "").toLowerCase();
    const make = (y: number): CalendarDate => {
      if (/đầu$/.test(t)) return { year: y, month, day: 10 };
      if (/giữa$/.test(t)) return { year: y, month, day: 20 };
      return periodEnd(trig, { year: y, month, day: 1 }, endOfMonth(y, month));
    };
    const date = year !== undefined ? make(year) : inferYear(scan.issued, make);
    if (date) push(scan, m, { raw: "", date: toIso(date), kind: "within" }, 3);
  }
}

/**
 * A deadline cell holding a month and its year and nothing else ("11/2025", "Trước 12/2025"): the work is due within
 * that month, or before it. Only in a cell: in running text "11/2025" is as often a document's number.
 */
const RX_BARE_MONTH_CELL = /^\s*(?:(trước|trong|đến|chậm\s+nhất)\s+)?(\d{1,2})\s*\/\s*((?:19|20)\d{2})\s*\.?\s*$/iu;
export function scanMonthCell(scan: Scan): void {
  const m = scan.mode === "cell" ? RX_BARE_MONTH_CELL.exec(scan.text) : null;
  const month = m ? +m[2] : 0;
  if (!m || month < 1 || month > 12) return;
  const date = periodEnd(m[1], { year: +m[3], month, day: 1 }, endOfMonth(+m[3], month));
  push(scan, m, { raw: "", date: toIso(date), kind: "within" }, 2);
}

export function scanQuarters(scan: Scan): void {
  if (!(scan.words.has("quý") || scan.words.has("quí")) || !RX_QUARTER.core.test(scan.text)) return;
  for (const m of matches(RX_QUARTER.rx, scan.text)) {
    const [, trig0, q1, more, y1, y2, qLast, yLast1, yLast2] = m;
    const trig = periodTrigger(scan, m, trig0);
    if (!periodAllowed(scan.mode, trig)) continue;
    const first = quarterNumber(q1);
    let last = first;
    for (const x of more ? (more.match(/IV|III|II|I|[1-4]/giu) ?? []) : []) last = Math.max(last, quarterNumber(x));
    const make = (year: number) =>
      periodEnd(trig, { year, month: (first - 1) * 3 + 1, day: 1 }, endOfQuarter(year, last));
    const year = fullYear(y1) ?? fullYear(y2);
    const date = qLast
      ? endOfQuarter(+(yLast1 ?? yLast2), quarterNumber(qLast))
      : year !== undefined
        ? make(year)
        : inferYear(scan.issued, make);
    push(scan, m, { raw: "", date: toIso(date!), kind: "within" }, 3);
  }
}

export function scanHalves(scan: Scan): void {
  if (!scan.words.has("tháng") || !RX_HALF.core.test(scan.text)) return;
  for (const m of matches(RX_HALF.rx, scan.text)) {
    const [, trig0, which, y] = m;
    const trig = periodTrigger(scan, m, trig0);
    if (!periodAllowed(scan.mode, trig)) continue;
    const year = fullYear(y) ?? scan.issued.year;
    const first = which.toLowerCase() === "đầu";
    const date = periodEnd(trig, { year, month: first ? 1 : 7, day: 1 }, endOfMonth(year, first ? 6 : 12));
    push(scan, m, { raw: "", date: toIso(date), kind: "within" }, 3);
  }
}

/**
 * "- Năm 2018: Rà soát …", "- Năm 2019, hoàn thành …", "Đến năm 2020, giải quyết …", "1. Kết thúc năm 2013, Chính phủ
 * báo cáo …": a year that opens a line, before its work, is when that work is done.
 */
const RX_YEAR_OPENS = new RegExp(
  `^(${LINE_MARKER})?((?:(?:đến(?:\\s+hết)?|kết\\s+thúc|hết|trong)\\s+)?năm\\s+((?:19|20)\\d{2}))\\s*[:,]`,
  "iu",
);
function scanOpeningYear(scan: Scan): void {
  const m = scan.mode === "text" ? RX_YEAR_OPENS.exec(scan.text) : null;
  if (!m) return;
  const phrase = phraseAt(scan.text, (m[1] ?? "").length, m[2]);
  push(scan, phrase, { raw: "", date: toIso(endOfMonth(+m[3], 12)), kind: "within" }, 2);
}

/** A phrase found at `index` of `text`, shaped as a match for push() when it is not one regular expression's match. */
function phraseAt(text: string, index: number, phrase: string): RegExpExecArray {
  return Object.assign([phrase], { index, input: text }) as RegExpExecArray;
}

/** A deadline cell holding a year and nothing else ("2025"): the work is due within that year. */
const RX_BARE_YEAR_CELL = /^\s*((?:19|20)\d{2})\s*\.?\s*$/u;

export function scanYears(scan: Scan): void {
  const { text } = scan;
  const bare = scan.mode === "cell" ? RX_BARE_YEAR_CELL.exec(text) : null;
  if (bare) push(scan, bare, { raw: "", date: toIso(endOfMonth(+bare[1], 12)), kind: "within" }, 2);
  scanOpeningYear(scan);
  if (scan.words.has("năm") && scan.digits && RX_YEAR.core.test(text))
    for (const m of matches(RX_YEAR.rx, text)) {
      const [, trig0, y] = m;
      if (inPurposeClause(scan, m, trig0) || (scan.mode === "text" && inCitedTitle(text, m.index))) continue;
      const trig = periodTrigger(scan, m, trig0);
      if (scan.mode === "heading" && !trig && RX_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
        continue;
      // "03 năm 2026 - 2028": the first year of a span ends nothing.
      if (RX_SPAN_GOES_ON.test(text.slice(m.index + m[0].length))) continue;
      if (!periodAllowed(scan.mode, trig)) continue;
      if (/đầu$|giữa$/i.test(trig ?? "")) continue; // "đầu năm 2027" names no clear end
      const more = RX_MORE_YEARS.exec(text.slice(m.index + m[0].length));
      const year = more ? +more[0].slice(-4) : +y;
      const date = periodEnd(trig, { year, month: 1, day: 1 }, endOfMonth(year, 12));
      const phrase = more ? phraseAt(text, m.index, m[0] + more[0]) : m;
      push(scan, phrase, { raw: "", date: toIso(date), kind: "within" }, 2);
    }
  if (scan.digits && RX_YEAR_SPAN.core.test(text))
    for (const m of matches(RX_YEAR_SPAN.rx, text)) {
      const [, trig, y1, y2] = m;
      // A heading's "giai đoạn 2026 - 2030" is the stretch its items run in; a bare span there names a plan's years.
      if (scan.mode === "heading" && !RX_STRETCH.test(m[0])) continue;
      if (scan.mode === "text" && !trig && !closesItem(text, m)) continue;
      if (/[/\-.]/.test(text.charAt(m.index - 1)) || isCitation(text, m.index)) continue; // "số 12/2020-2021"
      const first = +y1;
      const last = +y2;
      if (scan.mode === "heading" && first < scan.issued.year && RX_PLAN_NAMED.test(text.slice(0, m.index))) continue;
      if (!(last > first && last - first <= 50)) continue; // "2020-2020" or a number pair is not a span
      push(scan, m, { raw: "", date: toIso(endOfMonth(last, 12)), kind: "within" }, 3);
    }
  if (scan.words.has("năm") && RX_END_OF_YEAR.core.test(text))
    for (const m of matches(RX_END_OF_YEAR.rx, text)) {
      if (scan.mode === "text" && !m[1]) continue; // "phân loại cuối năm" names the review, not a due date
      const date = m[2].toLowerCase() === "giữa" ? endOfMonth(scan.issued.year, 6) : endOfMonth(scan.issued.year, 12);
      push(scan, m, { raw: "", date: toIso(date), kind: "within" }, 2);
    }
}
