/**
 * A data table in Decree 30 typography: Times New Roman 12 pt, bold centred column titles repeated on every page,
 * single-line grid, rows that do not split across pages. The tracking table, the progress report's tables and the
 * reminder letter's list are all made with it.
 */
import { Paragraph, Table, TableCell, paragraph, text } from "../model";

export const TABLE_SIZE_PT = 12;

export interface DataColumn {
  title: string;
  /** Share of the table's width (any unit; the shares are scaled to the width given). */
  weight: number;
  align?: Paragraph["align"];
}

export const tableCell = (
  value: string,
  options: { bold?: boolean; italic?: boolean; align?: Paragraph["align"]; top?: boolean } = {},
): TableCell => ({
  // "\n" in a value is a line break in the cell (the model's runs allow it).
  blocks: [
    paragraph([text(value, { sizePt: TABLE_SIZE_PT, bold: options.bold, italic: options.italic })], {
      align: options.align ?? "left",
      firstLineIndentTwips: 0,
      spacingBeforePt: 2,
      spacingAfterPt: 2,
      lineMultiple: 1,
    }),
  ],
  verticalAlign: options.top ? "top" : "center",
});

/** Column widths in twips adding up to exactly `widthTwips`. */
export function columnWidths(columns: readonly DataColumn[], widthTwips: number): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * widthTwips));
  widths[widths.length - 1] += widthTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A bordered table: the title row, then one row per entry of `rows` (cell texts in column order). */
export function dataTable(
  columns: readonly DataColumn[],
  rows: ReadonlyArray<readonly string[]>,
  widthTwips: number,
  options: {
    boldRows?: ReadonlySet<number>;
    /** Let long rows continue on the next page, their cells aligned to the top so each part reads from its start. */
    splitRows?: boolean;
  } = {},
): Table {
  return {
    kind: "table",
    borders: "grid",
    columnWidthsTwips: columnWidths(columns, widthTwips),
    rows: [
      { cells: columns.map((c) => tableCell(c.title, { bold: true, align: "center" })), repeatAsHeader: true },
      ...rows.map((cells, i) => ({
        cells: columns.map((c, k) =>
          tableCell(cells[k] ?? "", { align: c.align, bold: options.boldRows?.has(i), top: options.splitRows }),
        ),
        cantSplit: !options.splitRows,
      })),
    ],
  };
}
