/**
 * Task-table appendices and the body items around them. A plan often lists its tasks twice: as content items of its
 * content section and as rows of an appendix ("DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM"). The row is a task of its own with its
 * owner and time; it hands neither to the body item it restates. The spec's order of owners (field line, subject,
 * heading, lead-in, then the lead body of "Tổ chức thực hiện" for content items) and its list of what hands a deadline
 * down have no restating row, and four labellers of five read it so: k21, k25 and k43 (owners, 2026-12-06) and k21,
 * k25 (times) against a3. Handing the row's owner down cost the corpus 0.5 points of owner accuracy and k43 6 points.
 */
import { findDeadline } from "../dates";
import type { CalendarDate } from "../dates";
import type { OutlineNode } from "./outline";

/** "… (Phụ lục kèm theo)", "… tại Phụ lục II", "… theo Phụ lục": an item that hands out the appendix. */
const RX_POINTS_TO_APPENDIX = /\(\s*phụ\s+lục(?:\s+[IVX\d]+)?\s+kèm\s+theo\s*\)|(?:tại|theo)\s+phụ\s+lục/iu;

/**
 * "2.2. Khẩn trương … xử lý các kiến nghị … (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025": the one task that
 * hands out an appendix whose task table gives no times dates its rows, as a footer (inherited). Not when any row has
 * a time of its own, nor when two tasks point to appendices (which rows would be whose is unknown).
 */
export function datePointedRows(nodes: readonly OutlineNode[], issued: CalendarDate, floor: CalendarDate): void {
  const rows = nodes.filter((n) => n.row);
  if (!rows.length || rows.some((n) => n.row!.deadlineCell.trim())) return;
  const pointers = nodes.filter((n) => !n.row && RX_POINTS_TO_APPENDIX.test(n.text));
  if (pointers.length !== 1) return;
  const d = findDeadline(pointers[0].text, { issued, mode: "text", notBefore: floor }).deadline;
  if (!d || !d.date) return;
  for (const r of rows)
    if (!r.footer.some((f) => f.kind === "time")) r.footer.push({ kind: "time", label: "Phụ lục", value: d.raw });
}
