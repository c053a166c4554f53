/**
 * Địa danh và thời gian ban hành (decree30.md §2.4): "Tây Ninh, ngày 10 tháng 11 năm 2020".
 */
import { DRAFT_BLANK, padNumber } from "./documentNumber";

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

/** Day: leading zero below 10. Month: leading zero for January and February only. */
export const decree30Day = (day: number): string => padNumber(day);
export const decree30Month = (month: number): string => (month <= 2 ? `0${month}` : String(month));

/** "ngày 05 tháng 01 năm 2021"; unknown parts stay blank for the văn thư: "ngày      tháng 6 năm 2026". */
export function decree30DateText(date: PartialDate): string {
  const day = date.day === undefined ? DRAFT_BLANK : decree30Day(date.day);
  const month = date.month === undefined ? DRAFT_BLANK : decree30Month(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

export function placeAndDateLine(place: string, date: PartialDate): string {
  return `${place.trim()}, ${decree30DateText(date)}`;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
