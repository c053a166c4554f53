import { CalendarDate, isValidDate } from "./calendar";
import { UPPER_CHARS, WORD_CHARS } from "../text";

/** Why an issue date is only approximate. */
export interface IssueDateWarning {
  code: "issue-day-blank" | "issue-day-unreadable" | "issue-month-blank" | "issue-date-impossible";
  message: string;
}

export interface IssueDateMatch {
  /** Null when the line names a day the calendar lacks ("ngày 31 tháng 02 năm 2026"): never shifted to a real one. */
  date: CalendarDate | null;
  raw: string;
  warning?: IssueDateWarning;
  /** What a scan's text layer garbled in the line: the day, or the day and the month (only the year was read). */
  unread?: "day" | "day-month";
}

/** What a blank day or month looks like: spaces, dots, an ellipsis, dashes, or a stray "/" from a scan. */
const BLANK = "[\\s._…/-]*";
/** A header table flattened to one line may put "Số: 05/KL-TTr" before the place. */
const PLACE = `^\\s*(?:Số\\s*:?\\s*\\S*\\s+)?[${UPPER_CHARS}][${WORD_CHARS} .'’-]{1,60},\\s*`;
/** "ngày", "Ngày", "NGÀY": clerks capitalise the date line's words too. */
const DAY_WORD = "(?:ngày|Ngày|NGÀY)";
/** A day or month: "6", "06", or "0 6" as a letter-spaced web copy prints it ("ngày 26 tháng 0 6 năm 2018"). */
const NUMBER = "(\\d(?: ?\\d)?)";
/** Địa danh và thời gian: "Tây Ninh, ngày 10 tháng 11 năm 2020", or a draft's "Lào Cai, ngày      tháng 6 năm 2026". */
const RX_PLACE_DATE = new RegExp(
  `${PLACE}${DAY_WORD}${BLANK}${NUMBER}?${BLANK}(?:tháng|THÁNG)${BLANK}${NUMBER}?${BLANK}(?:năm|NĂM)\\s*(\\d{4})`,
  "u",
);
/**
 * "Hà Nội, ngày 20/11/2025", "Hà Nội, 20-11-2025": the same line in figures; only as the whole line, so that a sentence
 * or a span ("Phú Thọ, 20/11/2025 - 25/11/2025") is never taken for it.
 */
const RX_PLACE_DATE_FIGURES = new RegExp(
  `${PLACE}(?:${DAY_WORD}\\s*)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})\\s*\\.?\\s*$`,
  "u",
);
/**
 * "Hà Nội ngày 01 tháng 12 năm 2025": the comma left out. Only as the whole line, so that a sentence opening with a
 * date ("Trong ngày 20 tháng 11 năm 2025, …") is never taken for it.
 */
const RX_PLACE_DATE_NO_COMMA = new RegExp(
  `^\\s*[${UPPER_CHARS}][${WORD_CHARS} .'’-]{1,60}?\\s+${DAY_WORD}${BLANK}${NUMBER}?${BLANK}(?:tháng|THÁNG)${BLANK}${NUMBER}?${BLANK}(?:năm|NĂM)\\s*(\\d{4})\\s*\\.?\\s*$`,
  "u",
);
/**
 * "Ngày 20 tháng 11 năm 2025" alone on its line, where the header's cell holds no place; in capitals, the Công báo title
 * block's "NGÀY 30 THÁNG 12 NĂM 2008".
 */
const RX_DATE_ALONE = new RegExp(
  `^\\s*${DAY_WORD}\\s+(\\d{1,2})\\s+(?:tháng|THÁNG)\\s+(\\d{1,2})\\s+(?:năm|NĂM)\\s+(\\d{4})\\s*\\.?\\s*$`,
  "u",
);

/**
 * A scanned date line whose day the text layer garbled: "Hà Nội, ngàyháng 3 năm 2020", "Hà Nội, ngàyA2 thang 3 năm
 * 2020", after a number that lost its "Số:" ("41 /CT-TTs Ha Nội, ngàyháng 3 năm 2020"). The year is read, the month
 * when it is a clean number; what is garbled is unknown, as a draft's blank day or month is ("ngày AF tháng 4Ô năm 2016"
 * keeps only its year).
 */
const RX_PLACE_DATE_SCAN = new RegExp(
  `^\\s*(?:(?:Số\\s*:?\\s*)?[\\d\\s]*/\\S*\\s+)?[${UPPER_CHARS}][${WORD_CHARS} .'’-]{1,60},\\s*${DAY_WORD}\\s*\\S{0,3}?\\s*t?h[aá]ng\\s*(?:(\\d{1,2})|\\S{1,3})\\s+(?:năm|NĂM)\\s*(\\d{4})`,
  "u",
);

