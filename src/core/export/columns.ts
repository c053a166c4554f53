/**
 * The columns every format shares, and how one row becomes their cell texts.
 * Labels are the Vietnamese a clerk keeps in a tracking list.
 */
import type { DeadlineKind, RecurrenceRule } from "../dates";
import { fromIso, formatShortDate } from "../dates";
import type { ExportOptions, ExportRow, SourceDocument } from "./model";

export const COLUMN_KEYS = [
  "stt",
  "text",
  "owner",
  "coOwners",
  "deadline",
  "kind",
  "status",
  "notes",
  "source",
  "paragraph",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMN_LABELS: Record<ColumnKey, string> = {
  stt: "STT",
  text: "Nội dung nhiệm vụ",
  owner: "Đơn vị chủ trì",
  coOwners: "Đơn vị phối hợp",
  deadline: "Thời hạn",
  kind: "Loại thời hạn",
  status: "Tình trạng",
  notes: "Ghi chú",
  source: "Văn bản",
  paragraph: "Đoạn",
};

/** Loại thời hạn. */
export const KIND_LABELS: Record<DeadlineKind, string> = {
  by: "Trước ngày",
  within: "Trong kỳ",
  relative: "Theo số ngày",
  recurring: "Định kỳ",
  ongoing: "Thường xuyên",
};

export const RULE_LABELS: Record<RecurrenceRule, string> = {
  weekly: "Hằng tuần",
  monthly: "Hằng tháng",
  quarterly: "Hằng quý",
  semiannual: "6 tháng một lần",
  yearly: "Hằng năm",
};

/** Tình trạng. */
export type TaskStatus = "Đã xong" | "Chưa xong" | "Quá hạn";
export const STATUS_LABELS = ["Đã xong", "Chưa xong", "Quá hạn"] as const satisfies readonly TaskStatus[];

/** The pane shows a task without owner the same way. */
export const NO_OWNER = "Chưa xác định";

/** One row as cell texts, plus the typed values the richer formats need. */
export interface ExportLine {
  cells: Record<ColumnKey, string>;
  /** Thời hạn as an ISO day, or null. */
  dueDate: string | null;
  status: TaskStatus;
  row: ExportRow;
}

/** A leading list mark ("- ", "– ", "+ ", "• ") belongs to the layout, not to the task. */
export function stripListMark(text: string): string {
  return text.replace(/^\s*[-–—+•]\s+/u, "").trim();
}

/**
 * Overdue: not done and the due day is before today. A recurring task comes back every period and ongoing
 * work has no end, so neither is ever overdue by its first date.
 */
export function statusOf(row: ExportRow, today: string): TaskStatus {
  if (row.done) return "Đã xong";
  const d = row.task.deadline;
  if (d?.date && d.kind !== "recurring" && d.kind !== "ongoing" && d.date < today) return "Quá hạn";
  return "Chưa xong";
}

export function shortDate(iso: string | null): string {
  const d = iso ? fromIso(iso) : null;
  return d ? formatShortDate(d) : "";
}

/** Văn bản: "Số 05/KL-TTr ngày 10/11/2020 (ket-luan.docx)". */
export function sourceLabel(source: SourceDocument): string {
  const parts: string[] = [];
  if (source.number) parts.push(`Số ${source.number}`);
  if (source.issuedDate) parts.push(`ngày ${shortDate(source.issuedDate)}`);
  let label = parts.join(" ");
  if (source.fileName) label = label ? `${label} (${source.fileName})` : source.fileName;
  return label;
}

/** Ghi chú: what the other columns cannot say. */
export function notesOf(row: ExportRow): string {
  const { task } = row;
  const d = task.deadline;
  const notes: string[] = [];
  if (task.urgent) notes.push("Khẩn");
  if (d?.inherited) notes.push("Thời hạn theo đề mục");
  if (d?.rule) notes.push(RULE_LABELS[d.rule]);
  if (d?.time) notes.push(`Trước ${d.time}`);
  // Without a date the phrase is all the clerk has ("trong 05 ngày làm việc kể từ ngày nhận được …").
  if (d && !d.date) notes.push(`Thời hạn: "${d.raw}"`);
  if (row.manual) notes.push("Thêm thủ công");
  return notes.join("; ");
}

export function toLine(row: ExportRow, stt: number, options: ExportOptions): ExportLine {
  const { task } = row;
  const d = task.deadline;
  const status = statusOf(row, options.today);
  return {
    cells: {
      stt: String(stt),
      text: stripListMark(task.text),
      owner: task.owner ?? NO_OWNER,
      coOwners: task.coOwners.join("; "),
      deadline: shortDate(d?.date ?? null),
      kind: d ? KIND_LABELS[d.kind] : "",
      status,
      notes: notesOf(row),
      source: sourceLabel(row.source),
      paragraph: task.paragraphIndex >= 0 ? String(task.paragraphIndex + 1) : "",
    },
    dueDate: d?.date ?? null,
    status,
    row,
  };
}

/** Lines in the given order, numbered from 1. */
export function toLines(rows: readonly ExportRow[], options: ExportOptions): ExportLine[] {
  return rows.map((row, i) => toLine(row, i + 1, options));
}
