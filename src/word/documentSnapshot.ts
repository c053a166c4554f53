/**
 * What Word reports about the document's paragraphs and tables, turned into the extractor's input.
 * Pure, so the mapping is tested without Word.
 */
import { contentControlTag } from "../core/model";
import { ExtractInput, SourceParagraph } from "../core/tasks";

const OWN_TASK_TABLE = contentControlTag("task-table");

/** The properties officeWordGateway loads for each paragraph. */
export interface WordParagraphData {
  text: string;
  isListItem: boolean;
  tableNestingLevel: number;
  /** Word's outline level: 1–9 for headings, 10 for body text. */
  outlineLevel?: number;
  styleBuiltIn?: string;
  listLevel?: number;
  listString?: string;
  /** Tag of the nearest content control around the paragraph, if any. */
  contentControlTag?: string;
}

const cellLines = (cell: string): number => Math.max(1, cell.split(/\r\n|\r|\n/).length);

/**
 * Paragraphs inside tables are matched to their cells in reading order: each cell holds as many
 * paragraphs as its text has lines. A run of consecutive table paragraphs is one top-level table; `tables` are the
 * top-level tables only, and the paragraphs of a table nested in a cell belong to no cell of their own, so a nested
 * table never shifts the tables after it.
 */
export function toExtractInput(paragraphs: WordParagraphData[], tables: string[][][]): ExtractInput {
  const out: SourceParagraph[] = [];
  let tableIndex = -1;
  let slots: Array<{ row: number; cell: number }> = [];
  let slot = 0;
  let inTable = false;
  /** Tables inside the add-in's own task-tracking table restate the tasks; they are not read again. */
  const ownTables = new Set<number>();

  for (const p of paragraphs) {
    const own = p.contentControlTag === OWN_TASK_TABLE;
    const source: SourceParagraph = { text: own ? "" : p.text.normalize("NFC") };
    if (p.isListItem) {
      source.isListItem = true;
      if (p.listLevel !== undefined) source.listLevel = p.listLevel;
      if (p.listString) source.listLabel = p.listString;
    }
    if (p.outlineLevel !== undefined && p.outlineLevel >= 1 && p.outlineLevel <= 9)
      source.outlineLevel = p.outlineLevel - 1;
    if (p.styleBuiltIn && p.styleBuiltIn !== "Normal" && p.styleBuiltIn !== "Other") source.styleName = p.styleBuiltIn;

    if (p.tableNestingLevel > 0) {
      if (!inTable) {
        tableIndex++;
        const rows = tables[tableIndex] ?? [];
        slots = rows.flatMap((cells, row) =>
          cells.flatMap((cell, c) => Array.from({ length: cellLines(cell) }, () => ({ row, cell: c }))),
        );
        slot = 0;
        inTable = true;
      }
      if (own) ownTables.add(tableIndex);
      if (p.tableNestingLevel === 1) {
        const where = slots[Math.min(slot++, slots.length - 1)];
        if (!own && where) source.table = { tableIndex, ...where };
      }
    } else {
      inTable = false;
    }
    out.push(source);
  }
  const cellText = (cell: string): string => cell.replace(/\r\n?/g, "\n").normalize("NFC");
  return {
    paragraphs: out,
    tables: tables.map((rows, i) => (ownTables.has(i) ? [] : rows.map((cells) => cells.map(cellText)))),
  };
}