/** The day (undefined when blank), month (undefined when blank) and year of a date line, and the phrase read. */
function dateLineParts(
  line: string,
): { day?: string; month?: string; year: string; raw: string; garbled?: boolean } | null {
  const m = RX_PLACE_DATE.exec(line) ?? RX_DATE_ALONE.exec(line) ?? RX_PLACE_DATE_NO_COMMA.exec(line);
  const digits = (n: string | undefined) => n?.replace(" ", "");
  if (m) return { day: digits(m[1]), month: digits(m[2]), year: m[3], raw: m[0].trim() };
  const f = RX_PLACE_DATE_FIGURES.exec(line);
  if (f) return { day: f[1], month: f[3], year: f[4], raw: f[0].trim() };
  const s = RX_PLACE_DATE_SCAN.exec(line);
  return s ? { month: s[1], year: s[2], raw: s[0].trim(), garbled: true } : null;
}
/** Biên bản: "Hôm nay, ngày 26/5/2026 …" or "Hôm nay, vào hồi 8 giờ, ngày 26 tháng 5 năm 2026". */
const RX_TODAY_LINE =
  /^\s*hôm\s+nay\s*,?[^.;]{0,40}?ngày\s+(\d{1,2})\s*(?:\/\s*(\d{1,2})\s*\/\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;

/** Reads the place-and-date line; null when the line is not one. */
export function parsePlaceAndDate(line: string): IssueDateMatch | null {
  const m = dateLineParts(line);
  if (!m) return null;
  const year = +m.year;
  const raw = m.raw;
  if (!m.month && m.garbled)
    return {
      date: { year, month: 1, day: 1 },
      raw,
      unread: "day-month",
      warning: {
        code: "issue-day-unreadable",
        message: `Không đọc được ngày và tháng trong dòng địa danh, ngày tháng ("${raw}"): tạm lấy ngày 01/01/${year} làm ngày ban hành.`,
      },
    };
  if (!m.month) {
    return {
      date: { year, month: 1, day: 1 },
      raw,
      warning: {
        code: "issue-month-blank",
        message: `Dòng địa danh, ngày tháng còn để trống ngày và tháng ("${raw}"): tạm lấy ngày 01/01/${year} làm ngày ban hành.`,
      },
    };
  }
  const month = +m.month;
  const date = { year, month, day: m.day ? +m.day : 1 };
  if (!isValidDate(date))
    return {
      date: null,
      raw,
      warning: {
        code: "issue-date-impossible",
        message: `Ngày ban hành không có thật: "${raw}". Hãy kiểm tra lại dòng địa danh, ngày tháng; tiện ích không tự sửa ngày này.`,
      },
    };
  if (m.garbled)
    return {
      date,
      raw,
      unread: "day",
      warning: {
        code: "issue-day-unreadable",
        message: `Không đọc được ngày trong dòng địa danh, ngày tháng ("${raw}"): tạm lấy ngày 01/${String(month).padStart(2, "0")}/${year} làm ngày ban hành; thời hạn tương đối có thể lệch.`,
      },
    };
  if (!m.day) {
    return {
      date,
      raw,
      warning: {
        code: "issue-day-blank",
        message: `Dòng địa danh, ngày tháng còn để trống ngày ("${raw}"): tạm lấy ngày 01/${String(month).padStart(2, "0")}/${year} làm ngày ban hành; thời hạn tương đối có thể lệch.`,
      },
    };
  }
  return { date, raw };
}

/** Reads "Hôm nay, ngày 26/5/2026" at the start of minutes (biên bản), which have no place-and-date line. */
export function parseMinutesDate(line: string): (IssueDateMatch & { date: CalendarDate }) | null {
  const m = RX_TODAY_LINE.exec(line);
  if (!m) return null;
  const date = m[2] ? { year: +m[3], month: +m[2], day: +m[1] } : { year: +m[5], month: +m[4], day: +m[1] };
  return isValidDate(date) ? { date, raw: m[0].trim() } : null;
}

/**
 * A telegram (công điện) that has no place-and-date line dates its number line: "Số: 04/CĐ-UBND hồi 17 giờ 00 ngày
 * 02/4/2020". Only as the whole line after "Số", so that a cited number in a sentence is never taken for it.
 */
const RX_NUMBER_LINE_DATE =
  /^\s*Số\s*:?\s*\S+(?:\s+hồi\s+[^,;]{1,30}?)?,?\s+ngày\s+(\d{1,2})\s*(?:\/\s*(\d{1,2})\s*\/\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*\.?\s*$/iu;

export function parseNumberLineDate(line: string): (IssueDateMatch & { date: CalendarDate }) | null {
  const m = RX_NUMBER_LINE_DATE.exec(line);
  if (!m) return null;
  const date = m[2] ? { year: +m[3], month: +m[2], day: +m[1] } : { year: +m[5], month: +m[4], day: +m[1] };
  return isValidDate(date) ? { date, raw: m[0].trim() } : null;
}
