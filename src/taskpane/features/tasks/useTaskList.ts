/**
 * What the list shows for the clerk's filter, search and grouping: the summary's counts, the rows that pass, in
 * their groups, paged and revealed a few at a time. A row the clerk has just ticked stays where it was (in its
 * group, in the filter) until the view changes, so it does not jump away from under the pointer or the focus.
 */
import * as React from "react";
import { ChecklistRow } from "../../../core/checklist";
import { TasksModel } from "./useTasks";
import { useProgressive } from "./useProgressive";
import { AsOf, FilterId, Group, Grouping, arrange, countBy, isAside, matchesQuery, page, passes } from "./taskView";

export interface ListView {
  filter: FilterId;
  query: string;
  grouping: Grouping;
  /** Rows allowed on the page ("Hiện thêm" raises it). */
  limit: number;
  /** A row about to take the focus: drawn now even if the list is still appearing a few rows at a time. */
  reveal?: string;
}

const NONE: ReadonlyMap<string, boolean> = new Map();

export function useTaskList(tasks: TasksModel, view: ListView, asOf: AsOf) {
  const { filter, query, grouping, limit } = view;
  const key = `${tasks.scanCount}|${filter}|${query}|${grouping}`;
  /** Ticks made in this view: each row's done state before the clerk changed it. */
  const [held, setHeld] = React.useState<{ key: string; was: ReadonlyMap<string, boolean> }>({ key, was: NONE });
  const was = held.key === key ? held.was : NONE;
  // A new view forgets the holds for good (coming back to the same filter files the ticked rows as they are).
  React.useEffect(() => setHeld((current) => (current.key === key ? current : { key, was: NONE })), [key]);
  const { today, dueSoonDays } = asOf;
  // Filtering, counting and grouping 1,000+ rows is work for a change of rows or view, not for every render (the list
  // appears a few rows at a time, one render per step).
  const derived = React.useMemo(
    () => deriveList(tasks.rows, tasks.removed, { filter, query, grouping }, { today, dueSoonDays }, was),
    [tasks.rows, tasks.removed, filter, query, grouping, today, dueSoonDays, was],
  );
  const { order, placed } = derived;
  // A new scan, filter or search shows its first rows at once and the others in short steps.
  const revealAt = view.reveal === undefined ? -1 : order.findIndex((row) => row.task.id === view.reveal);
  const rendered = useProgressive(Math.min(limit, order.length), key, revealAt + 1);

  return {
    counts: derived.counts,
    listed: derived.listed,
    shown: derived.shown,
    order,
    groups: page(placed, rendered),
    hidden: order.length - Math.min(order.length, limit),
    filtered: filter !== "all" || query.trim() !== "",
    /** Call before ticking: the row keeps its place until the view changes. */
    hold: (row: ChecklistRow) =>
      setHeld((current) => {
        const before = new Map(current.key === key ? current.was : NONE);
        if (!before.has(row.task.id)) before.set(row.task.id, row.done);
        return { key, was: before };
      }),
  };
}

/** The summary's counts and the rows that pass the view, in their groups; held rows keep their place (see above). */
function deriveList(
  rows: readonly ChecklistRow[],
  removed: readonly ChecklistRow[],
  view: Pick<ListView, "filter" | "query" | "grouping">,
  asOf: AsOf,
  was: ReadonlyMap<string, boolean>,
) {
  const { filter, query, grouping } = view;
  const asPlaced = (row: ChecklistRow): ChecklistRow =>
    was.has(row.task.id) ? { ...row, done: was.get(row.task.id)! } : row;
  const listed = rows.filter((row) => row.status !== "missing");
  const missing = rows.filter((row) => row.status === "missing");
  const counts = countBy(listed, { missing: missing.length, removed: removed.length }, asOf);
  const source = filter === "missing" ? missing : filter === "removed" ? removed : listed;
  const real = new Map(source.map((row) => [row.task.id, row]));
  const shown = source
    .map(asPlaced)
    .filter((row) => (isAside(filter) || passes(row, filter, asOf)) && matchesQuery(row, query));
  // Rows kept apart (gone from the document, removed) are one group named by their filter.
  const arranged: Group[] = isAside(filter)
    ? [{ key: filter, rows: arrange(shown, "deadline", asOf).flatMap((group) => group.rows) }]
    : arrange(shown, grouping, asOf);
  const placed = arranged.map((group) => ({ ...group, rows: group.rows.map((row) => real.get(row.task.id)!) }));
  return { counts, listed, shown: shown.length, order: placed.flatMap((group) => group.rows), placed };
}
