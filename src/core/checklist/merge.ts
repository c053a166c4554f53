/**
 * Joins a scan of the document with the checklist: what the clerk sees in the "Nhiệm vụ" list.
 */
import { Task } from "../tasks";
import { ChecklistEntry, ChecklistState } from "./state";

/** present: in the document and known; new: first seen in this scan; missing: its sentence is gone. */
export type RowStatus = "present" | "new" | "missing";

export interface ChecklistRow {
  /** The task with the clerk's edits applied. */
  task: Task;
  done: boolean;
  /** Ngày hoàn thành, when the tick recorded it. */
  doneOn?: string;
  /** The clerk's result or remark. */
  note?: string;
  status: RowStatus;
  edited: boolean;
  manual: boolean;
}

/** The tick's day and the clerk's note, only when present (rows stay comparable with toEqual). */
function progressOf(entry: ChecklistEntry | undefined): Pick<ChecklistRow, "doneOn" | "note"> {
  return {
    ...(entry?.done && entry.doneOn ? { doneOn: entry.doneOn } : {}),
    ...(entry?.note ? { note: entry.note } : {}),
  };
}

function applyEdit(task: Task, state: ChecklistState): Task {
  const edit = state.entries[task.id]?.edit;
  return edit ? { ...task, ...edit } : task;
}

/**
 * The ids a scan finds for the first time. Computed against the checklist as it was before the scan;
 * the first scan of a document marks nothing as new.
 */
export function newTaskIds(tasks: Task[], before: ChecklistState): Set<string> {
  if (Object.keys(before.entries).length === 0) return new Set();
  return new Set(tasks.filter((task) => !(task.id in before.entries)).map((task) => task.id));
}

/** `tasks` come from the latest scan, `newIds` from `newTaskIds` at that scan. */
export function mergeChecklist(
  tasks: Task[],
  state: ChecklistState,
  newIds: ReadonlySet<string> = new Set(),
): ChecklistRow[] {
  const seen = new Set<string>();
  const rows: ChecklistRow[] = [];

  for (const task of tasks) {
    seen.add(task.id);
    const entry = state.entries[task.id];
    if (entry?.removed) continue;
    rows.push({
      task: applyEdit(task, state),
      done: entry?.done ?? false,
      ...progressOf(entry),
      status: newIds.has(task.id) ? "new" : "present",
      edited: entry?.edit !== undefined,
      manual: false,
    });
  }

  for (const task of state.manual) {
    seen.add(task.id);
    if (state.entries[task.id]?.removed) continue;
    rows.push({
      task: applyEdit(task, state),
      done: state.entries[task.id]?.done ?? false,
      ...progressOf(state.entries[task.id]),
      status: "present",
      edited: false,
      manual: true,
    });
  }

  for (const [id, entry] of Object.entries(state.entries)) {
    if (seen.has(id) || entry.removed || entry.dismissed) continue;
    const found = { owner: null, coOwners: [], deadline: null, ...entry.found, ...entry.edit };
    const ghost: Task = { id, text: entry.text, ...found, urgent: false, section: null, paragraphIndex: -1 };
    rows.push({
      task: ghost,
      done: entry.done,
      ...progressOf(entry),
      status: "missing",
      edited: entry.edit !== undefined,
      manual: false,
    });
  }
  return rows;
}

/** The tasks the clerk removed from the list that are still in the document (or added by hand), to bring back. */
export function removedRows(tasks: Task[], state: ChecklistState): ChecklistRow[] {
  const removed = (task: Task) => state.entries[task.id]?.removed === true;
  const row = (task: Task, manual: boolean): ChecklistRow => ({
    task: applyEdit(task, state),
    done: state.entries[task.id]?.done ?? false,
    status: "present",
    edited: state.entries[task.id]?.edit !== undefined,
    manual,
  });
  return [...tasks.filter(removed).map((t) => row(t, false)), ...state.manual.filter(removed).map((t) => row(t, true))];
}
