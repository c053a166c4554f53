import { UPPER_CHARS } from "../text";

/** List markers and the form of a line: "I.", "1.", "1.1.", "a)", "(1)", "Một là,", "-", "+", "•"; and word counts. */

export type MarkerKind = "roman" | "number" | "letter" | "paren" | "ordinal" | "bullet" | "none";

export interface Marker {
  kind: MarkerKind;
  /** Nesting the marker implies: roman 1, "1." 2, "1.1." 3, "1.1.1." 4, "a)" 5, "(1)" and "Một là" 6, bullets 7+. */
  level: number;
  /** The marker as written ("1.", "a)", "-"): bullets of different glyphs nest differently. */
  label: string;
  /** The text without the marker. */
  body: string;
}

/** "II. …", "III) …", and a scan's "II, Về tổ chức thực hiện" (its dot read as a comma, before a capital). */
const RX_ROMAN = new RegExp(`^([IVXL]{1,5})\\s*(?:[.)/]|,(?=\\s*[${UPPER_CHARS}]))\\s+(?=\\S)`);
/**
 * "1. …", "1.2) …", "1/ …" (a web notice's slash, always before a space; "1/500" is a scale), and the Party's "1- …"
 * (a dash right after the digits, then a space; "15-20 cán bộ" is a range).
 */
const RX_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]|\s*\/(?=\s)|-(?=\s))\s*(?=\S)/;
const RX_NUMBER_NODOT = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(?=\S)/;
/** "2.1.a. …", "4.2.b) …": a lettered item numbered with its section's number in front. */
const RX_NUMBER_LETTER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.([a-zđ])[.)]\s+(?=\S)/;
/** "a) …": a lettered item (also where it shares a line with its article: "Điều 2: a) …"). */
export const RX_LETTER = /^([a-zđ])\s*[)]\s+(?=\S)/;
const RX_LETTER_DOT = new RegExp(`^([a-zđ])\\.\\s+(?=[${UPPER_CHARS}])`);
/** "(1)", "(a)", and the small Roman numerals "(ii)", "(iv)" of Government notices ("(i)" is read as a letter). */
const RX_PAREN = /^\((\d{1,2}|[a-zđ]|ii|iii|iv|vi|vii|viii|ix|xi|xii)\)\s*(?=\S)/;
/**
 * "- …", "• …", and the pictographs a web page bullets with ("☝️ …", "🎯 …", "👉 …", "➢ …"): arrows, shapes, dingbats,
 * emoji (a surrogate pair; no "u" flag needed), with or without the emoji variation selector.
 */
const RX_BULLET =
  /^(?:[-–—+•●○▪■◦*\u2190-\u21FF\u25A0-\u25FF\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF])\uFE0F?\s*(?=\S)/;
/**
 * A scan's dash, misread by OCR as "~", "¬", "_" or a run of them, sometimes with a stray "7" or ">" ("~ Xây dựng …",
 * "_ 7 Ban hành …", "__—~ Thiết kế …"): read as the document's "-" when an item's capital follows, so a rule of
 * underscores or a "~" before a number is not.
 */
const RX_OCR_DASH = new RegExp(`^[~_¬][~_¬—–>-]*(?:\\s+[7>])?\\s+(?=[${UPPER_CHARS}])`);
/** "Một là, …", "Thứ hai, …": ordinal openers of minutes and conclusions. */
export const RX_ORDINAL =
  /^(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*/iu;

/** "Điều 2. Ban bầu cử thực hiện …": a decision's article number, before the clause it enacts. */
export const RX_ARTICLE = /^điều\s+\d{1,2}\s*[.:]\s*/iu;

/** Nesting of bullet glyphs in the order a document first uses them ("-" then "+" then "•"). */
export class BulletLevels {
  private readonly seen: string[] = [];
  levelOf(glyph: string): number {
    const g = glyph === "–" || glyph === "—" ? "-" : glyph;
    let k = this.seen.indexOf(g);
    if (k < 0) k = this.seen.push(g) - 1;
    return 7 + k;
  }
}

/** I, V, X, L: the letters RX_ROMAN opens with. */
function isRomanDigit(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c;
}

/** A number label without its closing mark: "2.2." → "2.2", "3)" → "3". */
export function bareNumber(label: string): string {
  return label.replace(/[.)]$/, "");
}

