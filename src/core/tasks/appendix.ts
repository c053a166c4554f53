/**
 * A plan often lists its tasks twice: as content items of its content section and as rows of a task-table appendix ("DANH MỤC CÁC
 * NHIỆM VỤ TRỌNG TÂM"). A body item restated by a row (the row's words nearly all in the item) takes the row's owner and
 * co-owners as a footer, weaker than a subject the item names itself: the appendix is the plan's own list of who does
 * what (spec additions: "Tổ chức thực hiện" may name owners for content items). Not the row's time: the spec's list of
 * what hands a deadline down (heading, closing line, lead-in, meeting) has no restating row, the row is a task of its
 * own that carries it, and it is often the programme's span ("2026-2030") rather than the item's due day. Two of
 * three labellers read it so (k21, k25 against a3); giving it made 75 of the corpus's 92 false deadlines.
 */
import { findDeadline } from "../dates";
import type { CalendarDate } from "../dates";
import type { Field } from "./fields";
import type { OutlineNode } from "./outline";
import { inContentSection } from "./plan";
import { normalizeNfcForMatch } from "../text";

/** A row this short ("Tổ chức thực hiện Kế hoạch") would be found in too many items. */
const MIN_ROW_WORDS = 6;
/** Share of the row's words found in the item, and of the item's words found in the row. */
const ROW_IN_ITEM = 0.8;
const ITEM_IN_ROW = 0.3;
/** Beyond this many rows or items the comparison is skipped (it is quadratic). */
const MAX_PAIRS = 200_000;

const wordsOf = (s: string) => new Set(normalizeNfcForMatch(s).split(" ").filter(Boolean));

export function linkRestatedRows(nodes: readonly OutlineNode[]): void {
  const rows = nodes.filter((n) => n.row && (n.row.owner || n.row.deadlineCell.trim()));
  const items = nodes.filter(
    (n) => !n.row && n.form !== "heading" && !n.fields.length && !n.footer.length && inContentSection(n),
  );
  if (!rows.length || rows.length * items.length > MAX_PAIRS) return;
  const rowWords = rows.map((r) => wordsOf(r.text));
  for (const item of items) {
    const words = wordsOf(item.text);
    const k = bestRow(rowWords, words);
    if (k >= 0) item.footer.push(...rowFields(rows[k]));
  }
}

function bestRow(rowWords: Set<string>[], words: Set<string>): number {
  let best = -1;
  let bestScore = 0;
  rowWords.forEach((row, k) => {
    if (row.size < MIN_ROW_WORDS) return;
    let common = 0;
    for (const w of row) if (words.has(w)) common++;
    const score = common / row.size;
    if (score >= ROW_IN_ITEM && common / words.size >= ITEM_IN_ROW && score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  return best;
}

function rowFields(r: OutlineNode): Field[] {
  const row = r.row!;
  const fields: Field[] = [];
  if (row.owner) fields.push({ kind: "owner", label: "Phụ lục", value: row.owner });
  for (const c of row.coOwners) fields.push({ kind: "co", label: "Phụ lục", value: c });
  return fields;
}

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
