/**
 * Task tables: "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú". Each data
 * row is one task whose cells are its field lines; a row with one filled cell, or a Roman numeral and a title, is a
 * section heading for the rows under it. A table without a task column and an owner or deadline column gives nothing.
 */
import { cleanLine, foldDiacritics } from "../text";
import { splitBodies } from "./bodies";
import type { SourceParagraph, SourceTable } from "./types";

interface Columns {
  header: number;
  task: number;
  owner: number;
  co: number;
  deadline: number;
}

const TASK_COL = /nhiem vu|cong viec|giai phap|kien nghi|de xuat/;
const TASK_COL_WEAK = /noi dung/;
const OWNER_COL = /chu tri|trach nhiem|phu trach|dau moi|don vi thuc hien|co quan thuc hien/;
const OWNER_COL_WEAK = /thuc hien/;
/** "STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | …": a bare "Đơn vị" beside a task column names who leads. */
const OWNER_COL_BARE = /^(?:don vi|co quan)$/;
const CO_COL = /phoi hop/;
const DEADLINE_COL = /thoi gian|thoi han|tien do/;

function findCol(cells: string[], rx: RegExp, exclude: number[]): number {
  return cells.findIndex((c, k) => !exclude.includes(k) && rx.test(c));
}

/**
 * "Thuộc nhóm nhiệm vụ, hành động", "Lĩnh vực": a column that groups the tasks; "Tỉnh kiến nghị", "Đơn vị đề xuất": one
 * that names who proposed them. Neither holds the task itself.
 */
const RX_GROUP_COL =
  /^(?:thuoc )?nhom|^linh vuc|^(?:tinh|dia phuong|don vi|co quan|bo|so|nganh)\s+(?:kien nghi|de xuat)/;

/** The task column: the first one naming tasks that does not only group them (else the first one naming tasks). */
function findTaskCol(cells: string[]): number {
  const named = cells.map((c, k) => (TASK_COL.test(c) ? k : -1)).filter((k) => k >= 0);
  const own = named.find((k) => !RX_GROUP_COL.test(cells[k]));
  if (own !== undefined) return own;
  return named.length ? named[0] : findCol(cells, TASK_COL_WEAK, []);
}

/** The header row and the meaning of its columns, or null when the table is not a task table. */
function findColumns(table: SourceTable): Columns | null {
  for (let r = 0; r < Math.min(3, table.length); r++) {
    const cells = table[r].map((c) => foldDiacritics(cleanLine(c ?? "")));
    const task = findTaskCol(cells);
    if (task < 0) continue;
    let owner = findCol(cells, OWNER_COL, [task]);
    const co = findCol(cells, CO_COL, [task, owner]);
    // "Thời gian thực hiện" is a time column: a bare "thực hiện" names the owner column only where no time word does.
    const timed = cells.map((c, k) => (DEADLINE_COL.test(c) ? k : -1)).filter((k) => k >= 0);
    if (owner < 0) owner = findCol(cells, OWNER_COL_WEAK, [task, co, ...timed]);
    if (owner < 0) owner = findCol(cells, OWNER_COL_BARE, [task, co]);
    const deadline = findCol(cells, DEADLINE_COL, [task, owner, co]);
    if (owner < 0 && deadline < 0) continue;
    return { header: r, task, owner, co: co === owner ? -1 : co, deadline };
  }
  return null;
}

const RX_COLUMN_NUMBER = /^\(?\s*(?:\d{1,2}|[IVX]+|[a-z])\s*\)?$/u;
const RX_ROLES = /chủ\s*trì\s*:\s*([\s\S]*?)(?:[.;\n]\s*phối\s*hợp\s*:\s*([\s\S]*))?$/iu;

export type TableEntry =
  | { kind: "section"; text: string }
  | {
      kind: "row";
      text: string;
      owner: string | null;
      coOwners: string[];
      /** The deadline cell as written, read in "cell" mode by the deadline pass. */
      deadlineCell: string;
      paragraphIndex: number;
    };

/** The owner cell: "Chủ trì: X. Phối hợp: A; B" gives X and A, B; a plain cell is the owner as written. */
function readOwnerCell(cell: string): { owner: string | null; coOwners: string[] } {
  const roles = RX_ROLES.exec(cell);
  if (roles)
    return {
      owner: cleanLine(roles[1]).replace(/[.;]$/, "") || null,
      coOwners: roles[2] ? splitBodies(cleanLine(roles[2].replace(/\n/g, ";")), false) : [],
    };
  return { owner: cell.trim() ? cleanLine(cell.replace(/\n/g, " ")) : null, coOwners: [] };
}

/** Where each (row, cell) of the table starts in the paragraphs, for the task's paragraphIndex. */
function cellStarts(paragraphs: SourceParagraph[], tableIndex: number, first: number): Map<string, number> {
  const starts = new Map<string, number>();
  for (let k = first; k < paragraphs.length; k++) {
    const t = paragraphs[k].table;
    if (!t || t.tableIndex !== tableIndex) {
      if (!t || t.tableIndex > tableIndex) break;
      continue;
    }
    const key = `${t.row}:${t.cell}`;
    if (!starts.has(key)) starts.set(key, k);
  }
  return starts;
}

