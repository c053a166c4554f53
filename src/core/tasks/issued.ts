/**
 * The document's issue date: the header's place-and-date line, else the "Hôm nay, ngày …" of minutes, else a telegram's
 * dated number line, else a resolution's adoption day, else the --date option or today (said in a warning). A draft's
 * blank day that falls before the meeting it concludes takes the meeting's day; an impossible date is named in a
 * warning and never shifted.
 */
import {
  CalendarDate,
  compareDates,
  fromIso,
  isValidDate,
  parseMinutesDate,
  parseNumberLineDate,
  parsePlaceAndDate,
  toIso,
} from "../dates";
import type { ExtractOptions, ExtractWarning } from "./types";

export interface IssueDate {
  issued: CalendarDate;
  issuedDate: string | null;
  /** Dates before it are history, never a deadline: the issue date; with none, the latest day it cites (citedFloor). */
  floor: CalendarDate;
}

/** "Căn cứ Luật … ngày 19 tháng 6 năm 2015;": a day cited by the document's grounds. */
const RX_GROUNDS = /^(?:căn\s+cứ|thực\s+hiện|trên\s+cơ\s+sở)\s/iu;
const RX_FULL_DAY = /ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu;

/** "Công điện số 220/CĐ-TTg ngày 18/11/2025": a document the text cites, which was issued before it. */
const RX_CITED_DAY = /\bsố\s+[^\s,;]+\s*,?\s+ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu;

function latestDay(text: string, rx: RegExp, latest: CalendarDate | null): CalendarDate | null {
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(text))) {
    const d = { year: +m[3], month: +m[2], day: +m[1] };
    if (isValidDate(d) && (!latest || compareDates(d, latest) > 0)) latest = d;
  }
  return latest;
}

/** A signed PDF's stamp, "Thời gian ký: 08/08/2025 11:32:54 +07:00": signed then, on or a few days after issuing. */
const RX_SIGNED_AT = /^(?:Thời gian k[ýy]|Ngày k[ýy])\s*:/iu;
const RX_STAMP_DAY = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/g;

/**
 * With no issue date, the document came after what it cites: its grounds, every document it names by number and day,
 * the meeting it concludes. A year-bearing deadline later than the latest of those is due ("trong tháng
 * 7/2017" in an undated resolution read today; "trước ngày 30/11/2025" in a letter citing a telegram of 18/11/2025);
 * with nothing cited, the earliest day it names does (earliestDay), else today.
 */
function citedFloor(texts: readonly string[], fallback: CalendarDate): CalendarDate {
  let latest = meetingDay(texts, 0);
  texts.forEach((t, i) => {
    if (i < 60 && RX_GROUNDS.test(t)) latest = latestDay(t, RX_FULL_DAY, latest);
    if (/\bsố\s/iu.test(t)) latest = latestDay(t, RX_CITED_DAY, latest);
  });
  if (latest) return compareDates(latest, fallback) < 0 ? latest : fallback;
  return earliestDay(texts) ?? fallback;
}

/**
 * An undated copy that cites nothing ("Đề nghị các đơn vị gửi về trước ngày 24/3/2016"): its own days place it in time,
 * so none of them is history. Today would make a notice of 2016 due long ago, every deadline erased.
 */
function earliestDay(texts: readonly string[]): CalendarDate | null {
  let earliest: CalendarDate | null = null;
  for (const t of texts)
    for (const rx of [RX_FULL_DAY, RX_BARE_DAY, RX_MONTH_OF_YEAR]) {
      rx.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rx.exec(t))) {
        // A month named with its year ("hoàn thành trong tháng 11 năm 2025") counts from its first day.
        const d = { year: +m[3], month: +m[2], day: m[1] ? +m[1] : 1 };
        if (isValidDate(d) && (!earliest || compareDates(d, earliest) < 0)) earliest = d;
      }
    }
  return earliest;
}

/** "tháng 11 năm 2025", "tháng 11/2025": a month of a year, with an empty first group where a day would be. */
const RX_MONTH_OF_YEAR = /()tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu;

/** "Hạn cuối tham gia Chương trình là 28/3/2022": a whole day written without "ngày" (not inside "1/500/2022"). */
const RX_BARE_DAY = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;

/** "… cuộc họp / Hội nghị / buổi làm việc … ngày 22/01/2026" or "Ngày 19 tháng 6 năm 2026, … họp": the meeting day. */
const RX_MEETING_DAY =
  /(?:cuộc\s+họp|hội\s+nghị|phiên\s+họp|buổi\s+làm\s+việc|họp)[^.;]{0,80}?ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})|^ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})\s*,[^.]{0,200}?(?:họp|hội\s+nghị|làm\s+việc)/iu;

