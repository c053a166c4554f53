/** Today on this computer as a calendar date; the clock is read at the edge, never in the core. */
export function systemToday(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
