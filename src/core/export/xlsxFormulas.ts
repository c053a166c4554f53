/**
 * The tracker's formulas, so that a workbook opened next month is still right without the add-in: Tình trạng from
 * TODAY(), and a recurring duty's Thời hạn as its next repetition. They say in Excel's language what core/followup
 * says in TypeScript; the tests read them back through LibreOffice at two dates. Only functions of Excel 2007 and
 * LibreOffice (no LET, no structured references), plain A1 references, strings in Vietnamese.
 */
import { Deadline, daysInMonth, fromIso } from "../dates";
import { STATUS_LABELS } from "../followup";

/** A1 column letters of a 1-based column index (1 → "A", 27 → "AA"). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Tình trạng of one row from its Thời hạn and Ngày hoàn thành cells, as of TODAY(): the formula form of
 * followUpStatus (a done day after today does not count yet; the deadline day itself is due soon, not overdue).
 */
export function statusFormula(deadlineCell: string, doneOnCell: string, dueSoonDays: number): string {
  const L = STATUS_LABELS;
  const done = `IF(OR(${deadlineCell}="",${doneOnCell}<=${deadlineCell}),${quote(L["done-on-time"])},${quote(L["done-late"])})`;
  const open =
    `IF(${deadlineCell}="",${quote(L["no-deadline"])},` +
    `IF(${deadlineCell}<TODAY(),${quote(L.overdue)},` +
    `IF(${deadlineCell}-TODAY()<=${dueSoonDays},${quote(L["due-soon"])},${quote(L["in-time"])})))`;
  return `IF(AND(${doneOnCell}<>"",${doneOnCell}<=TODAY()),${done},${open})`;
}

const MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 };

/**
 * A recurring duty's Thời hạn as its first repetition on or after TODAY() (dueDayAsOf), or null for a deadline
 * that is a plain date. A duty anchored on the last day of a month stays on the last day (EOMONTH), others keep
 * their day, shortened in short months (EDATE), as nthDueDay does.
 */
export function nextDueFormula(deadline: Deadline | null): string | null {
  if (deadline?.kind !== "recurring" || !deadline.rule || !deadline.date) return null;
  const first = fromIso(deadline.date);
  if (!first) return null;
  const anchor = `DATE(${first.year},${first.month},${first.day})`;
  if (deadline.rule === "weekly") return `${anchor}+7*MAX(0,ROUNDUP((TODAY()-${anchor})/7,0))`;
  const step = MONTHS[deadline.rule];
  const shift = first.day === daysInMonth(first.year, first.month) ? "EOMONTH" : "EDATE";
  const k = `MAX(0,ROUNDUP(((YEAR(TODAY())-${first.year})*12+MONTH(TODAY())-${first.month})/${step},0))`;
  const at = (n: string) => `${shift}(${anchor},${step}*${n})`;
  return `IF(${at(k)}>=TODAY(),${at(k)},${at(`(${k}+1)`)})`;
}
