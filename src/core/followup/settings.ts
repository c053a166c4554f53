/**
 * The follow-up settings a clerk sets in Cài đặt: how near a deadline must be to count as "due soon", and how many
 * days before a deadline the calendar reminds (VALARM).
 */

export interface FollowUpSettings {
  /** Sắp đến hạn: due within this many days (the deadline day itself counts). */
  dueSoonDays: number;
  /** Nhắc trước: days before a deadline when the calendar alarm rings, most distant first. */
  alarmDays: number[];
}

export const DEFAULT_FOLLOW_UP: FollowUpSettings = { dueSoonDays: 3, alarmDays: [3, 1] };

/** Beyond a month, "due soon" means nothing and an alarm is forgotten before it rings. */
export const MAX_DAYS = 60;
export const MAX_ALARMS = 3;

const dayCount = (value: unknown): number | null =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_DAYS ? value : null;

/** Alarm days without repeats, most distant first, at most MAX_ALARMS. */
export function normalizeAlarmDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a).slice(0, MAX_ALARMS);
}

/**
 * "3, 1" → [3, 1]; "" → [] (no alarm). Null when a part is not a whole number of days from 0 to MAX_DAYS, so the
 * field can say what is wrong instead of dropping it.
 */
export function parseAlarmDays(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const days = parts.map((part) => (/^\d{1,2}$/.test(part) ? dayCount(Number(part)) : null));
  if (days.some((d) => d === null)) return null;
  return normalizeAlarmDays(days as number[]);
}

/** Settings read from storage: anything malformed falls back to the default, field by field. */
export function readFollowUpSettings(value: unknown): FollowUpSettings {
  const data = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const alarms = Array.isArray(data.alarmDays) ? data.alarmDays.map(dayCount) : null;
  return {
    dueSoonDays: dayCount(data.dueSoonDays) ?? DEFAULT_FOLLOW_UP.dueSoonDays,
    alarmDays:
      alarms && alarms.every((d) => d !== null) ? normalizeAlarmDays(alarms as number[]) : DEFAULT_FOLLOW_UP.alarmDays,
  };
}
