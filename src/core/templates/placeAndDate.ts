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