function meetingDay(texts: readonly string[], from: number): CalendarDate | null {
  for (const t of texts.slice(from, from + 15)) {
    const m = RX_MEETING_DAY.exec(t);
    if (!m) continue;
    const d = m[1] ? { year: +m[3], month: +m[2], day: +m[1] } : { year: +m[6], month: +m[5], day: +m[4] };
    if (isValidDate(d)) return d;
  }
  return null;
}

/**
 * A signed PDF whose date line cannot be read ("Hà Nội, ngày C4 tháng 3 năm 2023" from a scan's text layer): the day it
 * was signed ("Thời gian ký: 01.03.2023 15:52") is the nearest one can know, much nearer than today.
 */
function signedDay(texts: readonly string[]): CalendarDate | null {
  const stamp = texts.slice(0, 60).find((t) => RX_SIGNED_AT.test(t.replace(/^\W+/u, "")));
  return stamp ? latestDay(stamp, RX_STAMP_DAY, null) : null;
}

/**
 * "Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua ngày 11 tháng 8 năm 2022.": a resolution printed without a
 * place-and-date line (the Standing Committee's) is dated by its own adoption; a law it cites ("Luật … được Quốc hội
 * thông qua ngày …") is not.
 */
const RX_ADOPTED =
  /^(?:nghị\s+quyết|luật|pháp\s+lệnh)\s+này\s[^.]{0,200}?\sthông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
function adoptedDay(texts: readonly string[]): CalendarDate | null {
  for (const t of texts) {
    const m = RX_ADOPTED.exec(t);
    const day = m ? { year: +m[3], month: +m[2], day: +m[1] } : null;
    if (day && isValidDate(day)) return day;
  }
  return null;
}

/** A conclusion of a meeting (kết luận, thông báo kết luận), not an invitation to one. */
function concludesMeeting(texts: readonly string[], from: number): boolean {
  const head = texts.slice(Math.max(0, from - 10), from + 12);
  return head.some((t) => /kết\s+luận/iu.test(t)) && !head.some((t) => /^GIẤY MỜI/u.test(t));
}

export function findIssueDate(
  texts: readonly string[],
  options: ExtractOptions,
  warnings: ExtractWarning[],
): IssueDate {
  for (let i = 0; i < texts.length; i++) {
    const m = parsePlaceAndDate(texts[i]);
    if (!m) continue;
    // A scan's unreadable day in the signing month (or unreadable month in its year): the signature's day is nearer.
    const signed = m.unread ? signedDay(texts) : null;
    const sameMonth = signed && m.date && signed.year === m.date.year && signed.month === m.date.month;
    if (signed && m.date && signed.year === m.date.year && (sameMonth || m.unread === "day-month")) break;
    if (m.warning) warnings.push({ code: m.warning.code, message: m.warning.message });
    if (!m.date) break;
    const dayUnknown = m.warning?.code === "issue-day-blank" || m.warning?.code === "issue-day-unreadable";
    if (dayUnknown && concludesMeeting(texts, i)) {
      const meeting = meetingDay(texts, i + 1);
      if (
        meeting &&
        meeting.year === m.date.year &&
        meeting.month === m.date.month &&
        compareDates(meeting, m.date) > 0
      )
        return { issued: meeting, issuedDate: toIso(meeting), floor: meeting };
    }
    return { issued: m.date, issuedDate: toIso(m.date), floor: m.date };
  }
  for (const t of texts.slice(0, 200)) {
    const m = parseMinutesDate(t);
    if (m) return { issued: m.date, issuedDate: toIso(m.date), floor: m.date };
  }
  for (const t of texts.slice(0, 20)) {
    const m = parseNumberLineDate(t);
    if (m) return { issued: m.date, issuedDate: toIso(m.date), floor: m.date };
  }
  const adopted = adoptedDay(texts);
  if (adopted) return { issued: adopted, issuedDate: toIso(adopted), floor: adopted };
  const signed = signedDay(texts);
  if (signed) {
    warnings.push({
      code: "issue-date-from-signature",
      message: `Không đọc được dòng ngày ban hành; lấy ngày ký số (${toIso(signed)}) làm ngày ban hành.`,
    });
    // Signing may come days after issuing ("ngày 14/10" signed on 16/10): a day between the two is still due, so the
    // floor is what the document cites or its meeting, as for an undated copy, not the signing day.
    return { issued: signed, issuedDate: toIso(signed), floor: citedFloor(texts, signed) };
  }
  const fallback = fromIso(options.fallbackDate);
  if (!fallback) throw new Error(`fallbackDate must be YYYY-MM-DD, got "${options.fallbackDate}"`);
  const which = options.fallbackSource === "option" ? "ngày nhập bằng --date" : "ngày hôm nay";
  warnings.push({
    code: "issue-date-missing",
    message: `Không tìm thấy ngày ban hành trong văn bản; thời hạn được tính theo ${which} (${options.fallbackDate}).`,
  });
  return { issued: fallback, issuedDate: null, floor: citedFloor(texts, fallback) };
}
