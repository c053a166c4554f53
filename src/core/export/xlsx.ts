/**
 * XLSX for Excel and Microsoft Lists ("New list › From Excel" takes an Excel table as it is): one row per task,
 * Thời hạn as a real date, the header frozen, overdue rows light red; a second sheet "Tổng hợp" per owner.
 * exceljs is loaded on demand so it never weighs on the task pane's first bundle.
 */
import type { Workbook, Worksheet } from "exceljs";
import { fromIso } from "../dates";
import { COLUMN_KEYS, COLUMN_LABELS, toLines, type ColumnKey } from "./columns";
import type { ExportOptions, ExportRow } from "./model";
import { SUMMARY_LABELS, summarizeByOwner } from "./summary";

export const TASKS_SHEET = "Nhiệm vụ";
export const SUMMARY_SHEET = "Tổng hợp";
export const TASKS_TABLE = "NhiemVu";
export const SUMMARY_TABLE = "TongHop";
export const DATE_FORMAT = "dd/mm/yyyy";
/** Excel's own "Light Red Fill" (Conditional Formatting › Highlight Cells), so it reads as a warning. */
export const OVERDUE_FILL = "FFFFC7CE";
const OVERDUE_FONT = "FF9C0006";

const WIDTHS: Record<ColumnKey, number> = {
  stt: 6,
  text: 70,
  owner: 28,
  coOwners: 28,
  deadline: 12,
  kind: 14,
  status: 12,
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

async function loadExcelJs(): Promise<typeof import("exceljs")> {
  const mod = await import("exceljs");
  // CommonJS module: the namespace is under `default` when a bundler or Node's ESM loader wraps it.
  return ((mod as { default?: typeof import("exceljs") }).default ?? mod) as typeof import("exceljs");
}

function freezeHeader(sheet: Worksheet): void {
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
}

function addTasksSheet(wb: Workbook, rows: readonly ExportRow[], options: ExportOptions): void {
  const sheet = wb.addWorksheet(TASKS_SHEET);
  const lines = toLines(rows, options);
  const numeric = new Set<ColumnKey>(["stt", "paragraph"]);
  sheet.addTable({
    name: TASKS_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: false },
    columns: COLUMN_KEYS.map((key) => ({ name: COLUMN_LABELS[key], filterButton: true })),
    rows: lines.map((line) =>
      COLUMN_KEYS.map((key) => {
        if (key === "deadline") return excelDate(line.dueDate);
        const text = line.cells[key];
        return numeric.has(key) && text !== "" ? Number(text) : text;
      }),
    ),
  });
  COLUMN_KEYS.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[key];
  });
  const deadlineCol = COLUMN_KEYS.indexOf("deadline") + 1;
  const textCols = new Set(
    ["text", "owner", "coOwners", "notes", "source"].map((k) => COLUMN_KEYS.indexOf(k as ColumnKey) + 1),
  );
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(deadlineCol).numFmt = DATE_FORMAT;
    for (const c of textCols) row.getCell(c).alignment = { wrapText: true, vertical: "top" };
    if (line.status === "Quá hạn")
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: OVERDUE_FILL } };
        cell.font = { color: { argb: OVERDUE_FONT } };
      });
  });
  sheet.getRow(1).font = { bold: true };
  freezeHeader(sheet);
}

function addSummarySheet(wb: Workbook, rows: readonly ExportRow[], options: ExportOptions): void {
  const sheet = wb.addWorksheet(SUMMARY_SHEET);
  const summary = summarizeByOwner(rows, options);
  sheet.addTable({
    name: SUMMARY_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: SUMMARY_LABELS.map((name) => ({ name, filterButton: true })),
    rows: summary.map((s) => [s.owner, s.open, s.overdue, s.done, s.total]),
  });
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= SUMMARY_LABELS.length; c++) sheet.getColumn(c).width = 12;
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
