import type { Clock } from "../core/dates";

/**
 * The computer's clock, read here at the edge and nowhere else. "Today" is the local calendar day (a clerk in
 * Hà Nội at 06:00 is on the 4th even when UTC is still on the 3rd).
 */
export const systemClock: Clock = {
  today() {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  },
  now: () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
};
