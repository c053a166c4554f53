/**
 * Days named by an occasion or an event: Tết (the lunar new year, from a table), "nhân ngày … 10/10", "chào mừng …
 * Quốc khánh 02/9", and timing that waits for an event ("khi có kết quả …", "sau khi UBND tỉnh ban hành …").
 */
import { CalendarDate, compareDates, toIso } from "./calendar";
import { E } from "./lexicon";
import { Scan, gated, inCitedTitle, isCitation, matches, push, re, resolveDay } from "./scan";

/** Mùng 1 Tết (first day of the lunar year) in Vietnam, with the year's name (can chi). */
const TET: [year: number, month: number, day: number, name: string][] = [
  [2020, 1, 25, "canh tý"],
  [2021, 2, 12, "tân sửu"],
  [2022, 2, 1, "nhâm dần"],
  [2023, 1, 22, "quý mão"],
  [2024, 2, 10, "giáp thìn"],
  [2025, 1, 29, "ất tỵ"],
  [2026, 2, 17, "bính ngọ"],
  [2027, 2, 6, "đinh mùi"],
  [2028, 1, 26, "mậu thân"],
  [2029, 2, 13, "kỷ dậu"],
  [2030, 2, 3, "canh tuất"],
  [2031, 1, 23, "tân hợi"],
  [2032, 2, 11, "nhâm tý"],
  [2033, 1, 31, "quý sửu"],
  [2034, 2, 19, "giáp dần"],
  [2035, 2, 8, "ất mão"],
];
const CAN_CHI =
  "(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)";
/**
 * "trước dịp Tết", "trong thời gian nghỉ Tết …", "trong dịp nghỉ Tết", "dịp cuối năm và Tết", "(trong thời gian) trước,
 * trong và sau Tết": words that make a holiday the time of the work.
 */
const HOLIDAY_TRIGGER =
  "(?:(từ\\s+nay\\s+đến|đến|trước|trước\\s+dịp|(?:trong\\s+|vào\\s+)?dịp(?:\\s+nghỉ|\\s+cuối\\s+năm(?:\\s+\\d{4})?\\s+và)?|nhân\\s+dịp|trong\\s+(?:thời\\s+gian\\s+|(?:các|những)\\s+ngày\\s+)?nghỉ(?:\\s+lễ)?|(?:trong\\s+thời\\s+gian\\s+)?trước\\s*,\\s*trong\\s+và\\s+sau)\\s+)?";
const RX_TET = gated(
  HOLIDAY_TRIGGER,
  `tết${E}(?!\\s+dương\\s+lịch)`,
  `(?:\\s+(?:nguyên\\s+đán|âm\\s+lịch|cổ\\s+truyền))?(?:\\s+(?:của\\s+)?dân\\s+tộc)?(?:\\s+(${CAN_CHI}))?(?:\\s+(?:năm\\s+)?(\\d{4}))?${E}`,
);
/** "trong thời gian nghỉ tết Dương lịch (năm 2026)": the solar new year, 1 January. */
const RX_NEW_YEAR = gated(HOLIDAY_TRIGGER, `tết\\s+dương\\s+lịch${E}`, `(?:\\s+(?:năm\\s+)?(\\d{4}))?${E}`);
/**
 * "… tuyệt đối không để xảy ra thiếu lương thực … trong những tháng cuối năm và dịp Tết Nguyên đán 2026": what must not
 * happen over a stretch holds through it; Tết there is no due day.
 */
const RX_GUARANTEE_BEFORE = /(?:^|\s)không\s+để\s[^.;:]*$/iu;
/**
 * "Báo cáo tổng hợp tình hình trước, trong và sau Tết, báo cáo trước … ngày 05/02/2022": the holiday is in the situation a
 * report covers; it names the subject, not the time of the work (as in a cited document's title: inCitedTitle).
 */
const RX_SITUATION_BEFORE = /(?:^|\s)tình\s+hình\s[^;.]*$/iu;
/**
 * An occasion named with its date: "nhân ngày Chuyển đổi số quốc gia 10/10", "chào mừng … Quốc khánh 02/9", "Kỷ niệm
 * Ngày Dân số Thế giới (11/7)" (the day in brackets after the name).
 */
const RX_OCCASION = re(
  "(?:nhân(?=\\s+(?:dịp|ngày|kỷ|lễ|tháng|tuần|sự|các|đợt|hội|Ngày|Lễ|Tháng|Tuần))|chào\\s+mừng|hướng\\s+tới|kỷ\\s+niệm)\\s[^,;.:()]{0,80}?(?:\\(\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])(?:\\s*\\))?",
);
/**
 * The work runs on an occasion written with its day, with no "nhân" before it: "treo cờ Tổ quốc trong ngày Lễ giỗ Tổ
 * Hùng Vương (10 tháng 3 âm lịch, tức ngày 31/3/2012)", "trong ngày Quốc khánh 02/9". The day may sit in a bracket after
 * "tức" or "nhằm" (the lunar day said first).
 */
const RX_ON_OCCASION = re(
  "trong\\s+(?:các\\s+|những\\s+)?(?:ngày|dịp)\\s+(?:lễ|giỗ|quốc\\s+khánh|kỷ\\s+niệm)[^,;.:()]{0,60}?(?:\\(\\s*(?:[^()]{0,40}?(?:tức|nhằm)\\s+(?:là\\s+)?)?)?(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])",
);
const RX_ON_OCCASION_CORE = /trong\s+(?:các\s+|những\s+)?(?:ngày|dịp)\s+(?:lễ|giỗ|quốc\s+khánh|kỷ\s+niệm)/iu;

