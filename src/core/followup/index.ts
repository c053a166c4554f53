/** The follow-up loop: task statuses as of a day, counts for a report, who to remind, safe file names. */
export type { FollowUpStatus, StatusInput } from "./status";
export {
  FOLLOW_UP_STATUSES,
  STATUS_LABELS,
  STATUS_LABELS_EN,
  isDone,
  followUpStatus,
  dueDayAsOf,
  nthDueDay,
  daysBetween,
} from "./status";
export type { FollowUpSettings } from "./settings";
export {
  DEFAULT_FOLLOW_UP,
  MAX_DAYS,
  MAX_ALARMS,
  normalizeAlarmDays,
  parseAlarmDays,
  readFollowUpSettings,
} from "./settings";
export type { StatusCount, StatusSummary } from "./summary";
export { summarizeStatuses, shares, formatPermille } from "./summary";
export type { RemindableRow, ReminderGroup, Reminders } from "./reminders";
export { remindersAsOf, ownerBodies } from "./reminders";
export { safeFileStem, uniqueStems } from "./fileName";
