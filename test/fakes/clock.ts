import { Clock, fixedClock } from "../../src/core/dates";

/** A clock stopped on `iso` (YYYY-MM-DD): every test names its day, none reads the computer's. */
export function clockAt(iso: string): Clock {
  const clock = fixedClock(iso);
  if (!clock) throw new Error(`not a day: ${iso}`);
  return clock;
}