function numberLevel(label: string): number {
  return 2 + (bareNumber(label).split(".").length - 1);
}

/** The marker of a line, from its text or, for an automatic Word list, from the label Word renders. */
export function parseMarker(text: string, listLabel: string | undefined, bullets: BulletLevels): Marker {
  let m: RegExpExecArray | null;
  // Each pattern opens with its own kind of character: the first one says which can match (most lines open with none).
  const c = text.charCodeAt(0);
  if (isRomanDigit(c) && (m = RX_ROMAN.exec(text)))
    return { kind: "roman", level: 1, label: m[1], body: text.slice(m[0].length) };
  // "1/500" or "2.989,5 MW" are not markers: RX_NUMBER requires "." or ")" then text.
  if (c >= 0x30 && c <= 0x39 && (m = RX_NUMBER_LETTER.exec(text)))
    return { kind: "letter", level: 5, label: m[1], body: text.slice(m[0].length) };
  if (c >= 0x30 && c <= 0x39 && ((m = RX_NUMBER.exec(text)) || (m = RX_NUMBER_NODOT.exec(text))))
    return { kind: "number", level: numberLevel(m[1]), label: m[1], body: text.slice(m[0].length) };
  if (((c >= 0x61 && c <= 0x7a) || c === 0x111) && ((m = RX_LETTER.exec(text)) || (m = RX_LETTER_DOT.exec(text))))
    return { kind: "letter", level: 5, label: m[1], body: text.slice(m[0].length) };
  if (c === 0x28 && (m = RX_PAREN.exec(text)))
    return { kind: "paren", level: 6, label: m[1], body: text.slice(m[0].length) };
  if ((m = RX_ORDINAL.exec(text)))
    return { kind: "ordinal", level: 6, label: m[0].trim(), body: text.slice(m[0].length) };
  if ((m = RX_BULLET.exec(text)))
    return {
      kind: "bullet",
      level: bullets.levelOf(m[0].trim()),
      label: m[0].trim(),
      body: text.slice(m[0].length),
    };
  if ((c === 0x7e || c === 0x5f || c === 0xac) && (m = RX_OCR_DASH.exec(text)))
    return { kind: "bullet", level: bullets.levelOf("-"), label: "-", body: text.slice(m[0].length) };
  if (listLabel) return markerOfLabel(text, listLabel.trim(), bullets);
  return { kind: "none", level: 99, label: "", body: text };
}

function markerOfLabel(text: string, l: string, bullets: BulletLevels): Marker {
  if (/^[IVXL]+[.)]?$/.test(l)) return { kind: "roman", level: 1, label: l, body: text };
  if (/^\d+(\.\d+)*[.)]?$/.test(l)) return { kind: "number", level: numberLevel(l), label: l, body: text };
  if (/^[a-zđ][.)]$/.test(l)) return { kind: "letter", level: 5, label: l, body: text };
  if (/^\(\d+\)$/.test(l)) return { kind: "paren", level: 6, label: l, body: text };
  return { kind: "bullet", level: bullets.levelOf(l.charAt(0) || "-"), label: l, body: text };
}

/** JavaScript's \s, tested in the order that settles Vietnamese text (ASCII, then letters below U+2000) quickest. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where a line's text ends: the index after its last character that is not a space (JavaScript's \s). Read from the
 * end: V8 runs a regex like /:\s*$/ from the start of the line, trying every ":" of a long paragraph.
 */
function endOfText(s: string): number {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** The last character that is not a space, or "" for a blank line: what /[.;:]\s*$/ looks at. */
export function lastNonSpace(s: string): string {
  const end = endOfText(s);
  return end > 0 ? s.charAt(end - 1) : "";
}

/** /:\s*$/.test(s): the line hands out what follows it. */
export function endsWithColon(s: string): boolean {
  return lastNonSpace(s) === ":";
}

/** s.replace(/:\s*$/, ""): the line without its final colon (and the spaces after it). */
export function withoutFinalColon(s: string): string {
  const end = endOfText(s);
  return end > 0 && s.charCodeAt(end - 1) === 0x3a ? s.slice(0, end - 1) : s;
}

/**
 * The number of `\S+` runs, counted without building the match array. Counting stops once it passes `stopAfter`:
 * callers compare the count with a small bound, so long paragraphs end early.
 */
export function wordCount(s: string, stopAfter = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++n > stopAfter) return n;
    inWord = !space;
  }
  return n;
}

