/**
 * Địa danh và thời gian ban hành (decree30.md §2.4): "Tây Ninh, ngày 10 tháng 11 năm 2020".
 */
import { daysInMonth, formatDecree30Date } from "../dates";

/** A date whose day (or day and month) may still be unknown, as in a draft. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** A bilingual message for the clerk (Vietnamese first) and for logs (English). */
export interface Problem {
  message: string;
  messageEn: string;
}

/** Typed result: the core never throws on a clerk's input. */
export type Checked<T> = ({ ok: true } & { value: T }) | ({ ok: false } & Problem);

/** "Tây Ninh, ngày 10 tháng 11 năm 2020" (the date formatting rules live in core/dates). */
export function placeAndDateLine(place: string, date: PartialDate): string {
  return `${place.trim()}, ${formatDecree30Date(date)}`;
}

const fail = (message: string, messageEn: string): Checked<never> => ({ ok: false, message, messageEn });

/** Years a document of today can carry; anything else is a typing slip. */
const MIN_YEAR = 1945;
const MAX_YEAR = 2999;

/** Checks a (partial) issue date: real calendar day, month 1–12, a day only with its month. */
export function validateDate(date: PartialDate): Checked<PartialDate> {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return fail(`Năm "${year}" không hợp lệ.`, `Invalid year "${year}".`);
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12))
    return fail(`Tháng ${month} không hợp lệ: tháng phải từ 1 đến 12.`, `Invalid month ${month}: must be 1–12.`);
  if (day !== undefined) {
    if (month === undefined) return fail("Có ngày nhưng thiếu tháng.", "A day was given without its month.");
    const last = daysInMonth(year, month);
    if (!Number.isInteger(day) || day < 1 || day > last)
      return fail(
        `Ngày ${day}/${month}/${year} không tồn tại: tháng ${month} năm ${year} chỉ có ${last} ngày.`,
        `${year}-${month}-${day} does not exist: month ${month} of ${year} has ${last} days.`,
      );
  }
  return { ok: true, value: { year, month, day } };
}

/**
 * "2020-11-10" → a checked date; "2026-06" leaves the day blank, "2026" the day and month.
 * `unknownDay` drops the day (the văn thư fills it in when the document is signed).
 */
export function parseIsoDate(iso: string, unknownDay = false): Checked<PartialDate> {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(iso.trim());
  if (!m)
    return fail(
      `Ngày "${iso}" không đúng dạng NNNN-TT-NN (ví dụ 2020-11-10).`,
      `Date "${iso}" is not in YYYY-MM-DD form (e.g. 2020-11-10).`,
    );
  const checked = validateDate({
    year: Number(m[1]),
    month: m[2] === undefined ? undefined : Number(m[2]),
    day: m[3] === undefined ? undefined : Number(m[3]),
  });
  if (!checked.ok || !unknownDay) return checked;
  return { ok: true, value: { year: checked.value.year, month: checked.value.month } };
}
