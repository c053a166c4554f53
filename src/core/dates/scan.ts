/**
 * What every deadline scanner shares: the text with its pre-scanned keywords, the candidates found so far, the
 * warnings, and the helpers that turn a match into a candidate.
 */
import { CalendarDate, addDays, isValidDate } from "./calendar";
import { isWordUnit as isWordUnitImport } from "../text";
import { fullYear, monthNumber } from "./lexicon";
import { inferYear } from "./periods";
import type { DateWarning, Deadline, PhraseMode } from "./deadline";

/** Bound once: compiled to CommonJS (tsx, Jest), a call through an import reads two getters (text/index, letters). */
const isWordUnit = isWordUnitImport;

export interface Candidate {
  start: number;
  end: number;
  deadline: Deadline;
  /** Higher wins when two candidates overlap. */
  weight: number;
}

/**
 * The keyword pre-scan: a scanner runs only when its words occur in the text. One regex pass finds them all (longest
 * first); a word found also marks the words inside it ("hôm nay" holds "nay"), so no hit need be looked for inside
 * another.
 */
const KEYWORDS = [
  "tháng",
  "quý",
  "quí",
  "năm",
  "tuần",
  "này",
  "nay",
  "tới",
  "sau",
  "hôm nay",
  "mai",
  "thứ",
  "chủ nhật",
  "ngày",
  "chậm nhất",
  "định kỳ",
  "hằng",
  "hàng",
  "thường xuyên",
  "liên tục",
  "khi",
  "tết",
  "nhân",
  "lần",
  "chào mừng",
  "kỷ niệm",
  "từ",
  "trường hợp",
  "theo",
  "hoàn thành",
] as const;
export type Keyword = (typeof KEYWORDS)[number];
const RX_KEYWORDS = new RegExp([...KEYWORDS].sort((a, b) => b.length - a.length).join("|"), "gu");
const INNER_KEYWORDS = new Map<string, Keyword[]>(KEYWORDS.map((k) => [k, KEYWORDS.filter((j) => k.includes(j))]));

export function keywordsIn(lower: string): Set<Keyword> {
  const found = new Set<Keyword>();
  RX_KEYWORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_KEYWORDS.exec(lower))) for (const k of INNER_KEYWORDS.get(m[0])!) found.add(k);
  return found;
}

export interface Scan {
  text: string;
  mode: PhraseMode;
  issued: CalendarDate;
  digits: boolean;
  words: Set<Keyword>;
  cands: Candidate[];
  warnings: DateWarning[];
}

/** The regexes of the scanners: global, case-insensitive, Unicode. */
export const re = (s: string) => new RegExp(s, "giu");

/**
 * A pattern that opens with optional words ("(trong|trước|…)? tháng 6") is still tried at many positions. `core` is the
 * part every match contains, starting with a literal: testing it first is cheap and skips most sentences.
 */
export interface Gated {
  rx: RegExp;
  core: RegExp;
}
export const gated = (prefix: string, core: string, suffix = ""): Gated => ({
  rx: re(prefix + core + suffix),
  core: new RegExp(core, "iu"),
});

/** The next match of a global pattern that starts a word (the character before it is no letter or digit). */
export function nextMatch(rx: RegExp, text: string): RegExpExecArray | null {
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    if (m.index === 0 || !isWordUnit(text.charCodeAt(m.index - 1))) return m;
    rx.lastIndex = m.index + 1;
  }
  return null;
}

/** Every word-start match of `rx` in the text, from the beginning. */
export function* matches(rx: RegExp, text: string): Generator<RegExpExecArray> {
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextMatch(rx, text))) {
    if (m[0].length === 0) rx.lastIndex++;
    yield m;
  }
}

export function push(scan: Scan, m: RegExpExecArray, deadline: Deadline, weight: number): void {
  const raw = m[0].trim().replace(/[\s,;:]+$/, "");
  scan.cands.push({ start: m.index, end: m.index + m[0].length, deadline: { ...deadline, raw }, weight });
}

export function warnImpossible(warnings: DateWarning[], raw: string): void {
  const phrase = raw.trim();
  if (!warnings.some((w) => w.raw === phrase || w.raw.includes(phrase) || phrase.includes(w.raw)))
    warnings.push({
      code: "impossible-date",
      raw: phrase,
      message: `Ngày không có thật: "${phrase}". Hãy kiểm tra lại văn bản; tiện ích không tự sửa ngày này. (Impossible date "${phrase}": not shifted.)`,
    });
}

/**
 * Resolves a day written as digits or words; a month or day out of range, or a day the calendar lacks, is warned
 * about and gives null. A missing year comes from the issue date.
 */
export function resolveDay(scan: Scan, d: string, mo: string, y: string | undefined, raw: string): CalendarDate | null {
  const day = +d;
  const month = monthNumber(mo);
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) {
    if (!Number.isNaN(month)) warnImpossible(scan.warnings, raw);
    return null;
  }
  const year = fullYear(y);
  const c =
    year !== undefined
      ? { year, month, day }
      : inferYear(scan.issued, (yy) => (isValidDate({ year: yy, month, day }) ? { year: yy, month, day } : null));
  if (!c || !isValidDate(c)) {
    warnImpossible(scan.warnings, raw);
    return null;
  }
  return c;
}

/** Citation before a date: "Quyết định số 123/QĐ-UBND ngày 05/3/2020". */
const RX_CITATION_TAIL =
  /(?:số|hiệu)\s*:?\s*[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF./-]*\d[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF./-]*\s*(?:ngày\s*)?$/iu;

export function isCitation(text: string, at: number): boolean {
  return RX_CITATION_TAIL.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * "… Chỉ thị số 12/CT-BCT ngày 12/11/2021 của Bộ trưởng … về … bình ổn thị trường cuối năm 2021 và dịp Tết …": a period
 * or a holiday inside a cited document's title names that document's subject, not the time of the work. (A document's
 * number has letters after its slash; a date has digits.) The title ends where the sentence takes up its own work after a
 * comma ("… giai đoạn 2025 - 2030, phấn đấu … ngay trong năm 2025").
 */
const RX_CITED_TITLE_OPEN =
  /\d+\/[A-ZĐ][^\s;]*[^;.]*?\svề\s(?:(?!,\s*(?:phấn\s+đấu|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo|trong\s+đó|đồng\s+thời)\s)[^;.])*$/iu;
export function inCitedTitle(text: string, at: number): boolean {
  return RX_CITED_TITLE_OPEN.test(text.slice(Math.max(0, at - 200), at));
}

/** In a sentence a bare period ("tháng 6") is narrative; it needs a deadline word before it. */
export function periodAllowed(mode: PhraseMode, trigger: string | undefined): boolean {
  return mode !== "text" || trigger !== undefined;
}

/** "trước <period>" ends the day before the period starts; the others end with the period. */
export function periodEnd(trigger: string | undefined, start: CalendarDate, end: CalendarDate): CalendarDate {
  const t = (trigger ?? "").toLowerCase();
  if (/(?:^|\s)trước$/u.test(t)) return addDays(start, -1);
  return end;
}
