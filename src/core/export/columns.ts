/**
 * The columns every format shares, and how one row becomes their cell texts.
 * Labels are the Vietnamese a clerk keeps in a tracking list.
 */
import type { DeadlineKind, RecurrenceRule } from "../dates";
import { fromIso, formatShortDate } from "../dates";
import { DEFAULT_FOLLOW_UP, FollowUpStatus, STATUS_LABELS, dueDayAsOf, followUpStatus } from "../followup";
import type { ExportOptions, ExportRow, SourceDocument } from "./model";

export const COLUMN_KEYS = [
  "stt",
  "text",
  "owner",
  "coOwners",
  "deadline",
  "kind",
  "status",
  "doneOn",
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
  doneOn: "Ngày hoàn thành",
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
  event: "Theo sự kiện",
};

export const RULE_LABELS: Record<RecurrenceRule, string> = {
  weekly: "Hằng tuần",
  monthly: "Hằng tháng",
  quarterly: "Hằng quý",
  semiannual: "6 tháng một lần",
  yearly: "Hằng năm",
};

/** The pane shows a task without owner the same way. */
export const NO_OWNER = "Chưa xác định";

/** One row as cell texts, plus the typed values the richer formats need. */
export interface ExportLine {
  cells: Record<ColumnKey, string>;
  /** Thời hạn as an ISO day (a recurring duty's next repetition as of the export's day), or null. */
  dueDate: string | null;
  status: FollowUpStatus;
  row: ExportRow;
}

/** A leading list mark ("- ", "– ", "+ ", "• ") belongs to the layout, not to the task. */
export function stripListMark(text: string): string {
  return text.replace(/^\s*[-–—+•]\s+/u, "").trim();
}

/** Tình trạng as of the export's day (core/followup): a recurring task by its next repetition. */
export function statusOf(row: ExportRow, options: ExportOptions): FollowUpStatus {
  return followUpStatus(
    { done: row.done, doneOn: row.doneOn, deadline: row.task.deadline },
    options.today,
    options.dueSoonDays ?? DEFAULT_FOLLOW_UP.dueSoonDays,
  );
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

/**
 * The source as running text names it: "Thông báo kết luận số 05/TB-VP ngày 10/11/2020"; a draft's blank number
 * reads "số …/TB-VP"; "văn bản" when the kind is unknown. Without the date for a short line ("V/v …").
 */
export function sourceTitle(source: SourceDocument, withDate = true): string {
  const parts = [source.kind ?? "văn bản"];
  if (source.number) parts.push(`số ${source.number.startsWith("/") ? "…" : ""}${source.number}`);
  if (source.issuedDate && withDate) parts.push(`ngày ${shortDate(source.issuedDate)}`);
  return parts.join(" ");
}

/** Ghi chú: what the other columns cannot say. */
export function notesOf(row: ExportRow): string {
  const { task } = row;
  const d = task.deadline;
  // The clerk's own words first: they say what the other columns cannot.
  const notes: string[] = row.note ? [row.note] : [];
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
  const status = statusOf(row, options);
  // The day the status is judged by: a recurring duty's next repetition, not its first.
  const due = dueDayAsOf(d, options.today) ?? d?.date ?? null;
  return {
    cells: {
      stt: String(stt),
      text: stripListMark(task.text),
      // Trimmed NFC, as the per-owner summary groups them, so its formulas find every row.
      owner: task.owner?.normalize("NFC").trim() || NO_OWNER,
      coOwners: task.coOwners.join("; "),
      deadline: shortDate(due),
      kind: d ? KIND_LABELS[d.kind] : "",
      status: STATUS_LABELS[status],
      doneOn: row.done ? shortDate(row.doneOn ?? null) : "",
      notes: notesOf(row),
      source: sourceLabel(row.source),
      paragraph: task.paragraphIndex >= 0 ? String(task.paragraphIndex + 1) : "",
    },
    dueDate: due,
    status,
    row,
  };
}

/** Lines in the given order, numbered from 1. */
export function toLines(rows: readonly ExportRow[], options: ExportOptions): ExportLine[] {
  return rows.map((row, i) => toLine(row, i + 1, options));
}
