/** Export: the clerk's task list (tasks + ticks + source document) → CSV, XLSX, ICS, Markdown, HTML, JSON. */
export type { SourceDocument, ExportRow, ExportOptions } from "./model";
export { rowsFromChecklist, rowsFromTasks, findDocumentNumber, findDocumentKind, readSource } from "./model";
export type { ColumnKey, ExportLine } from "./columns";
export {
  COLUMN_KEYS,
  COLUMN_LABELS,
  KIND_LABELS,
  RULE_LABELS,
  NO_OWNER,
  statusOf,
  stripListMark,
  sourceLabel,
  sourceTitle,
  shortDate,
  notesOf,
  toLines,
} from "./columns";
export { sortRows, byDeadline, byDocument, compareOwners, viCollator } from "./sort";
export type { OwnerSummary } from "./summary";
export { summarizeByOwner, SUMMARY_LABELS } from "./summary";
export { toCsv, neutralizeFormula } from "./csv";
export { toMarkdown, toHtmlTable, escapeMarkdown, escapeHtml } from "./markdown";
export type { ChecklistJsonEntry, ExtractJsonWithChecklist } from "./json";
export { withChecklist, toJson } from "./json";
export type { XlsxOptions } from "./xlsx";
export {
  toXlsx,
  TASKS_SHEET,
  SUMMARY_SHEET,
  TASKS_TABLE,
  SUMMARY_TABLE,
  DATE_FORMAT,
  OVERDUE_FILL,
  DUE_SOON_FILL,
} from "./xlsx";
export { statusFormula, nextDueFormula, columnLetter } from "./xlsxFormulas";
export type { IcsOptions } from "./ics";
export { toIcs, taskUid, shortenSummary, describeTask, ICS_PRODID } from "./ics";
export type { RegisterOptions } from "./register";
export { toRegisterXlsx, registerCells, REGISTER_COLUMNS, REGISTER_SHEET, REGISTER_TITLE } from "./register";