/** The rows of one table as section headings and task rows, in order; [] when it is not a task table. */
export function readTaskTable(
  table: SourceTable,
  paragraphs: SourceParagraph[],
  tableIndex: number,
  firstParagraph: number,
): TableEntry[] {
  const cols = findColumns(table);
  if (!cols || isProgramme(table, cols)) return [];
  const starts = cellStarts(paragraphs, tableIndex, firstParagraph);
  const out: TableEntry[] = [];
  const merged = mergedDeadlines(table, cols);
  const owners = mergedCells(table, cols, cols.owner);
  const partners = mergedCells(table, cols, cols.co);
  for (let r = cols.header + 1; r < table.length; r++) {
    const cells = table[r].map((c) =>
      cleanLine((c ?? "").replace(/\n+/g, "\n").replace(/\n/g, " ; ")).replace(/^ ; | ; $/g, ""),
    );
    const filled = cells.filter((c) => c.replace(/[\s;]/g, "") !== "");
    if (filled.length === 0 || filled.every((c) => RX_COLUMN_NUMBER.test(c)) || repeatsHeader(cells)) continue;
    const text = (cells[cols.task] ?? "").replace(/\s*;\s*/g, " ").trim();
    // "| II | Phát triển hạ tầng | | |", "| A | PHÁT TRIỂN NỀN MÓNG … | | |", "| III.1.3 | Nhóm các nền tảng … | |": a
    // numbered part's title (or its subdivision's) heads the rows below.
    if (filled.length === 1 || (/^(?:[IVX]+|[A-Z])(?:\.\d{1,2})*\.?$/.test(cells[0] ?? "") && filled.length <= 2)) {
      out.push({ kind: "section", text: filled.join(" ").replace(/\s*;\s*/g, " ") });
      continue;
    }
    if (!text) continue;
    const { owner, coOwners } = readOwnerCell(owners[r] ?? "");
    const co = partners[r] ?? "";
    if (co.trim()) coOwners.push(...splitBodies(cleanLine(co.replace(/\n/g, ";")).replace(/\.$/, ""), false));
    out.push({
      kind: "row",
      text,
      owner,
      coOwners,
      deadlineCell: merged[r] ?? "",
      paragraphIndex: starts.get(`${r}:${cols.task}`) ?? firstParagraph,
    });
  }
  return out;
}

/** "8h30 - 8h35", "14 giờ 00", "10:30": a time of day, alone or as a span (folded). */
const RX_CLOCK = /^(?:\d{1,2}\s*(?:h|g|gio|:)\s*\d{0,2}(?:\s*phut)?'?\s*(?:[-–]|den)?\s*)+$/;
/**
 * "| THỜI GIAN | NỘI DUNG |" over "| 8h30 - 8h35 | Tuyên bố lí do … |": a day's programme (a visit's or a meeting's
 * agenda) has no owner column and times of day for its time cells; its rows are no one's tasks (spec: an agenda).
 */
function isProgramme(table: SourceTable, cols: Columns): boolean {
  if (cols.owner >= 0 || cols.deadline < 0) return false;
  const times = table
    .slice(cols.header + 1)
    .map((row) => foldDiacritics(cleanLine(row[cols.deadline] ?? "")))
    .filter((c) => c !== "");
  return times.length > 0 && times.every((c) => RX_CLOCK.test(c));
}

const RX_NUMBER_HEAD = /^(?:s?tt|so tt|so thu tu)$/;
const RX_ANY_COL = new RegExp(
  [TASK_COL, TASK_COL_WEAK, OWNER_COL, OWNER_COL_WEAK, CO_COL, DEADLINE_COL].map((r) => r.source).join("|"),
);

/**
 * "| | Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện |": the header written again at the top of
 * each printed page. Two or more short cells that are column titles, and no figure, make no task.
 */
function repeatsHeader(cells: string[]): boolean {
  if (cells.some((c) => /\d/.test(c))) return false;
  const titles = cells.filter((c) => {
    const f = foldDiacritics(c);
    return (
      f.split(/\s+/).length <= 4 &&
      RX_ANY_COL.test(f) &&
      /^(?:noi dung|nhiem vu|don vi|co quan|thoi gian|thoi han|tien do|chu tri|phoi hop|trach nhiem|san pham|ket qua)/.test(
        f,
      )
    );
  });
  return titles.length >= 2;
}

/** Whether the table numbers its rows in a first column of its own ("STT | …"). */
function isNumbered(table: SourceTable, cols: Columns): boolean {
  return cols.task !== 0 && RX_NUMBER_HEAD.test(foldDiacritics(cleanLine(table[cols.header][0] ?? "")));
}

/**
 * Each row's cell of one column, as written. A row with neither its number nor that cell ("| | | | - Rà soát …") is a
 * part of the numbered row above whose owner and partners cells were merged down over it: it shares them.
 */
function mergedCells(table: SourceTable, cols: Columns, col: number): string[] {
  const out: string[] = [];
  if (col < 0) return out;
  const numbered = isNumbered(table, cols);
  let above = "";
  for (let r = cols.header + 1; r < table.length; r++) {
    const own = table[r][col] ?? "";
    const number = cleanLine(table[r][0] ?? "");
    if (!numbered || number || own.trim()) above = own;
    out[r] = own.trim() || !numbered || number ? own : above;
  }
  return out;
}

/**
 * Each row's deadline cell. A row with neither its number nor its time (the two cells merged down from the numbered row
 * above, as a calendar writes "9 | 08/09/2025-14/09/2025 | Tuần lễ hội nhập" over six sessions) shares that row's time;
 * a numbered row with an empty time cell has none.
 */
function mergedDeadlines(table: SourceTable, cols: Columns): string[] {
  const out: string[] = [];
  if (cols.deadline < 0) return out;
  const numbered = isNumbered(table, cols);
  let above = "";
  for (let r = cols.header + 1; r < table.length; r++) {
    const own = cleanLine((table[r][cols.deadline] ?? "").replace(/\n/g, " "));
    const number = cleanLine(table[r][0] ?? "");
    // A section row ("| Học kỳ 2 |") ends the merge.
    const section = table[r].filter((c) => cleanLine(c ?? "") !== "").length <= 1;
    if (!numbered || number || own || section) above = own;
    out[r] = own || (numbered && !number ? above : "");
  }
  return out;
}
