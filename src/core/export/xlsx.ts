/**
 * XLSX for Excel and Microsoft Lists ("New list › From Excel" takes an Excel table as it is): one row per task,
 * Thời hạn and Ngày hoàn thành as real dates, the header frozen; a second sheet "Tổng hợp" per owner.
 * Tình trạng is a formula over TODAY() (and a recurring duty's Thời hạn its next repetition), with conditional
 * formatting for overdue and due-soon rows, so the workbook is still right when opened next month; each formula
 * carries its value as of the export's day for readers that do not calculate.
 * exceljs is loaded on demand so it never weighs on the task pane's first bundle.
 */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import { fromIso } from "../dates";
import { DEFAULT_FOLLOW_UP, FOLLOW_UP_STATUSES, STATUS_LABELS } from "../followup";
import { COLUMN_KEYS, COLUMN_LABELS, toLines, type ColumnKey, type ExportLine } from "./columns";
import type { ExportOptions, ExportRow } from "./model";
import { SUMMARY_LABELS, summarizeByOwner } from "./summary";
import { columnLetter, nextDueFormula, statusFormula } from "./xlsxFormulas";

export const TASKS_SHEET = "Nhiệm vụ";
export const SUMMARY_SHEET = "Tổng hợp";
export const TASKS_TABLE = "NhiemVu";
export const SUMMARY_TABLE = "TongHop";
export const DATE_FORMAT = "dd/mm/yyyy";
/** Excel's own "Light Red Fill" (Conditional Formatting › Highlight Cells), so it reads as a warning. */
export const OVERDUE_FILL = "FFFFC7CE";
const OVERDUE_FONT = "FF9C0006";
/** Excel's "Yellow Fill with Dark Yellow Text": due soon. */
export const DUE_SOON_FILL = "FFFFEB9C";
const DUE_SOON_FONT = "FF9C5700";

const WIDTHS: Record<ColumnKey, number> = {
  stt: 6,
  text: 70,
  owner: 28,
  coOwners: 28,
  deadline: 12,
  kind: 14,
  status: 20,
  doneOn: 14,
  notes: 28,
  source: 32,
  paragraph: 7,
};

export interface XlsxOptions extends ExportOptions {
  /** Adds the "Tổng hợp" sheet (per owner: open, overdue, done). */
  summary?: boolean;
}

/** An ISO day as the UTC midnight Excel stores for a date cell (exceljs converts Dates in UTC). */
function excelDate(iso: string | null): Date | null {
  const d = iso ? fromIso(iso) : null;
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

export async function loadExcelJs(): Promise<typeof import("exceljs")> {
  const mod = await import("exceljs");
  // CommonJS module: the namespace is under `default` when a bundler or Node's ESM loader wraps it.
  return ((mod as { default?: typeof import("exceljs") }).default ?? mod) as typeof import("exceljs");
}

function freezeHeader(sheet: Worksheet): void {
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
}

/** A1 reference of a column of the tasks sheet at a row. */
const cellRef = (key: ColumnKey, row: number): string => `${columnLetter(COLUMN_KEYS.indexOf(key) + 1)}${row}`;

/** The cells of one task row; `row` is its sheet row (2 for the first task). */
function taskCells(line: ExportLine, row: number, options: ExportOptions): CellValue[] {
  const numeric = new Set<ColumnKey>(["stt", "paragraph"]);
  const deadline = line.row.task.deadline;
  return COLUMN_KEYS.map((key): CellValue => {
    if (key === "deadline") {
      const next = nextDueFormula(deadline);
      const due = excelDate(line.dueDate);
      return next && due ? { formula: next, result: due } : due;
    }
    if (key === "doneOn") return line.row.done ? excelDate(line.row.doneOn ?? null) : null;
    if (key === "status" && !(line.row.done && !line.row.doneOn)) {
      // A tick without its day (older checklists) is done whatever the day: its status stays a plain value.
      const soon = options.dueSoonDays ?? DEFAULT_FOLLOW_UP.dueSoonDays;
      const formula = statusFormula(cellRef("deadline", row), cellRef("doneOn", row), soon);
      return { formula, result: line.cells.status };
    }
    const text = line.cells[key];
    return numeric.has(key) && text !== "" ? Number(text) : text;
  });
}

/** Overdue rows light red, due-soon rows light yellow, decided by the status formula's value as it is today. */
function highlightByStatus(sheet: Worksheet, lastRow: number): void {
  if (lastRow < 2) return;
  const status = `$${columnLetter(COLUMN_KEYS.indexOf("status") + 1)}2`;
  const rule = (label: string, fill: string, font: string, priority: number) => ({
    type: "expression" as const,
    priority,
    formulae: [`${status}="${label}"`],
    style: {
      fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: fill } },
      font: { color: { argb: font } },
    },
  });
  sheet.addConditionalFormatting({
    ref: `A2:${columnLetter(COLUMN_KEYS.length)}${lastRow}`,
    rules: [
      rule(STATUS_LABELS.overdue, OVERDUE_FILL, OVERDUE_FONT, 1),
      rule(STATUS_LABELS["due-soon"], DUE_SOON_FILL, DUE_SOON_FONT, 2),
    ],
  });
}

