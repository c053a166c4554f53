/**
 * How the checklist rows are shown: each row's follow-up status as of today (its badge; a recurring duty judged by
 * its next repetition), the summary whose parts are filters, search, grouping. Pure, so it is tested without React.
 *
 * A new status is one more entry in STATUS_ORDER (core/followup gives its label): the summary, the filter chips,
 * their counts and the groups follow from the tables here.
 */
import { ChecklistRow } from "../../../core/checklist";
import { FollowUpStatus, STATUS_LABELS, STATUS_LABELS_EN, dueDayAsOf, followUpStatus } from "../../../core/followup";
import type { Language } from "../../i18n";
import { compareVi, foldDiacritics } from "../../../core/text";

export type Badge = FollowUpStatus;
export type Grouping = "deadline" | "owner";

/** The day statuses are judged on, and how near a deadline is "due soon" (Cài đặt). */
export interface AsOf {
  today: string;
  dueSoonDays: number;
}

/**
 * Each row's status and due day, worked out once per row and as-of day: one render asks for them of every row many
 * times over (the counts of eight filters, the filter, the sort, the groups, the badge), and on a 300-page document
 * that made the first render after a scan freeze the pane. Rows are never changed in place (a tick makes a new
 * row), so a row's entry cannot go stale; the WeakMap lets old rows go.
 */
const judged = new WeakMap<ChecklistRow, { today: string; soon: number; badge: Badge; due: string | null }>();

function judgement(row: ChecklistRow, asOf: AsOf) {
  let known = judged.get(row);
  if (known?.today !== asOf.today || known.soon !== asOf.dueSoonDays) {
    const { done, doneOn, task } = row;
    const due = dueDayAsOf(task.deadline, asOf.today);
    const badge = followUpStatus({ done, doneOn, deadline: task.deadline }, asOf.today, asOf.dueSoonDays, due);
    known = { today: asOf.today, soon: asOf.dueSoonDays, badge, due };
    judged.set(row, known);
  }
  return known;
}

export const badgeOf = (row: ChecklistRow, asOf: AsOf): Badge => judgement(row, asOf).badge;

/** Judges every row now, so that a render asking later finds them known (see useTasks' scan). */
export function judgeAhead(rows: readonly ChecklistRow[], asOf: AsOf): void {
  for (const row of rows) judgement(row, asOf);
}

/** A status in the words the reports and exports use. */
export const badgeLabel = (language: Language, badge: Badge): string =>
  (language === "vi" ? STATUS_LABELS : STATUS_LABELS_EN)[badge];

/** The statuses in the clerk's reading order: late work, work falling due, the rest, done work last. */
export const STATUS_ORDER: readonly FollowUpStatus[] = [
  "overdue",
  "due-soon",
  "in-time",
  "no-deadline",
  "done-late",
  "done-on-time",
];

/** Rows kept apart from the list: sentences gone from the document, and tasks the clerk removed. */
export type AsideFilter = "missing" | "removed";
export type FilterId = "all" | FollowUpStatus | "no-owner" | "review" | AsideFilter;
type ListFilter = Exclude<FilterId, AsideFilter>;

/**
 * The summary's parts, in the order the clerk reads them; each is also a filter over the listed rows. A test is
 * given the row's status, worked out once by the caller (eight tests of 1,000+ rows each asking for it was most of
 * the first render after a scan).
 */
export const FILTERS: ReadonlyArray<{ id: ListFilter; test(row: ChecklistRow, badge: Badge): boolean }> = [
  { id: "all", test: () => true },
  ...STATUS_ORDER.map((status) => ({ id: status, test: (_row: ChecklistRow, badge: Badge) => badge === status })),
  { id: "no-owner", test: (row) => !row.done && !row.task.owner },
  { id: "review", test: (row) => row.task.confidence === "review" },
];

export type Counts = Record<FilterId, number>;

export const isAside = (filter: FilterId): filter is AsideFilter => filter === "missing" || filter === "removed";

/** How many rows each filter keeps: `listed` are the rows of the list, the aside sets are counted as they are. */
export function countBy(listed: readonly ChecklistRow[], aside: Record<AsideFilter, number>, asOf: AsOf): Counts {
  const counts = { ...aside } as Counts;
  for (const filter of FILTERS) counts[filter.id] = 0;
  for (const row of listed) {
    const badge = badgeOf(row, asOf);
    for (const filter of FILTERS) if (filter.test(row, badge)) counts[filter.id] += 1;
  }
  return counts;
}

/** Whether a listed row passes a list filter (aside filters show their own rows, not listed ones). */
export function passes(row: ChecklistRow, filter: FilterId, asOf: AsOf): boolean {
  if (isAside(filter)) return false;
  return FILTERS.find((f) => f.id === filter)!.test(row, badgeOf(row, asOf));
}

/** Search: owner, co-owners and sentence, with or without diacritics ("đ" as "d"). */
export function matchesQuery(row: ChecklistRow, query: string): boolean {
  const needle = foldDiacritics(query.trim());
  if (!needle) return true;
  return foldDiacritics([row.task.text, row.task.owner ?? "", ...row.task.coOwners].join(" ")).includes(needle);
}

/** Rows by due day (no day last), then by their place in the document; each row's due day is looked up once. */
function byDue(rows: readonly ChecklistRow[], asOf: AsOf): ChecklistRow[] {
  const keyed = rows.map((row) => ({ row, due: judgement(row, asOf).due ?? "9999-12-31" }));
  keyed.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.row.task.paragraphIndex - b.row.task.paragraphIndex,
  );
  return keyed.map((entry) => entry.row);
}

export interface Group {
  key: string;
  /** Owner grouping: the owner (null = unknown); deadline grouping: the badge the group gathers. */
  owner?: string | null;
  badge?: Badge;
  rows: ChecklistRow[];
  /** Rows in the group before paging, for its header's count. */
  total?: number;
}

/** Groups in display order: by status (overdue first), or by owner in Vietnamese order, unknown last. */
export function arrange(rows: readonly ChecklistRow[], grouping: Grouping, asOf: AsOf): Group[] {
  const sorted = byDue(rows, asOf);
  const groups = new Map<string, ChecklistRow[]>();
  for (const row of sorted) {
    const key = grouping === "deadline" ? badgeOf(row, asOf) : (row.task.owner ?? "");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  if (grouping === "deadline") {
    return STATUS_ORDER.filter((badge) => groups.has(badge)).map((badge) => ({
      key: badge,
      badge,
      rows: groups.get(badge)!,
    }));
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : compareVi(a, b)))
    .map(([owner, list]) => ({ key: `owner:${owner}`, owner: owner || null, rows: list }));
}

/** Shows at most `limit` rows across the groups, in order; groups left empty are dropped. */
export function page(groups: Group[], limit: number): Group[] {
  let budget = limit;
  return groups
    .map((group) => {
      const rows = group.rows.slice(0, Math.max(0, budget));
      budget -= rows.length;
      return { ...group, total: group.rows.length, rows };
    })
    .filter((group) => group.rows.length > 0);
}

/** A file name's stem for exports: the document's number and date ("05-KL-TTr_2020-11-10"), else today. */
export function exportBaseName(source: { number: string | null; issuedDate: string | null }, todayIso: string) {
  // Only what file systems refuse goes; Vietnamese letters stay. (No \p{…}: the bundle must parse as ES2017.)
  const number = (source.number ?? "").replace(/[\\/:*?"<>|\s]+/g, "-").replace(/^-+|-+$/g, "");
  return [number, source.issuedDate].filter(Boolean).join("_") || todayIso;
}
