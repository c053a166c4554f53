import { Clock, fixedClock } from "../core/dates";
import { systemClock } from "../word/clock";

/**
 * KL_TODAY=YYYY-MM-DD stops the CLI's clock on that day, so output is the same whatever day it is run (tests,
 * examples in the README, a tracker re-made as of a past day). A value that is not a day is refused, not ignored.
 */
export function clockFromEnvironment(value: string | undefined): Clock {
  if (value === undefined || value === "") return systemClock;
  const clock = fixedClock(value);
  if (!clock) throw new Error(`KL_TODAY="${value}" không phải một ngày YYYY-MM-DD / is not a YYYY-MM-DD day`);
  return clock;
}
