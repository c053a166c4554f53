/** A calendar day with no time zone: what a clerk writes, never a JS Date (which would drag the clock and zone in). */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the triple names a real day of the Gregorian calendar. */
export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** "YYYY-MM-DD". */
export function toIso(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses "YYYY-MM-DD"; null when malformed or not a real day. */
export function fromIso(s: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDate(d) ? d : null;
}

/** Days since 0001-01-01 (proleptic Gregorian), for arithmetic without Date. */
export function toOrdinal(d: CalendarDate): number {
  const y = d.year - 1;
  let n = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < d.month; m++) n += daysInMonth(d.year, m);
  return n + d.day - 1;
}

export function fromOrdinal(n: number): CalendarDate {
  // 400-year cycles have 146097 days.
  let year = 1 + 400 * Math.floor(n / 146097);
  n = n % 146097;
  if (n < 0) n += 146097;
  for (;;) {
    const len = isLeapYear(year) ? 366 : 365;
    if (n < len) break;
    n -= len;
    year++;
  }
  let month = 1;
  for (;;) {
    const len = daysInMonth(year, month);
    if (n < len) break;
    n -= len;
    month++;
  }
  return { year, month, day: n + 1 };
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromOrdinal(toOrdinal(d) + n);
}

/** 0 = Sunday … 6 = Saturday (0001-01-01 was a Monday). */
export function weekday(d: CalendarDate): number {
  return (toOrdinal(d) + 1) % 7;
}

/** Adds working days (ngày làm việc): Saturdays and Sundays do not count. Public holidays are not known here. */
export function addWorkingDays(d: CalendarDate, n: number): CalendarDate {
  let cur = d;
  let left = n;
  while (left > 0) {
    cur = addDays(cur, 1);
    const w = weekday(cur);
    if (w !== 0 && w !== 6) left--;
  }
  return cur;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function endOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

export function endOfQuarter(year: number, quarter: number): CalendarDate {
  return endOfMonth(year, quarter * 3);
}

export function quarterOf(d: CalendarDate): number {
  return Math.ceil(d.month / 3);
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}
