/**
 * Bảng theo dõi nhiệm vụ: the checklist as a table inside the document, in Decree 30 typography
 * (Times New Roman, bold centred column titles repeated on every page, single-line grid).
 */
import { ColumnKey, COLUMN_LABELS, ExportOptions, ExportRow, toLines } from "../export";
import { TaggedBlock } from "../model";
import { DataColumn, dataTable } from "./dataTable";

/** The columns the tracking table shows, and their widths (twips) over the 9071 tw content width. */
const COLUMNS: ReadonlyArray<[ColumnKey, number]> = [
  ["stt", 600],
  ["text", 3700],
  ["owner", 1500],
  ["coOwners", 1300],
  ["deadline", 1100],
  ["status", 871],
];

const LEFT = new Set<ColumnKey>(["text", "owner", "coOwners"]);

export function taskTableBlock(rows: readonly ExportRow[], options: ExportOptions): TaggedBlock {
  const columns: DataColumn[] = COLUMNS.map(([key, weight]) => ({
    title: COLUMN_LABELS[key],
    weight,
    align: LEFT.has(key) ? "left" : "center",
  }));
  const cells = toLines(rows, options).map((line) => COLUMNS.map(([key]) => line.cells[key]));
  const width = COLUMNS.reduce((sum, [, w]) => sum + w, 0);
  return { name: "task-table", title: "Bảng theo dõi nhiệm vụ", blocks: [dataTable(columns, cells, width)] };
}
