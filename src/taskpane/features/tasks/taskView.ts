/**
 * How the checklist rows are shown: each row's follow-up status as of today (its badge), the filters whose chips
 * count the statuses, search, sorting and grouping. Pure, so it is tested without React.
 */
import { ChecklistRow } from "../../../core/checklist";
import { FollowUpStatus, dueDayAsOf, followUpStatus } from "../../../core/followup";
import { compareVi, foldDiacritics } from "../../../core/text";

export type Badge = FollowUpStatus;
/** "open" and "done" gather the statuses on either side of the tick; the others are one status each. */
export type StatusFilter = "all" | "open" | "done" | FollowUpStatus;
export type Ordering = "deadline" | "owner";

/** The day statuses are judged on and how near a deadline is "due soon" (Cài đặt). */
export interface AsOf {
  today: string;
  dueSoonDays: number;
}

export const badgeOf = (row: ChecklistRow, asOf: AsOf): Badge =>
  followUpStatus({ done: row.done, doneOn: row.doneOn, deadline: row.task.deadline }, asOf.today, asOf.dueSoonDays);

/** The filter chips' order: late work, then work falling due, then the rest, done work last. */
export const STATUS_ORDER: readonly FollowUpStatus[] = [
  "overdue",
  "due-soon",
  "in-time",
  "no-deadline",
  "done-late",
  "done-on-time",
];

const isOpen = (status: FollowUpStatus): boolean => status !== "done-on-time" && status !== "done-late";

export function matchesFilter(row: ChecklistRow, filter: StatusFilter, query: string, asOf: AsOf): boolean {
  if (filter !== "all") {
    const status = badgeOf(row, asOf);
    const kept = filter === "open" ? isOpen(status) : filter === "done" ? !isOpen(status) : status === filter;
    if (!kept) return false;
  }
  const needle = foldDiacritics(query.trim());
  if (!needle) return true;
  const haystack = foldDiacritics([row.task.text, row.task.owner ?? "", ...row.task.coOwners].join(" "));
  return haystack.includes(needle);
}

/** How many rows each filter keeps: the summary the filter chips show. */
export function countByFilter(rows: readonly ChecklistRow[], asOf: AsOf): Record<StatusFilter, number> {
  const counts = { all: rows.length, open: 0, done: 0 } as Record<StatusFilter, number>;
  for (const status of STATUS_ORDER) counts[status] = 0;
  for (const row of rows) {
    const status = badgeOf(row, asOf);
    counts[status] += 1;
    counts[isOpen(status) ? "open" : "done"] += 1;
  }
  return counts;
}

/** By the day each task is due as of today (a recurring duty's next repetition), undated last. */
const byDueDay = (asOf: AsOf) => {
  const due = (row: ChecklistRow) => dueDayAsOf(row.task.deadline, asOf.today) ?? "9999-12-31";
  return (a: ChecklistRow, b: ChecklistRow): number => {
    const x = due(a);
    const y = due(b);
    return x < y ? -1 : x > y ? 1 : a.task.paragraphIndex - b.task.paragraphIndex;
  };
};

export interface Group {
  key: string;
  /** Owner grouping: the owner (null = unknown); absent in the one group of deadline ordering. */
  owner?: string | null;
  rows: ChecklistRow[];
}

/**
 * Groups in display order: one list by due day (a tick changes the badge, not the place, so the row stays under
 * the clerk's eyes and keyboard focus), or by owner in Vietnamese order, unknown last.
 */
export function arrange(rows: readonly ChecklistRow[], ordering: Ordering, asOf: AsOf): Group[] {
  const sorted = [...rows].sort(byDueDay(asOf));
  if (ordering === "deadline") return [{ key: "deadline", rows: sorted }];
  const groups = new Map<string, ChecklistRow[]>();
  for (const row of sorted) {
    const key = row.task.owner ?? "";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : compareVi(a, b)))
    .map(([owner, list]) => ({ key: `owner:${owner}`, owner: owner || null, rows: list }));
}
