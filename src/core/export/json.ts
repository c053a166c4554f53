/** The spec's extract JSON with the clerk's checklist state alongside, and each task's status as of a day. */
import type { ChecklistState, TaskEdit } from "../checklist";
import { DEFAULT_FOLLOW_UP, FollowUpStatus, followUpStatus } from "../followup";
import type { ExtractResult } from "../tasks";

export interface ChecklistJsonEntry {
  done: boolean;
  /** Ngày hoàn thành, when the tick recorded it. */
  doneOn?: string;
  /** The clerk's note (kết quả / ghi chú). */
  note?: string;
  edit?: TaskEdit;
  /** Tình trạng as of the export's day (the clerk's deadline edit applied). */
  status?: FollowUpStatus;
}

/** The day statuses are judged on and the "due soon" window (Cài đặt). */
export interface JsonAsOf {
  today: string;
  dueSoonDays?: number;
}

export interface ExtractJsonWithChecklist extends ExtractResult {
  /** By id of an extracted task: the tick and the clerk's edits; tasks the clerk removed are left out. */
  checklist: Record<string, ChecklistJsonEntry>;
  /** The day the statuses are as of, when they are given. */
  asOf?: string;
}

export function withChecklist(result: ExtractResult, state: ChecklistState, asOf?: JsonAsOf): ExtractJsonWithChecklist {
  const checklist: Record<string, ChecklistJsonEntry> = {};
  for (const task of result.tasks) {
    const entry = state.entries[task.id];
    if (entry?.removed) continue;
    const done = entry?.done ?? false;
    const doneOn = done ? entry?.doneOn : undefined;
    const deadline = entry?.edit && "deadline" in entry.edit ? (entry.edit.deadline ?? null) : task.deadline;
    checklist[task.id] = {
      done,
      ...(doneOn ? { doneOn } : {}),
      ...(entry?.note ? { note: entry.note } : {}),
      ...(entry?.edit ? { edit: entry.edit } : {}),
      ...(asOf
        ? {
            status: followUpStatus(
              { done, doneOn, deadline },
              asOf.today,
              asOf.dueSoonDays ?? DEFAULT_FOLLOW_UP.dueSoonDays,
            ),
          }
        : {}),
    };
  }
  const { issuedDate, tasks, warnings } = result;
  return { issuedDate, tasks, warnings, checklist, ...(asOf ? { asOf: asOf.today } : {}) };
}

export function toJson(result: ExtractResult, state: ChecklistState, asOf?: JsonAsOf): string {
  return JSON.stringify(withChecklist(result, state, asOf), null, 2) + "\n";
}
