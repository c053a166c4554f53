/**
 * How the checklist rows are shown: deadline badges relative to today, filters, sorting, grouping.
 * Pure, so it is tested without React.
 */
import { ChecklistRow } from "../../../core/checklist";
import { compareVi, foldDiacritics } from "../../../core/text";

export type Badge = "overdue" | "due-soon" | "done" | "no-deadline" | "scheduled";
export type StatusFilter = "all" | "open" | "overdue" | "done";
export type Ordering = "deadline" | "owner";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

/** Overdue (red), due within 7 days (amber), done (green), no deadline (grey), relative to `todayIso`. */
export function badgeOf(row: ChecklistRow, todayIso: string): Badge {
  if (row.done) return "done";
  const date = row.task.deadline?.date;
  if (!date) return "no-deadline";
  const days = dayNumber(date) - dayNumber(todayIso);
  if (days < 0) return "overdue";
  return days <= 7 ? "due-soon" : "scheduled";
}

export function matchesFilter(row: ChecklistRow, filter: StatusFilter, query: string, todayIso: string): boolean {
  if (filter === "open" && row.done) return false;
  if (filter === "done" && !row.done) return false;
  if (filter === "overdue" && badgeOf(row, todayIso) !== "overdue") return false;
  const needle = foldDiacritics(query.trim());
  if (!needle) return true;
  const haystack = foldDiacritics([row.task.text, row.task.owner ?? "", ...row.task.coOwners].join(" "));
  return haystack.includes(needle);
}

const byDeadline = (a: ChecklistRow, b: ChecklistRow): number => {
  const x = a.task.deadline?.date ?? "9999-12-31";
  const y = b.task.deadline?.date ?? "9999-12-31";
  return x < y ? -1 : x > y ? 1 : a.task.paragraphIndex - b.task.paragraphIndex;
};

/** Groups in display order; ordering by deadline gives one group with no title. */
export function arrange(
  rows: ChecklistRow[],
  ordering: Ordering,
): Array<{ owner: string | null; rows: ChecklistRow[] }> {
  if (ordering === "deadline") return [{ owner: null, rows: [...rows].sort(byDeadline) }];
  const groups = new Map<string, ChecklistRow[]>();
  for (const row of rows) {
    const key = row.task.owner ?? "";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : compareVi(a, b)))
    .map(([owner, list]) => ({ owner: owner || null, rows: list.sort(byDeadline) }));
}
