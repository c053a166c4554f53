import { CalendarDate, isValidDate, toIso } from "./calendar";

/** Decree 30 pads days below 10 and the months January and February only (Phụ lục I, mục II). */
function decreeDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
function decreeMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Where a draft leaves the day (or month) for the văn thư to write in by hand. */
export const DATE_BLANK = "     ";

/**
 * "ngày 05 tháng 01 năm 2021", "ngày 29 tháng 6 năm 2021" (Địa danh và thời gian ban hành); a draft's
 * unknown day or month stays blank: "ngày       tháng 6 năm 2026".
 */
export function formatDecree30Date(d: { year: number; month?: number; day?: number }): string {
  const day = d.day === undefined ? DATE_BLANK : decreeDay(d.day);
  const month = d.month === undefined ? DATE_BLANK : decreeMonth(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "dd/mm/yyyy", the short form used in tables and lists. */
export function formatShortDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/**
 * What clerks type for a day: "13/11/2020", "13/11" (the given year), "5-1-21", "05.01.2021".
 * Returns the ISO day, or null when the text is not a real calendar day (31/02 is refused, never shifted).
 */
export function parseShortDate(text: string, fallbackYear: number): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?\s*$/.exec(text);
  if (!m) return null;
  const year = m[3] === undefined ? fallbackYear : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const day = { year, month: Number(m[2]), day: Number(m[1]) };
  return isValidDate(day) ? toIso(day) : null;
}