/** A line in capitals ("NHIỆM VỤ TRỌNG TÂM"), at least four letters. */
export function isAllCaps(s: string): boolean {
  if (/[a-z]/.test(s)) return false; // cheap exit: ASCII lower case never survives toUpperCase()
  if (s !== s.toUpperCase()) return false;
  let letters = 0;
  for (let i = 0; i < s.length && letters < 4; i++) {
    const c = s.charAt(i);
    if (c !== c.toLowerCase()) letters++;
  }
  return letters >= 4;
}

/**
 * "Mục 2. TỔ CHỨC QUẢN LÝ VÀ BẢO ĐẢM HOẠT ĐỘNG CỔNG TTĐT", "Phần I. DANH MỤC …", "Chương II": a part of a regulation,
 * its title in capitals or on the next line. A title, never work.
 */
export function isPartTitle(text: string): boolean {
  const m = RX_PART.exec(text);
  if (!m) return false;
  const title = text.slice(m[0].length);
  return title === "" || isAllCaps(title);
}
const RX_PART = /^(?:chương|mục|phần)\s+(?:\d{1,2}|[IVXLC]{1,6})(?:\s*[.:]\s*|\s*$)/iu;

/**
 * "Điều 19. Xử lý vi phạm", "Điều 18. Trách nhiệm của các cơ quan, tổ chức": an article's title, no sentence.
 * `anyLength` when clauses are known to follow it: a title over "1. …" may run long.
 */
export function isArticleTitle(text: string, anyLength = false): boolean {
  const m = RX_ARTICLE.exec(text);
  if (!m) return false;
  const title = text.slice(m[0].length);
  const last = lastNonSpace(title);
  // "Điều 10. Trách nhiệm của các sở, cơ quan thuộc Uỷ ban nhân dân tỉnh, Uỷ ban nhân dân các xã, phường": whose
  // duties follow may take a long list of bodies; so may "Điều 5. Kho bạc Nhà nước Thành phố, Kho bạc Nhà nước quận -
  // huyện có nhiệm vụ", the bodies first.
  const most = RX_DUTIES_OF.test(title) || RX_HAS_DUTIES.test(title) || RX_LEADS.test(title) ? 30 : 12;
  return !(last !== "" && ".;:".includes(last)) && (anyLength || wordCount(title, most) <= most);
}

/** "Nội dung Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì": what one body leads, named in full. */
const RX_LEADS = /^nội\s+dung\s.*\schủ\s+trì(?:\s+thực\s+hiện)?\s*$/iu;
/** "có trách nhiệm", "chịu trách nhiệm", "có (các) nhiệm vụ": the words that lay a duty on the body before them. */
export const DUTY_WORDS = String.raw`(?:có|chịu)\s+trách\s+nhiệm|có\s+(?:các\s+)?nhiệm\s+vụ`;
/**
 * The phrases of a body taking on duties: "có trách nhiệm", "chịu trách nhiệm", "có quyền hạn và trách nhiệm", "có
 * nhiệm vụ (, quyền hạn)". Shared by a duty heading's tail (headingOwners.ts) and a duty lead-in (lexicon.ts).
 */
export const TAKES_ON_DUTY = [
  String.raw`(?:có|chịu)\s+trách\s+nhiệm`,
  String.raw`có\s+(?:các\s+)?quyền\s+hạn(?:,|\s+và)\s+trách\s+nhiệm`,
  String.raw`có\s+(?:các\s+)?nhiệm\s+vụ(?:,?\s+(?:và\s+)?quyền\s+hạn)?`,
].join("|");
/** "Trách nhiệm của …", "Nhiệm vụ và quyền hạn của …": an article titled by whose duties it lists. */
export const RX_DUTIES_OF = /^(?:trách\s+nhiệm|nhiệm\s+vụ)(?:,?\s+(?:và\s+)?quyền\s+hạn)?\s+của\s/iu;
const RX_HAS_DUTIES = /\scó\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?:,?\s+(?:và\s+)?quyền\s+hạn)?(?:\s+sau(?:\s+đây)?)?\s*$/iu;
