/** Counts and shares per status, for a report's "Kết quả chung" and the pane's summary. */
import { FOLLOW_UP_STATUSES, FollowUpStatus } from "./status";

export interface StatusCount {
  status: FollowUpStatus;
  count: number;
  /** Share of the total in tenths of a percent (333 = 33,3%); the shares add up to exactly 1000. */
  permille: number;
}

export interface StatusSummary {
  total: number;
  /** One line per status, in FOLLOW_UP_STATUSES order, zeros included. */
  counts: StatusCount[];
  done: number;
  open: number;
}

/**
 * Shares rounded to 0,1% by largest remainder, so that a table of percentages adds up to 100% as a leader reading
 * it expects (33,3 + 33,3 + 33,4, not 33,3 × 3).
 */
export function shares(counts: readonly number[], unit = 1000): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * unit) / total);
  const floors = exact.map(Math.floor);
  let left = unit - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

export function summarizeStatuses(statuses: readonly FollowUpStatus[]): StatusSummary {
  const counts = FOLLOW_UP_STATUSES.map((status) => statuses.filter((s) => s === status).length);
  const permille = shares(counts);
  const done = counts[0] + counts[1];
  return {
    total: statuses.length,
    counts: FOLLOW_UP_STATUSES.map((status, i) => ({ status, count: counts[i], permille: permille[i] })),
    done,
    open: statuses.length - done,
  };
}

/** 333 → "33,3%": the Vietnamese decimal comma. */
export const formatPermille = (permille: number): string =>
  `${Math.floor(permille / 10)}${permille % 10 ? `,${permille % 10}` : ""}%`;
