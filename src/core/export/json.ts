/** The spec's extract JSON with the clerk's checklist state alongside. */
import type { ChecklistState, TaskEdit } from "../checklist";
import type { ExtractResult } from "../tasks";

export interface ChecklistJsonEntry {
  done: boolean;
  /** Ngày hoàn thành, when the tick recorded it. */
  doneOn?: string;
  /** The clerk's note (kết quả / ghi chú). */
  note?: string;
  edit?: TaskEdit;
}

export interface ExtractJsonWithChecklist extends ExtractResult {
  /** By id of an extracted task: the tick and the clerk's edits; tasks the clerk removed are left out. */
  checklist: Record<string, ChecklistJsonEntry>;
}

export function withChecklist(result: ExtractResult, state: ChecklistState): ExtractJsonWithChecklist {
  const checklist: Record<string, ChecklistJsonEntry> = {};
  for (const task of result.tasks) {
    const entry = state.entries[task.id];
    if (entry?.removed) continue;
    checklist[task.id] = {
      done: entry?.done ?? false,
      ...(entry?.done && entry.doneOn ? { doneOn: entry.doneOn } : {}),
      ...(entry?.note ? { note: entry.note } : {}),
      ...(entry?.edit ? { edit: entry.edit } : {}),
    };
  }
  return { issuedDate: result.issuedDate, tasks: result.tasks, warnings: result.warnings, checklist };
}

export function toJson(result: ExtractResult, state: ChecklistState): string {
  return JSON.stringify(withChecklist(result, state), null, 2) + "\n";
}
