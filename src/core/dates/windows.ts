/**
 * Windows of time: "Từ tháng 12/2025 đến quý I/2026", "từ tháng 11/2025 đến tháng 4/2026", "Từ tháng 01 đến ngày bầu
 * cử 15/3/2026". Work that runs through a window is due at its end (spec: a window is due at its end day); the start is
 * not a deadline. The end is read by the ordinary scanners, as in a deadline cell ("đến" is its trigger).
 */
import type { Deadline } from "./deadline";
import { Scan, matches, re } from "./scan";

/** "từ … đến (hết) …", and a window closed by "trước" ("từ 9:00 ngày 15/09 trước 16:00 ngày 13/10"). */
const RX_WINDOW = re(`từ\\s+(?:[^,;.()]|\\d\\.\\d){1,40}?\\s+(?:đến|tới|trước)\\s+(?:hết\\s+)?`);
/** How far after "đến" the window's end may be found, and where it stops (a clause or bracket). */
const END_REACH = 60;
/** A clause or bracket ends the window's end; not the comma between its hour and its day ("đến 17 giờ 00, ngày 01/02"). */
const RX_END_STOP = /,(?!\s*ngày\s)|[;()]|\.(?!\d)/u;
/**
 * In a sentence a window needs a calendar start and a fine end: "từ nay đến ngày 19/12 chỉ còn 01 tháng" counts down,
 * "nhiệm vụ từ nay đến tháng 6/2027" and "từ năm 2021 đến năm 2030" name the subject's horizon.
 */
const RX_FINE_END = /tháng|quý|ngày|\d\s*\/\s*\d/iu;
/** "từ chiều ngày 31/12/2025 đến hết ngày 01/01/2026": a part of the day may come before the start day. */
const RX_CALENDAR_START = /^từ\s+(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày|tháng|qu[ýí]|\d)/iu;

/**
 * "Thời gian báo cáo … tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12", "Số liệu tính từ …": the
 * span a report covers, not when it is due (that is said apart: "chậm nhất ngày 17 tháng 12").
 */
const RX_REPORTED_SPAN_BEFORE = /(?:số\s+liệu|báo\s+cáo)[^.;]*\stính\s+$/iu;

/**
 * In a deadline cell or a time field, "tháng 11/2025 đến tháng 4/2026", "15/12/2025 đến 20/12/2025": a window written
 * without its "từ" (the cell's label stands for it); due at its end, as with "từ".
 */
const RX_CELL_WINDOW = re(`^(?=(?:tháng|quý|ngày|\\d))[^,;.()]{1,30}?\\s+(?:đến|tới)\\s+(?:hết\\s+)?`);

/** In a deadline cell, two whole days joined by a dash: "04/08/2025-27/08/2025", "08/09/2025 – 14/09/2025". */
const RX_DASH_WINDOW = re(`\\b\\d{1,2}\\/\\d{1,2}\\/\\d{4}\\s*[-–]\\s*(?=\\d{1,2}\\/\\d{1,2}\\/\\d{4})`);

/** Reads the end of a window (the text after "đến"); the caller's findDeadline in "cell" mode. */
export type EndReader = (tail: string) => Deadline | null;

/**
 * "treo cờ trong 2 ngày 26/9 và 27/9/2018", "trong các ngày: 30/4/2020, 01/5/2020": a list of days the work runs on is
 * a window too, due at its last day (not "2 ngày" counted from the issue date).
 */
const RX_DAY_LIST = re(
  `trong\\s+(?:(?:các|những|0?\\d|hai|ba)\\s+)?ngày\\s*:?\\s*(?:\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?\\s*(?:,|và)\\s*(?:ngày\\s+)?)+(?=\\d{1,2}\\s*/\\s*\\d{1,2})`,
);

export function scanWindows(scan: Scan, readEnd: EndReader): void {
  if (scan.mode === "cell") {
    scanListedEnds(scan, RX_DASH_WINDOW, 10, readEnd);
    scanListedEnds(scan, RX_CELL_WINDOW, 30, readEnd);
  }
  if (scan.words.has("ngày")) scanListedEnds(scan, RX_DAY_LIST, 12, readEnd);
  if (!scan.words.has("từ")) return;
  // Collected before reading any end: the end is read by findDeadline, which runs this scanner (and this global
  // regex) again on the tail.
  for (const m of Array.from(matches(RX_WINDOW, scan.text))) {
    if (RX_REPORTED_SPAN_BEFORE.test(scan.text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const from = m.index + m[0].length;
    let tail = scan.text.slice(from, from + END_REACH);
    const stop = tail.search(RX_END_STOP);
    if (stop >= 0) tail = tail.slice(0, stop);
    const end = readEnd(tail);
    if (!end || end.date === null) continue;
    if (scan.mode === "text" && !(RX_FINE_END.test(end.raw) && RX_CALENDAR_START.test(m[0]))) continue;
    const at = tail.indexOf(end.raw);
    if (at < 0 || at > 25) continue; // the end must follow "đến" closely
    const stop2 = from + at + end.raw.length;
    const raw = scan.text.slice(m.index, stop2).trim();
    scan.cands.push({ start: m.index, end: stop2, deadline: { ...end, raw }, weight: 7 });
  }
}

/**
 * A window whose pattern stops right before its last day (a cell's dash-joined days, a list of days): due at that
 * day, never at the first; `reach` is how many characters the day may take.
 */
function scanListedEnds(scan: Scan, rx: RegExp, reach: number, readEnd: EndReader): void {
  for (const m of Array.from(matches(rx, scan.text))) {
    const from = m.index + m[0].length;
    const end = readEnd(scan.text.slice(from, from + reach));
    if (!end || end.date === null) continue;
    const stop = from + end.raw.length;
    scan.cands.push({
      start: m.index,
      end: stop,
      deadline: { ...end, raw: scan.text.slice(m.index, stop) },
      weight: 7,
    });
  }
}
