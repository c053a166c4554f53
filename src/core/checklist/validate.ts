/**
 * A stored checklist comes from a document anyone may have edited (or crafted): every entry, edit and hand-added
 * task is checked for shape before the pane or an export sees it. What cannot be read is dropped and named by
 * its path in the stored JSON ("manual[0]", "entries.t1.edit.deadline"); the rest is kept.
 */
import { fromIso, type Deadline, type DeadlineKind, type RecurrenceRule } from "../dates";
import type { Task } from "../tasks";
import type { ChecklistEntry, FoundFields, TaskEdit } from "./state";

/** Paths of what was dropped, in the order met. */
export type Dropped = string[];

const KINDS: Record<DeadlineKind, true> = {
  by: true,
  within: true,
  relative: true,
  recurring: true,
  ongoing: true,
  event: true,
};
const RULES: Record<RecurrenceRule, true> = {
  weekly: true,
  monthly: true,
  quarterly: true,
  semiannual: true,
  yearly: true,
};

type Record_ = Record<string, unknown>;
const isRecord = (v: unknown): v is Record_ => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (table: object, key: unknown): boolean =>
  typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);

/** A reader returns the clean value, or undefined when the value has the wrong shape. */
type Reader<T> = (value: unknown) => T | undefined;

const text: Reader<string> = (v) => (typeof v === "string" ? v : undefined);
const flag: Reader<boolean> = (v) => (typeof v === "boolean" ? v : undefined);
const count: Reader<number> = (v) => (Number.isSafeInteger(v) ? (v as number) : undefined);
const textOrNull: Reader<string | null> = (v) => (v === null ? null : text(v));
const texts: Reader<string[]> = (v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v : undefined);

/** A deadline rebuilt from its known fields only, or undefined. */
const deadline: Reader<Deadline | null> = (v) => {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.raw !== "string" || !has(KINDS, v.kind)) return undefined;
  if (v.date !== null && (typeof v.date !== "string" || !fromIso(v.date))) return undefined;
  // null: "định kỳ" with no period.
  if (v.rule !== undefined && v.rule !== null && !has(RULES, v.rule)) return undefined;
  if (v.time !== undefined && !(typeof v.time === "string" && /^\d{2}:\d{2}$/.test(v.time))) return undefined;
  if (v.inherited !== undefined && typeof v.inherited !== "boolean") return undefined;
  const clean: Deadline = { raw: v.raw, date: v.date as string | null, kind: v.kind as DeadlineKind };
  if (v.inherited !== undefined) clean.inherited = v.inherited as boolean;
  if (v.rule !== undefined) clean.rule = v.rule as RecurrenceRule | null;
  if (v.time !== undefined) clean.time = v.time as string;
  return clean;
};

const EDIT_FIELDS: { [K in keyof Required<TaskEdit>]: Reader<TaskEdit[K]> } = {
  owner: textOrNull,
  coOwners: texts,
  deadline,
};

/** An edit keeps only the fields an edit may change, each of the right shape: it is spread over a task. */
function readEdit(value: unknown, path: string, dropped: Dropped): TaskEdit | undefined {
  if (!isRecord(value)) return void dropped.push(path);
  const edit: Record_ = {};
  for (const [key, field] of Object.entries(value)) {
    const clean = has(EDIT_FIELDS, key) ? EDIT_FIELDS[key as keyof TaskEdit](field) : undefined;
    if (clean === undefined) dropped.push(`${path}.${key}`);
    else edit[key] = clean;
  }
  return Object.keys(edit).length > 0 ? (edit as TaskEdit) : undefined;
}

/** What a scan found for the task: all three fields of the right shape, or nothing. */
function readFound(value: unknown): FoundFields | undefined {
  if (!isRecord(value)) return undefined;
  const owner = textOrNull(value.owner);
  const coOwners = texts(value.coOwners);
  const due = deadline(value.deadline);
  return owner === undefined || coOwners === undefined || due === undefined
    ? undefined
    : { owner, coOwners, deadline: due };
}

export function readEntry(value: unknown, path: string, dropped: Dropped): ChecklistEntry | undefined {
  if (!isRecord(value) || typeof value.text !== "string" || typeof value.done !== "boolean")
    return void dropped.push(path);
  const entry: ChecklistEntry = { text: value.text, done: value.done };
  if (value.found !== undefined) {
    const found = readFound(value.found);
    if (found) entry.found = found;
    else dropped.push(`${path}.found`);
  }
  if (value.edit !== undefined) {
    const edit = readEdit(value.edit, `${path}.edit`, dropped);
    if (edit) entry.edit = edit;
  }
  for (const key of ["removed", "dismissed"] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] === "boolean") entry[key] = value[key];
    else dropped.push(`${path}.${key}`);
  }
  // The day a task was done must be a real day; a note is text. Either dropped alone: the tick stays.
  if (value.doneOn !== undefined) {
    if (typeof value.doneOn === "string" && fromIso(value.doneOn)) entry.doneOn = value.doneOn;
    else dropped.push(`${path}.doneOn`);
  }
  if (value.note !== undefined) {
    if (typeof value.note === "string") {
      if (value.note.trim() !== "") entry.note = value.note;
    } else dropped.push(`${path}.note`);
  }
  return entry;
}

/** Evidence and confidence come from a scan only: a hand-added task has neither. */
type TaskField = Exclude<keyof Task, "id" | "text" | "evidence" | "confidence">;

/** Each field's reader and its empty value. */
const TASK_FIELDS: { [K in TaskField]: [Reader<Task[K]>, () => Task[K]] } = {
  owner: [textOrNull, () => null],
  coOwners: [texts, () => []],
  deadline: [deadline, () => null],
  urgent: [flag, () => false],
  section: [textOrNull, () => null],
  paragraphIndex: [count, () => -1],
};

/** A hand-added task needs an id and a text; a field of the wrong shape falls back to its empty value. */
export function readManualTask(value: unknown, path: string, dropped: Dropped): Task | undefined {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "" || typeof value.text !== "string")
    return void dropped.push(path);
  const task: Record_ = { id: value.id, text: value.text };
  for (const key of Object.keys(TASK_FIELDS) as TaskField[]) {
    const [read, empty] = TASK_FIELDS[key] as [Reader<unknown>, () => unknown];
    const clean = value[key] === undefined ? undefined : read(value[key]);
    if (value[key] !== undefined && clean === undefined) dropped.push(`${path}.${key}`);
    task[key] = clean ?? empty();
  }
  return task as unknown as Task;
}

/** What the clerk is told when part of the stored checklist could not be read. */
export function droppedMessage(dropped: Dropped): string {
  const shown = dropped.slice(0, 5).join(", ") + (dropped.length > 5 ? ", …" : "");
  return `Một phần dữ liệu theo dõi trong văn bản không đọc được nên đã bỏ qua (${dropped.length} mục: ${shown}); phần còn lại được giữ. / Part of the stored checklist could not be read and was dropped (${dropped.length}: ${shown}); the rest is kept.`;
}
