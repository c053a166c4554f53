/**
 * The words of Vietnamese deadline phrases, as regular-expression parts and the small parsers that read them.
 * No lookbehind and no \p{…} (ES2017): a word start is checked in code (scan.ts), letters are spelled out.
 */
import { WORD_CHARS } from "../text";

/** Not followed by a letter or digit: the end of a word. */
export const E = `(?![${WORD_CHARS}])`;

const MONTH_WORDS: Record<string, number> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  "mười hai": 12,
  chạp: 12,
};
// Longest first so "mười hai" wins over "mười"; "năm" only when no year digits follow ("tháng năm 2026" is a blank form).
const MONTH_WORD_RE = "mười một|mười hai|mười|giêng|một|hai|ba|tư|bốn|năm(?!\\s*\\d)|sáu|bảy|tám|chín|chạp";
/** A month number or name, captured (numbers of any size: an impossible month is warned about, not skipped). */
export const MONTH = `(\\d{1,2}|${MONTH_WORD_RE})${E}`;
export const YEAR = "(\\d{4}|\\d{2})";
export const ROMAN_Q = "(IV|III|II|I|[1-4])";
const NUM_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
export const COUNT = "(\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";

/** A time of day: "15h00", "15h", "11g00", "11h00’", "16 giờ 30 phút", "8 giờ". */
export const TIME = `(\\d{1,2})\\s*(?:h|giờ|g)(?:\\s*(\\d{2})(?:\\s*phút)?)?${E}[’']?`;
export const WEEKDAY = `(thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật)${E}`;
/**
 * Numeric day: d/m or d/m/y, and the dotted "13.12.2007" only with a four-digit year, so that "1.000.000" or a clause
 * number "1.2" is never a day. No extra capture group: scanners read the groups by position.
 */
export const DMY =
  `(\\d{1,2})\\s*(?:/|\\.(?=\\d{1,2}\\.\\d{4}(?!\\d)))\\s*(\\d{1,2})` +
  `(?:\\s*(?:/|\\.(?=\\d{4}))\\s*(\\d{4}|\\d{2}))?(?![\\d/])`;
/** Spelled day: "05 tháng 02 năm 2026", "15 tháng 12", "mồng 5 tháng sáu". */
export const DWORDS = `(\\d{1,2})\\s+tháng\\s+${MONTH}(?:\\s*(?:năm|/)\\s*(\\d{4}))?`;
export const DAY = `(?:${DMY}|${DWORDS})`;

/**
 * Words that make a following day a due day. "(bảo đảm để …) chính thức hoạt động / vận hành từ ngày …": the day a thing
 * starts officially is when the work that readies it must be done (two helpers read 1670/ and 1680/NQ-UBTVQH15 so).
 */
export const BY_TRIGGER =
  "(?:(?:hoàn\\s+thành|xong|gửi|nộp)\\s+)?(?:chính\\s+thức\\s+(?:đi\\s+vào\\s+)?(?:hoạt\\s+động|vận\\s+hành)\\s+từ|trước|chậm\\s+nhất(?:\\s+là)?(?:\\s+(?:vào|trước|đến))?|muộn\\s+nhất(?:\\s+là)?|không\\s+(?:muộn|chậm)\\s+hơn|hạn\\s+(?:chót|cuối)(?:\\s+[^\\d,;.:]{1,40}?\\s+là|\\s+là)?|thời\\s+hạn(?:\\s+là)?\\s*:?|không\\s+quá|đến\\s+hết|(?:(?:vào|trong|nhân)\\s+)?dịp|trong|vào)";
/** Words that make a following period ("tháng 6", "quý II") a due period. */
export const PERIOD_TRIGGER =
  // "(bảo đảm) đến hết tháng 12 năm 2025", "đến hết năm 2025": until the end of the period, as "trong".
  "(?:(?:hoàn\\s+thành|xong|thực\\s+hiện)\\s+)?(?:trong|xong\\s+trong|trước|cuối|đầu|giữa|chậm\\s+nhất(?:\\s+là)?(?:\\s+trong)?|vào|định\\s+kỳ|dự\\s+kiến(?:\\s+tổ\\s+chức)?|(?:đến\\s+)?hết)";

export function monthNumber(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(t)) return +t;
  return MONTH_WORDS[t] ?? NaN;
}

export function countNumber(s: string): number {
  const t = s.toLowerCase();
  return /^\d+$/.test(t) ? +t : (NUM_WORDS[t] ?? NaN);
}

/** "26" → 2026, "2026" → 2026; undefined when absent. */
export function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = +y;
  return y.length <= 2 ? 2000 + n : n;
}

export function quarterNumber(s: string): number {
  const t = s.toUpperCase();
  return { I: 1, II: 2, III: 3, IV: 4 }[t] ?? +t;
}

/** "HH:MM", or undefined when absent or not a real time. */
export function fmtTime(h: string | undefined, m: string | undefined): string | undefined {
  if (h === undefined) return undefined;
  const hh = +h;
  const mm = m === undefined ? 0 : +m;
  if (hh > 23 || mm > 59) return undefined;
  return `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}

/** 0 = Sunday … 6 = Saturday; NaN when not a weekday name. */
export function weekdayIndex(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  if (t.startsWith("chủ")) return 0;
  const w = t.replace(/^thứ ?/, "");
  const map: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
  if (/^\d$/.test(w)) return +w - 1; // "thứ 2" = Monday … "thứ 7" = Saturday
  return map[w] ?? NaN;
}
