/** Calendar periods a deadline phrase names: weeks, months, quarters, halves, years, and first due days of a recurrence. */
import {
  CalendarDate,
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isValidDate,
  quarterOf,
  toOrdinal,
  weekday,
} from "./calendar";
import type { RecurrenceRule } from "./deadline";

/** Monday of the week containing d (weeks run Monday to Sunday). */
export function mondayOf(d: CalendarDate): CalendarDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** The next given weekday on or after d. */
export function nextWeekday(d: CalendarDate, wd: number): CalendarDate {
  return addDays(d, (wd - weekday(d) + 7) % 7);
}

/**
 * Year inference: a day or month written without a year takes the issue year; if that lands more than 31 days before
 * the issue date, it means next year.
 */
export function inferYear(issued: CalendarDate, make: (year: number) => CalendarDate | null): CalendarDate | null {
  const same = make(issued.year);
  if (same && toOrdinal(same) >= toOrdinal(issued) - 31) return same;
  return make(issued.year + 1) ?? same;
}

export function endOfHalf(d: CalendarDate): CalendarDate {
  return d.month <= 6 ? endOfMonth(d.year, 6) : endOfMonth(d.year, 12);
}

/** The last day of the week, month, quarter or year `offset` periods after the one holding `issued`. */
export function endOfPeriod(unit: string, issued: CalendarDate, offset: number): CalendarDate {
  switch (unit) {
    case "tuần":
      return addDays(mondayOf(issued), 6 + 7 * offset);
    case "tháng": {
      const m = addMonths(issued.year, issued.month, offset);
      return endOfMonth(m.year, m.month);
    }
    case "quý": {
      const q = quarterOf(issued) - 1 + offset;
      return endOfQuarter(issued.year + Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    default:
      return endOfMonth(issued.year + offset, 12);
  }
}

/** d plus n calendar months, the day kept (clamped to the month's last day: 31/01 + 1 month = 28/02). */
export function addMonthsToDay(d: CalendarDate, n: number): CalendarDate {
  const m = addMonths(d.year, d.month, n);
  return { year: m.year, month: m.month, day: Math.min(d.day, daysInMonth(m.year, m.month)) };
}

export function ruleOf(unit: string): RecurrenceRule {
  return ({ tuần: "weekly", tháng: "monthly", quý: "quarterly", năm: "yearly" } as const)[
    unit.toLowerCase() as "tuần" | "tháng" | "quý" | "năm"
  ];
}

/**
 * The first day on or after `from` that is day `day` of some month (months too short for it are skipped); day 0 is
 * each month's last.
 */
export function nextMonthlyDay(from: CalendarDate, day: number): CalendarDate | null {
  for (let i = 0; i < 13; i++) {
    const m = addMonths(from.year, from.month, i);
    if (day <= daysInMonth(m.year, m.month)) {
      const c = { year: m.year, month: m.month, day: day > 0 ? day : daysInMonth(m.year, m.month) };
      if (compareDates(c, from) >= 0) return c;
    }
  }
  return null;
}

export function nextYearlyDay(from: CalendarDate, month: number, day: number): CalendarDate | null {
  for (let y = from.year; y <= from.year + 8; y++) {
    const c = { year: y, month, day };
    if (isValidDate(c) && compareDates(c, from) >= 0) return c;
  }
  return null;
}

/** The last working day (Monday to Friday) of some month, first on or after `from`; public holidays are not known. */
export function nextLastWorkingDay(from: CalendarDate): CalendarDate | null {
  for (let i = 0; i < 2; i++) {
    const m = addMonths(from.year, from.month, i);
    let d: CalendarDate = { year: m.year, month: m.month, day: daysInMonth(m.year, m.month) };
    while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1);
    if (compareDates(d, from) >= 0) return d;
  }
  return null;
}

/** The day `day` of the `monthInQuarter`-th month of each quarter, first on or after `from`; day 0 is the month's last. */
export function nextQuarterlyDay(from: CalendarDate, day: number, monthInQuarter: number): CalendarDate | null {
  for (let i = 0; i < 8; i++) {
    const q = quarterOf(from) - 1 + i;
    const year = from.year + Math.floor(q / 4);
    const month = (q % 4) * 3 + monthInQuarter;
    const c = { year, month, day: day > 0 ? day : daysInMonth(year, month) };
    if (isValidDate(c) && compareDates(c, from) >= 0) return c;
  }
  return null;
}

/**
 * The first "day D (of month M) of each month / quarter / year" on or after `from`. A quarter's month is the named
 * month's place in its quarter, the third when none is named; a yearly rule without a month has none.
 */
export function firstRecurringDay(
  rule: RecurrenceRule,
  from: CalendarDate,
  day: number,
  month?: string,
): CalendarDate | null {
  if (rule === "monthly") return nextMonthlyDay(from, day);
  if (rule === "yearly") return month ? nextYearlyDay(from, +month, day) : null;
  return nextQuarterlyDay(from, day, month ? ((+month - 1) % 3) + 1 : 3);
}

/** The n-th given weekday of a month (n from 1), or null past the month's end. */
export function nthWeekdayOfMonth(year: number, month: number, wd: number, n: number): CalendarDate | null {
  const first = nextWeekday({ year, month, day: 1 }, wd);
  const day = first.day + 7 * (n - 1);
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}