function addTasksSheet(wb: Workbook, rows: readonly ExportRow[], options: ExportOptions): void {
  const sheet = wb.addWorksheet(TASKS_SHEET);
  const lines = toLines(rows, options);
  sheet.addTable({
    name: TASKS_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: false },
    columns: COLUMN_KEYS.map((key) => ({ name: COLUMN_LABELS[key], filterButton: true })),
    rows: lines.map((line, i) => taskCells(line, i + 2, options)),
  });
  COLUMN_KEYS.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[key];
  });
  const dateCols = (["deadline", "doneOn"] as const).map((k) => COLUMN_KEYS.indexOf(k) + 1);
  const textCols = new Set(
    ["text", "owner", "coOwners", "notes", "source"].map((k) => COLUMN_KEYS.indexOf(k as ColumnKey) + 1),
  );
  lines.forEach((_, i) => {
    const row = sheet.getRow(i + 2);
    for (const c of dateCols) row.getCell(c).numFmt = DATE_FORMAT;
    for (const c of textCols) row.getCell(c).alignment = { wrapText: true, vertical: "top" };
  });
  highlightByStatus(sheet, lines.length + 1);
  sheet.getRow(1).font = { bold: true };
  freezeHeader(sheet);
}

/**
 * Per owner, one count per status: SUMPRODUCT over the tasks sheet's owner and status columns (exact matches; a
 * COUNTIFS criterion would read "*" or a leading "<" in a name as an operator), so it follows TODAY() too.
 */
function addSummarySheet(wb: Workbook, rows: readonly ExportRow[], options: ExportOptions): void {
  const sheet = wb.addWorksheet(SUMMARY_SHEET);
  const summary = summarizeByOwner(rows, options);
  const last = rows.length + 1;
  const range = (key: ColumnKey) => {
    const col = columnLetter(COLUMN_KEYS.indexOf(key) + 1);
    return `'${TASKS_SHEET}'!$${col}$2:$${col}$${last}`;
  };
  sheet.addTable({
    name: SUMMARY_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: SUMMARY_LABELS.map((name) => ({ name, filterButton: true })),
    rows: summary.map((s, i) => {
      const owner = `$A${i + 2}`;
      const counts = FOLLOW_UP_STATUSES.map((status) => ({
        formula: `SUMPRODUCT((${range("owner")}=${owner})*(${range("status")}="${STATUS_LABELS[status]}"))`,
        result: s.counts[status],
      }));
      return [s.owner, ...counts, { formula: `SUMPRODUCT(--(${range("owner")}=${owner}))`, result: s.total }];
    }),
  });
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= SUMMARY_LABELS.length; c++) sheet.getColumn(c).width = 14;
  sheet.getRow(1).font = { bold: true };
  freezeHeader(sheet);
}

/** The workbook's bytes. `rows` are written in the order given (sort them first with sortRows). */
export async function toXlsx(rows: readonly ExportRow[], options: XlsxOptions): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Soạn thảo Kết luận";
  // Document properties from "today", not the clock: the same input gives the same file.
  const stamp = excelDate(options.today) ?? new Date(0);
  wb.created = stamp;
  wb.modified = stamp;
  addTasksSheet(wb, rows, options);
  if (options.summary) addSummarySheet(wb, rows, options);
  const buffer = await wb.xlsx.writeBuffer();
  // A copy backed by a plain ArrayBuffer (Node gives a Buffer view): usable as a BlobPart in the pane.
  return new Uint8Array(buffer as ArrayBuffer);
}
