/**
 * The export model: what every format (CSV, XLSX, ICS, Markdown, HTML, JSON) is built from.
 * A row is a task as the clerk sees it (edits applied, tick), with the document it came from.
 */
import type { Task } from "../tasks";
import type { ChecklistRow } from "../checklist";
// The module, not templates/index: templates import export (the tracking table), and a cycle would load half-made.
import { DOCUMENT_TYPES } from "../templates/documentTypes";

/** Văn bản nguồn: the document a task comes from. */
export interface SourceDocument {
  /** Số, ký hiệu as written after "Số:" ("05/KL-TTr"; a draft's "/TB-VP"); null when not found. */
  number: string | null;
  /** Ngày ban hành, ISO day. */
  issuedDate: string | null;
  fileName?: string;
  /** Tên loại as a sentence names it ("Thông báo kết luận", "Kết luận"), read from the title; absent when not found. */
  kind?: string;
}

/** One task of the list a clerk keeps. */
export interface ExportRow {
  task: Task;
  /** Đã xong: the clerk's tick. */
  done: boolean;
  /** Ngày hoàn thành, ISO, when the tick recorded it. */
  doneOn?: string;
  /** Kết quả / ghi chú: the clerk's note on the task. */
  note?: string;
  source: SourceDocument;
  /** Added by hand in the checklist. */
  manual?: boolean;
}

export interface ExportOptions {
  /** The "as of" day (today unless a report is made for another day), ISO: decides the statuses. Never the clock. */
  today: string;
  /** Sắp đến hạn within this many days (Cài đặt); 3 when not given. */
  dueSoonDays?: number;
}

/**
 * Rows from the checklist's merge (edits already applied by mergeChecklist): the tasks of this scan and the
 * clerk's hand-added ones. A task the stored checklist remembers but the document no longer has stays in the
 * pane's "Không còn trong văn bản" list and is not exported: a crafted checklist part must not add rows.
 */
export function rowsFromChecklist(rows: readonly ChecklistRow[], source: SourceDocument): ExportRow[] {
  return rows
    .filter((row) => row.status !== "missing")
    .map((row) => ({
      task: row.task,
      done: row.done,
      ...(row.doneOn ? { doneOn: row.doneOn } : {}),
      ...(row.note ? { note: row.note } : {}),
      source,
      ...(row.manual ? { manual: true } : {}),
    }));
}

/** Rows straight from an extraction, with optional ticks by task id. */
export function rowsFromTasks(
  tasks: readonly Task[],
  source: SourceDocument,
  done: ReadonlySet<string> = new Set(),
): ExportRow[] {
  return tasks.map((task) => ({ task, done: done.has(task.id), source }));
}

/** "Số: 05/KL-TTr" → "05/KL-TTr"; "Số:      /TB-VP" (a draft) → "/TB-VP". Looks only at the header lines. */
export function findDocumentNumber(paragraphs: readonly { text: string }[], headerLines = 20): string | null {
  for (const p of paragraphs.slice(0, headerLines)) {
    const m = /^\s*Số\s*:\s*(\S.*?)\s*$/u.exec(p.text.normalize("NFC"));
    if (m && m[1].includes("/") && m[1].length <= 40) return m[1].replace(/\s+/g, " ");
  }
  return null;
}

/** Printed type names ("THÔNG BÁO") → their sentence form ("Thông báo"), longest first ("KẾT LUẬN THANH TRA"). */
const TYPE_NAMES = DOCUMENT_TYPES.filter((t) => t.printsTypeName)
  .map((t) => [t.name.replace(/ \(.*\)$/, "").toLocaleUpperCase("vi"), t.name.replace(/ \(.*\)$/, "")] as const)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Tên loại of a document as a sentence names it, from its title lines: "THÔNG BÁO" over "Kết luận của đồng chí …"
 * is a "Thông báo kết luận"; "KẾT LUẬN" is a "Kết luận". Looks only at the first lines; null when there is no title.
 */
export function findDocumentKind(paragraphs: readonly { text: string }[], headerLines = 40): string | null {
  const lines = paragraphs.slice(0, headerLines).map((p) => p.text.normalize("NFC").replace(/\s+/g, " ").trim());
  for (let i = 0; i < lines.length; i++) {
    const match = TYPE_NAMES.find(([printed]) => lines[i] === printed);
    if (!match) continue;
    const subject = lines.slice(i + 1).find((line) => line !== "") ?? "";
    return match[1] === "Thông báo" && /^kết luận\b/iu.test(subject) ? "Thông báo kết luận" : match[1];
  }
  return null;
}

/** What the follow-up documents say about the source: its number, date and kind, from its paragraphs. */
export function readSource(
  paragraphs: readonly { text: string }[],
  issuedDate: string | null,
  fileName?: string,
): SourceDocument {
  const kind = findDocumentKind(paragraphs);
  return {
    number: findDocumentNumber(paragraphs),
    issuedDate,
    ...(fileName !== undefined ? { fileName } : {}),
    ...(kind ? { kind } : {}),
  };
}
