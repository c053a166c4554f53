/**
 * Tình trạng thực hiện nhiệm vụ, as the government's task-tracking reports count them ("đã hoàn thành: đúng hạn …,
 * quá hạn …; chưa hoàn thành: trong hạn …, quá hạn …"), plus "no deadline" and "due soon". Computed against an
 * "as of" day the caller gives (today by default, or the day a report is made for), never the clock.
 */
import { Deadline, RecurrenceRule, addDays, daysInMonth, fromIso, toIso, toOrdinal } from "../dates";

/**
 * One status per task; together they partition the list (due-soon is the part of "within the deadline" that
 * falls due within N days, so the counts add up to the total).
 */
export type FollowUpStatus = "done-on-time" | "done-late" | "overdue" | "due-soon" | "in-time" | "no-deadline";

/** In the order reports list them. */
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  "done-on-time",
  "done-late",
  "overdue",
  "due-soon",
  "in-time",
  "no-deadline",
];

/** Tình trạng as a cell of a table or an export says it. */
export const STATUS_LABELS: Record<FollowUpStatus, string> = {
  "done-on-time": "Hoàn thành đúng hạn",
  "done-late": "Hoàn thành quá hạn",
  overdue: "Quá hạn",
  "due-soon": "Sắp đến hạn",
  "in-time": "Trong hạn",
  "no-deadline": "Không có thời hạn",
};

export const STATUS_LABELS_EN: Record<FollowUpStatus, string> = {
  "done-on-time": "Done on time",
  "done-late": "Done late",
  overdue: "Overdue",
  "due-soon": "Due soon",
  "in-time": "Within the deadline",
  "no-deadline": "No deadline",
};

export const isDone = (status: FollowUpStatus): boolean => status === "done-on-time" || status === "done-late";

/** What the status of a task depends on: the tick, the day it was ticked, the deadline (edits applied). */
export interface StatusInput {
  done: boolean;
  /** Ngày hoàn thành, ISO; absent on ticks made before the day was recorded. */
  doneOn?: string | null;
  deadline: Deadline | null;
}

const MONTHS_PER: Record<Exclude<RecurrenceRule, "weekly">, number> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  yearly: 12,
};

/** The n-th repetition of a monthly-or-longer duty first due on `first` (a last-of-month anchor stays last-of-month). */
export function nthDueDay(first: string, rule: RecurrenceRule, n: number): string {
  const day = fromIso(first);
  if (!day) return first;
  if (rule === "weekly") return toIso(addDays(day, 7 * n));
  const index = day.month - 1 + MONTHS_PER[rule] * n;
  const year = day.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const length = daysInMonth(year, month);
  const lastOfMonth = day.day === daysInMonth(day.year, day.month);
  return toIso({ year, month, day: lastOfMonth ? length : Math.min(day.day, length) });
}

/**
 * The day a deadline is due as of `asOf`: its date, or for a recurring duty the first repetition on or after `asOf`
 * (a duty that comes back every period is never overdue by an earlier period). Null when there is no date.
 */
export function dueDayAsOf(deadline: Deadline | null, asOf: string): string | null {
  const date = deadline?.date ?? null;
  if (!date || !fromIso(date)) return null;
  if (deadline?.kind !== "recurring" || !deadline.rule || date >= asOf) return date;
  const rule = deadline.rule;
  // Jump to just before the answer (a month is at most 31 days, so this never overshoots), then step.
  const gapDays = daysBetween(date, asOf);
  const periodDays = rule === "weekly" ? 7 : MONTHS_PER[rule] * 31;
  for (let n = Math.max(1, Math.floor(gapDays / periodDays) - 1); ; n++) {
    const due = nthDueDay(date, rule, n);
    if (due >= asOf) return due;
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = fromIso(from);
  const b = fromIso(to);
  if (!a || !b) return 0;
  return toOrdinal(b) - toOrdinal(a);
}

/**
 * The status as of `asOf`:
 * - ticked on or before `asOf`: done on time when ticked on or before the due day, late after it (a tick without
 *   a recorded day, from older checklists, counts as on time: nothing says it was late; a recurring duty ticked
 *   in its period is on time);
 * - ticked after `asOf`, or not ticked: overdue when the due day is before `asOf`, due soon when it is at most
 *   `dueSoonDays` away (the deadline day itself included), within the deadline otherwise, no deadline without a day.
 * `knownDue`: `dueDayAsOf(input.deadline, asOf)` when the caller has already worked it out (a list shows it too).
 */
export function followUpStatus(
  input: StatusInput,
  asOf: string,
  dueSoonDays: number,
  knownDue?: string | null,
): FollowUpStatus {
  const doneOn = input.doneOn && fromIso(input.doneOn) ? input.doneOn : null;
  if (input.done && (doneOn === null || doneOn <= asOf)) {
    const d = input.deadline;
    const late = doneOn !== null && d?.kind !== "recurring" && !!d?.date && fromIso(d.date) !== null && doneOn > d.date;
    return late ? "done-late" : "done-on-time";
  }
  const due = knownDue === undefined ? dueDayAsOf(input.deadline, asOf) : knownDue;
  if (due === null) return "no-deadline";
  const days = daysBetween(asOf, due);
  if (days < 0) return "overdue";
  return days <= dueSoonDays ? "due-soon" : "in-time";
}
