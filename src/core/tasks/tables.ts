/** Task tables: "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú". */
import { CalendarDate, DateWarning, Deadline, findDeadline } from "../dates";
import { cleanLine, foldDiacritics } from "../text";
import { isUrgent } from "./lines";
import { splitBodies } from "./owner";
import type { SourceParagraph, SourceTable, Task } from "./types";

interface Columns {
  header: number;
  task: number;
  owner: number;
  co: number;
  deadline: number;
}

const TASK_COL = /nhiem vu|cong viec|giai phap|kien nghi/;
const TASK_COL_WEAK = /noi dung/;
const OWNER_COL = /chu tri|trach nhiem|phu trach|don vi thuc hien|co quan thuc hien/;
const OWNER_COL_WEAK = /thuc hien/;
const CO_COL = /phoi hop/;
const DEADLINE_COL = /thoi gian|thoi han|tien do/;

function findCol(cells: string[], rx: RegExp, exclude: number[]): number {
  return cells.findIndex((c, k) => !exclude.includes(k) && rx.test(c));
}

/** The header row and the meaning of its columns, or null when the table is not a task table. */
function findColumns(table: SourceTable): Columns | null {
  for (let r = 0; r < Math.min(3, table.length); r++) {
    const cells = table[r].map((c) => foldDiacritics(cleanLine(c)));
    let task = findCol(cells, TASK_COL, []);
    if (task < 0) task = findCol(cells, TASK_COL_WEAK, []);
    if (task < 0) continue;
    let owner = findCol(cells, OWNER_COL, [task]);
    const co = findCol(cells, CO_COL, [task, owner]);
    if (owner < 0) owner = findCol(cells, OWNER_COL_WEAK, [task, co]);
    const deadline = findCol(cells, DEADLINE_COL, [task, owner, co]);
    if (owner < 0 && deadline < 0) continue;
    return { header: r, task, owner, co: co === owner ? -1 : co, deadline };
  }
  return null;
}

const RX_COLUMN_NUMBER = /^\(?\s*(?:\d{1,2}|[IVX]+|[a-z])\s*\)?$/u;
const RX_ROLES = /chủ\s*trì\s*:\s*([\s\S]*?)(?:[.;\n]\s*phối\s*hợp\s*:\s*([\s\S]*))?$/iu;

export interface TableTask {
  task: Omit<Task, "id">;
  warnings: DateWarning[];
}

/**
 * Reads one table; each data row is one task. Column-number rows are skipped; a row with one filled cell, or a
 * Roman numeral and a title, is a section heading for the rows under it. Non-task tables and blank forms give nothing.
 */
export function readTaskTable(
  table: SourceTable,
  paragraphs: SourceParagraph[],
  tableIndex: number,
  firstParagraph: number,
  issued: CalendarDate,
  section: string | null,
): TableTask[] {
  const cols = findColumns(table);
  if (!cols) return [];
  const out: TableTask[] = [];
  let rowSection = section;
  for (let r = cols.header + 1; r < table.length; r++) {
    const cells = table[r].map((c) =>
      cleanLine((c ?? "").replace(/\n+/g, "\n").replace(/\n/g, " ; ")).replace(/^ ; | ; $/g, ""),
    );
    const filled = cells.filter((c) => c.replace(/[\s;]/g, "") !== "");
    if (filled.length === 0) continue;
    if (filled.every((c) => RX_COLUMN_NUMBER.test(c))) continue;
    const first = cells[0] ?? "";
    const taskText = (cells[cols.task] ?? "").replace(/\s*;\s*/g, " ").trim();
    if (filled.length === 1 || (/^[IVX]+\.?$/.test(first) && filled.length <= 2)) {
      rowSection = filled.join(" ").replace(/\s*;\s*/g, " ");
      continue;
    }
    if (!taskText) continue;

    let owner: string | null = null;
    let coOwners: string[] = [];
    const ownerCell = cols.owner >= 0 ? (table[r][cols.owner] ?? "") : "";
    const roles = RX_ROLES.exec(ownerCell);
    if (roles) {
      owner = cleanLine(roles[1]).replace(/[.;]$/, "") || null;
      coOwners = roles[2] ? splitBodies(cleanLine(roles[2].replace(/\n/g, ";")), false) : [];
    } else if (ownerCell.trim()) owner = cleanLine(ownerCell.replace(/\n/g, " "));
    if (cols.co >= 0 && (table[r][cols.co] ?? "").trim())
      coOwners = [
        ...coOwners,
        ...splitBodies(cleanLine(table[r][cols.co].replace(/\n/g, ";")).replace(/\.$/, ""), false),
      ];

    const warnings: DateWarning[] = [];
    let deadline: Deadline | null = null;
    if (cols.deadline >= 0) {
      const cell = cleanLine((table[r][cols.deadline] ?? "").replace(/\n/g, " "));
      const scan = findDeadline(cell, { issued, mode: "cell" });
      warnings.push(...scan.warnings);
      deadline = scan.deadline;
    }
    if (!deadline) {
      const scan = findDeadline(taskText, { issued, mode: "text" });
      warnings.push(...scan.warnings);
      deadline = scan.deadline;
    }

    let paragraphIndex = firstParagraph;
    for (let k = firstParagraph; k < paragraphs.length; k++) {
      const t = paragraphs[k].table;
      if (!t || t.tableIndex !== tableIndex) {
        if (k > firstParagraph && (!t || t.tableIndex > tableIndex)) break;
        continue;
      }
      if (t.row === r && t.cell === cols.task) {
        paragraphIndex = k;
        break;
      }
    }
    out.push({
      task: {
        text: taskText,
        owner,
        coOwners,
        deadline,
        urgent: isUrgent(taskText) || (cols.deadline >= 0 && isUrgent(table[r][cols.deadline] ?? "")),
        section: rowSection,
        paragraphIndex,
      },
      warnings,
    });
  }
  return out;
}
