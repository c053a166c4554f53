/**
 * Sổ theo dõi giải quyết văn bản đến (Decree 30, Phụ lục IV, mục VIII): the register a records clerk keeps, as XLSX.
 * Its seven columns, numbered (1)…(7) as the model prints them; one row per task, so each assignment of the
 * document is followed on its own line. Số đến and the reply's number are the văn thư's to fill in.
 */
import type { Workbook, Worksheet } from "exceljs";
import { fromIso } from "../dates";
import { DEFAULT_FOLLOW_UP, STATUS_LABELS, dueDayAsOf, isDone } from "../followup";
import { NO_OWNER, notesOf, shortDate, sourceTitle, statusOf, stripListMark } from "./columns";
import type { ExportOptions, ExportRow } from "./model";
import { loadExcelJs } from "./xlsx";

export const REGISTER_SHEET = "Sổ theo dõi";
export const REGISTER_TITLE = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN";

/** Phụ lục IV, mục VIII, "Nội dung đăng ký theo dõi giải quyết văn bản đến", in order. */
export const REGISTER_COLUMNS = [
  "Số đến",
  "Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản",
  "Đơn vị hoặc người nhận",
  "Thời hạn giải quyết",
  "Tiến độ giải quyết",
  "Số, ký hiệu văn bản trả lời",
  "Ghi chú",
] as const;

const WIDTHS = [9, 60, 28, 14, 24, 16, 30];
/** Rows above the column titles: agency, title, as-of line, a blank. */
const TITLE_ROWS = 4;

export interface RegisterOptions extends ExportOptions {
  /** Tên cơ quan, tổ chức keeping the register (the profile's issuing agency), printed above the title. */
  agency?: string;
}

/** The seven cells of one task's line, as text. */
export function registerCells(row: ExportRow, options: ExportOptions): string[] {
  const { task } = row;
  const status = statusOf(row, options);
  const due = dueDayAsOf(task.deadline, options.today);
  const deadline = due ? shortDate(due) : (task.deadline?.raw ?? "");
  const progress =
    isDone(status) && row.doneOn ? `${STATUS_LABELS[status]} (ngày ${shortDate(row.doneOn)})` : STATUS_LABELS[status];
  const receiver = [
    task.owner?.trim() || NO_OWNER,
    ...(task.coOwners.length ? [`Phối hợp: ${task.coOwners.join("; ")}`] : []),
  ];
  return [
    "",
    `${sourceTitle(row.source)}:\n${stripListMark(task.text)}`,
    receiver.join("\n"),
    deadline,
    progress,
    "",
    notesOf(row),
  ];
}

function addTitle(sheet: Worksheet, options: RegisterOptions): void {
  const last = String.fromCharCode(64 + REGISTER_COLUMNS.length);
  const line = (row: number, text: string, bold: boolean) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { bold, size: bold ? 13 : 11, name: "Times New Roman" };
    cell.alignment = { horizontal: "center" };
  };
  line(1, (options.agency ?? "").replace(/\n/g, " ").trim().toLocaleUpperCase("vi"), true);
  line(2, REGISTER_TITLE, true);
  line(3, `(Tiến độ tính đến ngày ${shortDate(options.today)})`, false);
}

function addRows(sheet: Worksheet, rows: readonly ExportRow[], options: ExportOptions): void {
  const header = sheet.getRow(TITLE_ROWS + 1);
  header.values = [...REGISTER_COLUMNS];
  const numbers = sheet.getRow(TITLE_ROWS + 2);
  numbers.values = REGISTER_COLUMNS.map((_, i) => `(${i + 1})`);
  for (const row of [header, numbers]) {
    row.font = { bold: row === header, name: "Times New Roman" };
    row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  rows.forEach((row, i) => {
    const line = sheet.getRow(TITLE_ROWS + 3 + i);
    line.values = registerCells(row, options);
    line.font = { name: "Times New Roman" };
    line.alignment = { vertical: "top", wrapText: true };
  });
  const thin = { style: "thin" as const };
  const lastRow = TITLE_ROWS + 2 + rows.length;
  for (let r = TITLE_ROWS + 1; r <= lastRow; r++)
    for (let c = 1; c <= REGISTER_COLUMNS.length; c++)
      sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

/**
 * The register's bytes: landscape A4 fitted to the page width, the column titles repeated on every printed page,
 * rows in the order given.
 */
export async function toRegisterXlsx(
  rows: readonly ExportRow[],
  options: RegisterOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "Soạn thảo Kết luận";
  // Document properties from the as-of day, not the clock: the same input gives the same file.
  const stamp = fromIso(options.today);
  if (stamp) wb.created = wb.modified = new Date(Date.UTC(stamp.year, stamp.month - 1, stamp.day));
  const sheet = wb.addWorksheet(REGISTER_SHEET, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROWS + 1}:${TITLE_ROWS + 2}`,
    },
  });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  addTitle(sheet, options);
  addRows(sheet, rows, { ...options, dueSoonDays: options.dueSoonDays ?? DEFAULT_FOLLOW_UP.dueSoonDays });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: TITLE_ROWS + 2 }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
