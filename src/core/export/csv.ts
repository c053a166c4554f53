/** CSV for Excel and Google Sheets: UTF-8 with BOM (Excel otherwise reads ANSI), RFC 4180 quoting, CRLF. */
import Papa from "papaparse";
import { COLUMN_KEYS, COLUMN_LABELS, toLines } from "./columns";
import type { ExportOptions, ExportRow } from "./model";

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / CR before one) as a formula:
 * "=cmd|' /C calc'!A0" from a document must stay text. The quote is Excel's own "this is text" mark.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: readonly ExportRow[], options: ExportOptions): string {
  const data = toLines(rows, options).map((line) => COLUMN_KEYS.map((key) => neutralizeFormula(line.cells[key])));
  const header = COLUMN_KEYS.map((key) => COLUMN_LABELS[key]);
  return "\uFEFF" + Papa.unparse({ fields: header, data }, { newline: "\r\n", quotes: false }) + "\r\n";
}
