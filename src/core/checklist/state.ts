/**
 * The checklist (danh sách theo dõi nhiệm vụ): what the clerk did with the tasks — ticks, edits,
 * removals, tasks added by hand — keyed by the task's stable id, so it survives re-scans and
 * travels inside the document.
 */
import { Deadline } from "../dates";
import { Task } from "../tasks";

export const CHECKLIST_SCHEMA_VERSION = 2;

/** What the clerk changed on a task; absent fields keep what the extractor found. */
export interface TaskEdit {
  owner?: string | null;
  coOwners?: string[];
  deadline?: Deadline | null;
}

/** What a scan found for a task, kept so that a task whose sentence is gone still shows its owner and deadline. */
export interface FoundFields {
  owner: string | null;
  coOwners: string[];
  deadline: Deadline | null;
}

export interface ChecklistEntry {
  /** The task's text when last seen, to show it once its sentence is gone. */
  text: string;
  done: boolean;
  /** Ngày hoàn thành (ISO): the day the task was ticked, editable since clerks tick late. Absent on older ticks. */
  doneOn?: string;
  /** Kết quả / ghi chú: what the clerk wrote about how the task went; a progress report prints it. */
  note?: string;
  found?: FoundFields;
  edit?: TaskEdit;
  /** Removed from the list by the clerk (the sentence stays in the document). */
  removed?: boolean;
  /** The sentence is gone and the clerk dismissed the notice. */
  dismissed?: boolean;
}

export interface ChecklistState {
  schemaVersion: number;
  entries: Record<string, ChecklistEntry>;
  /** Tasks the clerk added by hand; they have no sentence in the document. */
  manual: Task[];
  /** The tracking table last written into the document: a signature of its rows, to tell when it is out of date. */
  trackingTable?: { signature: string };
}

export const emptyChecklist = (): ChecklistState => ({
  schemaVersion: CHECKLIST_SCHEMA_VERSION,
  entries: {},
  manual: [],
});

const entryOf = (state: ChecklistState, id: string, text = ""): ChecklistEntry =>
  state.entries[id] ?? { text, done: false };

const withEntry = (
  state: ChecklistState,
  id: string,
  change: (entry: ChecklistEntry) => ChecklistEntry,
): ChecklistState => ({
  ...state,
  entries: { ...state.entries, [id]: change(entryOf(state, id)) },
});

/**
 * Ticks or unticks a task. `on` is the day of the tick (today, from the caller's clock); unticking forgets the day,
 * so a later tick records a new one.
 */
export const setDone = (state: ChecklistState, id: string, done: boolean, on?: string): ChecklistState =>
  withEntry(state, id, ({ doneOn: previous, ...entry }) => {
    const day = done ? (on ?? previous) : undefined;
    return { ...entry, done, ...(day ? { doneOn: day } : {}) };
  });

/** Corrects the day a task was done (the clerk ticked it late); null forgets it. */
export const setDoneOn = (state: ChecklistState, id: string, day: string | null): ChecklistState =>
  withEntry(state, id, ({ doneOn: _previous, ...entry }) => (day ? { ...entry, doneOn: day } : entry));

/** The clerk's result or remark on a task; blank removes it. */
export const setNote = (state: ChecklistState, id: string, note: string): ChecklistState =>
  withEntry(state, id, ({ note: _previous, ...entry }) => {
    const clean = note.normalize("NFC").trim();
    return clean ? { ...entry, note: clean } : entry;
  });

export const editTask = (state: ChecklistState, id: string, edit: TaskEdit): ChecklistState =>
  withEntry(state, id, (entry) => ({ ...entry, edit: { ...entry.edit, ...edit } }));

/** What the clerk's edit form saves at once: owner and deadline, the done day, the note (absent: unchanged). */
export interface RowUpdate {
  edit?: TaskEdit;
  doneOn?: string | null;
  note?: string;
}

/** One change for one Lưu, so the checklist is written once. */
export function updateRow(state: ChecklistState, id: string, update: RowUpdate): ChecklistState {
  let next = update.edit ? editTask(state, id, update.edit) : state;
  if (update.doneOn !== undefined) next = setDoneOn(next, id, update.doneOn);
  if (update.note !== undefined) next = setNote(next, id, update.note);
  return next;
}

/** Hides a task from the list; it stays in the state (a hand-added one too) so the clerk can bring it back. */
export const removeTask = (state: ChecklistState, id: string): ChecklistState =>
  withEntry(state, id, (entry) => ({ ...entry, text: entry.text || manualText(state, id), removed: true }));

const manualText = (state: ChecklistState, id: string): string =>
  state.manual.find((task) => task.id === id)?.text ?? "";

export const restoreTask = (state: ChecklistState, id: string): ChecklistState =>
  withEntry(state, id, ({ removed: _removed, ...entry }) => entry);

/**
 * A reworded sentence gets a new id: the clerk says the missing task `fromId` is the new task `toId`, so the tick
 * and edits move over and the missing row goes away.
 */
export function mergeReworded(state: ChecklistState, fromId: string, toId: string): ChecklistState {
  const from = state.entries[fromId];
  if (!from || fromId === toId) return state;
  const to = entryOf(state, toId);
  const edit = from.edit || to.edit ? { ...from.edit, ...to.edit } : undefined;
  // The tick's day and the clerk's note come along when the new task has none of its own.
  const progress = { ...(from.doneOn ? { doneOn: from.doneOn } : {}), ...(from.note ? { note: from.note } : {}) };
  const merged: ChecklistEntry = { ...progress, ...to, done: to.done || from.done, ...(edit ? { edit } : {}) };
  return { ...state, entries: { ...state.entries, [toId]: merged, [fromId]: { ...from, dismissed: true } } };
}

export const recordTrackingTable = (state: ChecklistState, signature: string): ChecklistState => ({
  ...state,
  trackingTable: { signature },
});

export const dismissMissing = (state: ChecklistState, id: string): ChecklistState =>
  withEntry(state, id, (entry) => ({ ...entry, dismissed: true }));

export const addManualTask = (state: ChecklistState, task: Task): ChecklistState => ({
  ...state,
  manual: [...state.manual, task],
});

/** Remembers every task of a scan, so that the next scan can tell new tasks and vanished ones apart. */
export function recordScan(state: ChecklistState, tasks: Task[]): ChecklistState {
  const entries = { ...state.entries };
  for (const task of tasks) {
    const known = entries[task.id];
    const found = { owner: task.owner, coOwners: task.coOwners, deadline: task.deadline };
    entries[task.id] = known
      ? { ...known, text: task.text, found, dismissed: false }
      : { text: task.text, done: false, found };
  }
  return { ...state, entries };
}