const RX_ANNIVERSARY = /kỷ\s+niệm\s+\d+\s+năm/iu;

/** Timing that waits for an event: "khi có kết quả …", "sau khi UBND tỉnh ban hành quyết định …". */
const RX_EVENT = re(
  "(?:ngay\\s+)?(?:sau\\s+khi|khi)\\s+(?:có\\s+(?:kết\\s+quả|thông\\s+báo|quyết\\s+định|văn\\s+bản|ý\\s+kiến|hướng\\s+dẫn|chủ\\s+trương|lịch)|[^,;.:()]{0,60}?(?:ban\\s+hành|phê\\s+duyệt|có\\s+hiệu\\s+lực|kết\\s+thúc|hoàn\\s+thành))[^,;.:()]{0,80}",
);

function tetOf(year: number): CalendarDate | null {
  const t = TET.find((x) => x[0] === year);
  return t ? { year: t[0], month: t[1], day: t[2] } : null;
}

/** The Tết a phrase names: by its year, by its name (the nearest such year from the issue date), else the next one. */
function whichTet(issued: CalendarDate, name: string | undefined, year: string | undefined): CalendarDate | null {
  if (year) return tetOf(+year);
  const key = name?.toLowerCase().replace(/\s+/g, " ").replace("mẹo", "mão").replace("tị", "tỵ");
  for (const [y, month, day, n] of TET) {
    const d = { year: y, month, day };
    if (key ? n === key && y >= issued.year - 1 : compareDates(d, issued) >= 0) return d;
  }
  return null;
}

/** The 1 January a phrase names: of its year, else the next one from the issue date. */
function whichNewYear(issued: CalendarDate, year: string | undefined): CalendarDate {
  if (year) return { year: +year, month: 1, day: 1 };
  return { year: issued.month === 1 && issued.day === 1 ? issued.year : issued.year + 1, month: 1, day: 1 };
}

export function scanOccasions(scan: Scan): void {
  const { text } = scan;
  if (scan.words.has("tết")) scanHolidays(scan);
  if (!scan.digits) return;
  const w = scan.words;
  if (w.has("nhân") || w.has("chào mừng") || w.has("kỷ niệm") || w.has("tới")) pushOccasionDays(scan, RX_OCCASION);
  if (RX_ON_OCCASION_CORE.test(text)) pushOccasionDays(scan, RX_ON_OCCASION);
}

/** Each occasion's day (groups: day, month, year), unless the day is a citation's. */
function pushOccasionDays(scan: Scan, rx: RegExp): void {
  for (const m of matches(rx, scan.text)) {
    const at = m.index + m[0].search(/\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?$/);
    // "chào mừng kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954)": an anniversary's event, with its year, is history.
    if (isCitation(scan.text, at) || (m[3] !== undefined && RX_ANNIVERSARY.test(m[0]))) continue;
    const date = resolveDay(scan, m[1], m[2], m[3], m[0]);
    if (date) push(scan, m, { raw: "", date: toIso(date), kind: "by" }, 3);
  }
}

/** Tết (lunar, from the table) and Tết Dương lịch, each due on its first day when a trigger makes it the time of work. */
function scanHolidays(scan: Scan): void {
  const { text } = scan;
  const timed = (m: RegExpExecArray, trig: string | undefined) => {
    if (scan.mode !== "text") return true;
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    return (
      trig !== undefined &&
      !RX_GUARANTEE_BEFORE.test(before) &&
      !RX_SITUATION_BEFORE.test(before) &&
      !inCitedTitle(text, m.index)
    );
  };
  if (RX_TET.core.test(text))
    for (const m of matches(RX_TET.rx, text)) {
      const [, trig, name, year] = m;
      const date = timed(m, trig) ? whichTet(scan.issued, name, year) : null;
      if (date) push(scan, m, { raw: "", date: toIso(date), kind: "by" }, 3);
    }
  if (RX_NEW_YEAR.core.test(text))
    for (const m of matches(RX_NEW_YEAR.rx, text))
      if (timed(m, m[1])) push(scan, m, { raw: "", date: toIso(whichNewYear(scan.issued, m[2])), kind: "by" }, 3);
}

/** "cho đến khi kết thúc …", "trước, trong và sau khi …": a stretch the work lasts through, not a moment it waits for. */
const RX_SPAN_BEFORE_EVENT = /(?:(?:đến|tới)\s+|trong\s*(?:,|và)\s*)$/iu;

/** "… các điều kiện cần thiết để vận hành 02 bệnh viện sau khi hoàn thành …": the event times the purpose, not the work. */
const RX_PURPOSE_IN_CLAUSE = /(?:^|\s)(?:để|nhằm)\s[^;.:]*$/iu;

/**
 * An event inside brackets describes who or what, not when: "(nhất là số thanh niên sau khi hoàn thành chương trình cai
 * nghiện, …)".
 */
function inAside(before: string): boolean {
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

export function scanEvents(scan: Scan): void {
  if (!scan.words.has("khi")) return;
  for (const m of matches(RX_EVENT, scan.text)) {
    const before = scan.text.slice(Math.max(0, m.index - 120), m.index);
    if (RX_SPAN_BEFORE_EVENT.test(before.slice(-12)) || RX_PURPOSE_IN_CLAUSE.test(before) || inAside(before)) continue;
    push(scan, m, { raw: "", date: null, kind: "event" }, 1);
  }
}
