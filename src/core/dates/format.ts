import { CalendarDate } from "./calendar";

/** Decree 30 pads days below 10 and the months January and February only (Phụ lục I, mục II). */
function decreeDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
function decreeMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2021", "ngày 29 tháng 6 năm 2021" (Địa danh và thời gian ban hành). */
export function formatDecree30Date(d: CalendarDate): string {
  return `ngày ${decreeDay(d.day)} tháng ${decreeMonth(d.month)} năm ${d.year}`;
}

/** A draft's date line, day left blank for the signer: "ngày     tháng 6 năm 2026". */
export function formatDecree30DateUnknownDay(d: { year: number; month: number }, blankWidth = 5): string {
  return `ngày${" ".repeat(blankWidth + 1)}tháng ${decreeMonth(d.month)} năm ${d.year}`;
}

/** "dd/mm/yyyy", the short form used in tables and lists. */
export function formatShortDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}
