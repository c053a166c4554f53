/**
 * Bảng theo dõi nhiệm vụ: the checklist as a table inside the document, in Decree 30 typography
 * (Times New Roman, bold centred column titles repeated on every page, single-line grid).
 */
import { ColumnKey, COLUMN_LABELS, ExportOptions, ExportRow, toLines } from "../export";
import { Paragraph, TableCell, TaggedBlock, paragraph, text } from "../model";

/** The columns the tracking table shows, and their widths (twips) over the 9071 tw content width. */
const COLUMNS: ReadonlyArray<[ColumnKey, number]> = [
  ["stt", 600],
  ["text", 3700],
  ["owner", 1500],
  ["coOwners", 1300],
  ["deadline", 1100],
  ["status", 871],
];

const TABLE_SIZE_PT = 12;

const cell = (value: string, options: { bold?: boolean; align?: Paragraph["align"] } = {}): TableCell => ({
  blocks: [
    paragraph([text(value, { sizePt: TABLE_SIZE_PT, bold: options.bold })], {
      align: options.align ?? "left",
      firstLineIndentTwips: 0,
      spacingBeforePt: 2,
      spacingAfterPt: 2,
      lineMultiple: 1,
    }),
  ],
  verticalAlign: "center",
});

export function taskTableBlock(rows: readonly ExportRow[], options: ExportOptions): TaggedBlock {
  const header = {
    cells: COLUMNS.map(([key]) => cell(COLUMN_LABELS[key], { bold: true, align: "center" })),
    repeatAsHeader: true,
  };
  const body = toLines(rows, options).map((line) => ({
    cells: COLUMNS.map(([key]) =>
      cell(line.cells[key], { align: key === "text" || key === "owner" || key === "coOwners" ? "left" : "center" }),
    ),
    cantSplit: true,
  }));
  return {
    name: "task-table",
    title: "Bảng theo dõi nhiệm vụ",
    blocks: [
      { kind: "table", borders: "grid", columnWidthsTwips: COLUMNS.map(([, width]) => width), rows: [header, ...body] },
    ],
  };
}
