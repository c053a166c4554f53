import { CalendarDate, fromIso } from "./calendar";

/**
 * Where "today" comes from. The core never reads the system clock: the edges hand in a Clock (the system's in
 * production, a fixed one in tests and for reproducible CLI runs), so every screen and file agrees on one day.
 */
export interface Clock {
  /** Today on the clerk's computer, as a calendar day. */
  today(): CalendarDate;
  /** Now as an ISO instant in UTC ("2026-12-03T10:24:00Z"): an ICS DTSTAMP, a fresh id. */
  now(): string;
}

/** A clock stopped at `iso` ("YYYY-MM-DD", optionally with a time "THH:MM:SSZ"); null when it is not a real day. */
export function fixedClock(iso: string): Clock | null {
  const day = fromIso(iso.slice(0, 10));
  if (!day) return null;
  const instant = iso.length > 10 ? iso : `${iso}T00:00:00Z`;
  return { today: () => ({ ...day }), now: () => instant };
}
