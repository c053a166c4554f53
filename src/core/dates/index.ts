/** Vietnamese dates: Decree 30 formatting and deadline phrases → calendar days. Pure; "today" always comes in. */
export type { CalendarDate } from "./calendar";
export type { Clock } from "./clock";
export { fixedClock } from "./clock";
export {
  isValidDate,
  toIso,
  fromIso,
  addDays,
  addWorkingDays,
  weekday,
  compareDates,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  toOrdinal,
} from "./calendar";
export { formatDecree30Date, formatShortDate, parseShortDate, DATE_BLANK } from "./format";
export type {
  Deadline,
  DeadlineKind,
  RecurrenceRule,
  DateWarning,
  DeadlineContext,
  DeadlineScan,
  PhraseMode,
} from "./deadline";
export { findDeadline } from "./deadline";
export { findImpossibleDates } from "./impossible";
export type { IssueDateMatch, IssueDateWarning } from "./issueDate";
export { parsePlaceAndDate, parseMinutesDate, parseNumberLineDate } from "./issueDate";
