/**
 * Who gets a reminder letter (công văn đôn đốc): every owner with open tasks that are overdue or due soon as of the
 * day given, one group per body. An owner cell naming two bodies ("Sở Tài chính; UBND các xã") reminds both; tasks
 * nobody owns are returned apart, since a letter needs somebody to send it to.
 */
import type { Task } from "../tasks";
import { compareVi, normalizeForMatch } from "../text";
import { FollowUpStatus, followUpStatus } from "./status";

/** A task as the clerk sees it (edits applied), with its tick: an export row or a checklist row. */
export interface RemindableRow {
  task: Task;
  done: boolean;
  doneOn?: string | null;
}

export interface ReminderGroup<R extends RemindableRow> {
  /** Kính gửi: the body as first written in the document. */
  owner: string;
  /** Its tasks to chase, overdue first, then by due day, then in document order. */
  rows: Array<{ row: R; status: FollowUpStatus }>;
}

export interface Reminders<R extends RemindableRow> {
  groups: Array<ReminderGroup<R>>;
  /** Overdue or due-soon tasks without an owner: the clerk must name one before a letter can go. */
  unowned: R[];
}

const CHASED = new Set<FollowUpStatus>(["overdue", "due-soon"]);

/** The bodies an owner cell names: split on ";" only (commas belong to names such as "Các sở, ban, ngành"). */
export const ownerBodies = (owner: string | null): string[] =>
  (owner ?? "")
    .normalize("NFC")
    .split(";")
    .map((body) => body.replace(/\s+/g, " ").trim())
    .filter((body) => body !== "");

export function remindersAsOf<R extends RemindableRow>(
  rows: readonly R[],
  asOf: string,
  dueSoonDays: number,
): Reminders<R> {
  const groups = new Map<string, ReminderGroup<R>>();
  const unowned: R[] = [];
  rows.forEach((row) => {
    const status = followUpStatus(
      { done: row.done, doneOn: row.doneOn, deadline: row.task.deadline },
      asOf,
      dueSoonDays,
    );
    if (!CHASED.has(status)) return;
    const bodies = ownerBodies(row.task.owner);
    if (bodies.length === 0) unowned.push(row);
    for (const body of bodies) {
      // "Sở Tài chính" and "sở tài chính" are one body: one letter.
      const key = normalizeForMatch(body);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { owner: body, rows: [] }));
      group.rows.push({ row, status });
    }
  });
  const rank = (s: FollowUpStatus) => (s === "overdue" ? 0 : 1);
  for (const group of groups.values())
    group.rows.sort(
      (a, b) =>
        rank(a.status) - rank(b.status) ||
        (a.row.task.deadline?.date ?? "").localeCompare(b.row.task.deadline?.date ?? "") ||
        a.row.task.paragraphIndex - b.row.task.paragraphIndex,
    );
  return { groups: [...groups.values()].sort((a, b) => compareVi(a.owner, b.owner)), unowned };
}
