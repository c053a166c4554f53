/** What a line is: its list marker, whether it is a heading, and the kinds of line that are never tasks. */
import { execAtWordStart, foldDiacritics, isLetter } from "../text";

export interface Marker {
  /** "roman" I., "number" 1. / 1.2., "letter" a), "bullet" - + •, or none. */
  kind: "roman" | "number" | "letter" | "bullet" | "none";
  /** Heading depth a numbered marker implies: roman 1, "1." 2, "1.1." 3, "a)" 4. */
  depth: number;
  /** The text without the marker. */
  body: string;
}

const RX_ROMAN = /^([IVXL]{1,5})\s*[.)/]\s+(?=\S)/u;
const RX_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=\S)/u;
const RX_NUMBER_NODOT = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(?=\S)/u;
const RX_LETTER = /^([a-zđ])\s*\)\s+(?=\S)/u;
const RX_BULLET = /^[-–—+•●○▪■◦*]\s*(?=\S)/u;

export function parseMarker(text: string, listLabel?: string): Marker {
  let m: RegExpExecArray | null;
  if ((m = RX_ROMAN.exec(text))) return { kind: "roman", depth: 1, body: text.slice(m[0].length) };
  if ((m = RX_NUMBER.exec(text)) || (m = RX_NUMBER_NODOT.exec(text))) {
    // "1/500" or "2.989,5 MW" are not markers: RX_NUMBER requires "." or ")" then text.
    const depth = 2 + (m[1].split(".").length - 1);
    return { kind: "number", depth, body: text.slice(m[0].length) };
  }
  if ((m = RX_LETTER.exec(text))) return { kind: "letter", depth: 4, body: text.slice(m[0].length) };
  if ((m = RX_BULLET.exec(text))) return { kind: "bullet", depth: 9, body: text.slice(m[0].length) };
  if (listLabel) {
    const l = listLabel.trim();
    if (/^[IVXL]+[.)]?$/.test(l)) return { kind: "roman", depth: 1, body: text };
    if (/^\d+(\.\d+)*[.)]?$/.test(l))
      return { kind: "number", depth: 2 + (l.replace(/[.)]$/, "").split(".").length - 1), body: text };
    if (/^[a-zđ][.)]$/.test(l)) return { kind: "letter", depth: 4, body: text };
    return { kind: "bullet", depth: 9, body: text };
  }
  return { kind: "none", depth: 0, body: text };
}

/** JavaScript's \s, tested in the order that settles Vietnamese text (ASCII, then letters below U+2000) quickest. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The number of `\S+` runs, counted without building the match array (it runs on every paragraph). Counting stops
 * once it passes `stopAfter`: callers only compare the count with a small bound, so long paragraphs end early.
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

function isAllCaps(s: string): boolean {
  if (/[a-z]/.test(s)) return false; // cheap exit for ordinary sentences: ASCII lower case never survives toUpperCase()
  if (s !== s.toUpperCase()) return false;
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Heading or item? Headings are short and do not end a sentence; Roman numerals are headings unless very long. */
export function headingDepth(text: string, marker: Marker, outlineLevel?: number): number {
  if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9 && wordCount(text, 30) <= 30)
    return outlineLevel + 1;
  const body = marker.body.trim();
  if (marker.kind === "roman") return wordCount(body, 30) <= 30 ? 1 : 0;
  if (marker.kind === "number" || marker.kind === "letter") {
    if (/[.;]$/.test(body) && !/\.\.\.$/.test(body)) return 0;
    const words = wordCount(body, 30);
    if (words <= 30 && !/[;]/.test(body)) return marker.depth;
    if (/:$/.test(body) && words <= 25) return marker.depth;
    return 0;
  }
  if (marker.kind === "none" && isAllCaps(body)) {
    const words = wordCount(body, 25);
    if (words <= 25 && words >= 1) return 1;
  }
  return 0;
}

export type SectionKind = "tasks" | "nontask" | "neutral";

const NONTASK_WORDS =
  "muc dich|muc tieu|chi tieu|ket qua|tinh hinh|danh gia|han che|ton tai|nguyen nhan|thanh phan|noi dung lam viec|y kien cua|" +
  "tom tat|dac diem|boi canh|uu diem|khuyet diem|dia diem|thoi gian, hinh thuc|can cu|quan diem|pham vi|doi tuong|thuc trang|" +
  "bai hoc|nhung viec da lam|so lieu|tham du|chu tri cuoc hop|^yeu cau|, yeu cau";
const TASK_WORDS =
  "nhiem vu|giai phap|to chuc thuc hien|kien nghi|de xuat|phan cong|che do bao cao|chuan bi|cac y kien thong nhat|ket luan|" +
  "chi dao|trien khai|phuong huong|de nghi|thuc hien nghiem|xu ly|trach nhiem";
const RX_KIND = new RegExp(`(${NONTASK_WORDS})|(${TASK_WORDS})`, "u");

/** A heading's kind by its first telling word: "II. NHIỆM VỤ …" holds tasks, "2. Những hạn chế" does not. */
export function sectionKind(headingBody: string): SectionKind {
  const m = RX_KIND.exec(foldDiacritics(headingBody));
  if (!m) return "neutral";
  return m[1] ? "nontask" : "tasks";
}

/** Legal grounds, history and meeting records: never tasks even in a task section. */
const RX_NOT_TASK_START = new RegExp(
  "^(?:căn cứ|xét (?:đề nghị|tờ trình|báo cáo)|theo (?:đề nghị|công văn|quyết định|kế hoạch)|" +
    "thực hiện (?:quyết định|nghị quyết|kế hoạch|công văn|văn bản|chỉ thị|thông báo|kết luận|nghị định|thông tư|ý kiến|chỉ đạo|chương trình|luật|phiếu|đề án|giấy mời)|" +
    "ngày \\d|hôm nay|vào (?:hồi|lúc)|tuy nhiên|nhìn chung|bên cạnh đó|v/v|về việc|kính gửi|đồng kính gửi|nơi nhận|số\\s*:|" +
    "kính mời|trân trọng kính mời|" +
    "(?:phương án|ưu điểm|nhược điểm|hiện trạng|lý do)(?:\\s+\\d+)?\\s*:|(?:ông|bà|đồng chí|đ/c)\\s*:|biên bản (?:kết thúc|được lập)|trên đây là)",
  "iu",
);
/** "Label: value" lines of a meeting notice or a plan: who leads, where, when. */
const RX_METADATA = new RegExp(
  "^(?:lãnh đạo phụ trách|thành phần(?: tham dự| dự họp)?|chủ trì(?: cuộc họp| tại điểm cầu)?|địa điểm|thời gian(?:, (?:địa điểm|hình thức)(?: họp)?)?|" +
    "hình thức|nội dung(?: cuộc họp)?|điện thoại|email|fax|đơn vị (?:chủ trì|phối hợp)|cơ quan (?:chủ trì|phối hợp)|phối hợp|mục tiêu|chỉ tiêu|" +
    // A digital signature's stamp (chữ ký số) printed on the copy.
    "ký bởi|cơ quan|thời gian ký|ngày ký|địa chỉ)\\s*:",
  "iu",
);

/** A decision or praise, not work: "Thống nhất chủ trương …", "Nhất trí …" (unless it also assigns someone). */
export function isAgreement(body: string): boolean {
  return /^(?:thống nhất|nhất trí|đồng ý|ghi nhận|biểu dương|hoan nghênh|đánh giá cao)(?![\p{L}])/iu.test(body);
}

export function isNeverTask(body: string): boolean {
  return RX_NOT_TASK_START.test(body) || RX_METADATA.test(body);
}

/** A finding, not an order: "Các phòng đã tập trung thực hiện …" (đã/được/chưa in the first words). */
export function isFinding(body: string): boolean {
  // The pieces of body.slice(0, 60).split(/\s+/, 7), walked without building them: a leading space makes an empty one.
  const head = Math.min(body.length, 60);
  let pieces = head > 0 && isSpace(body.charCodeAt(0)) ? 1 : 0;
  for (let i = 0; i < head && pieces < 7; pieces++) {
    while (i < head && isSpace(body.charCodeAt(i))) i++;
    const start = i;
    while (i < head && !isSpace(body.charCodeAt(i))) i++;
    // Only 2- and 4-unit words can lower-case to "đã" or "chưa" (lower-casing never shortens a word).
    if (i - start !== 2 && i - start !== 4) continue;
    const w = body.slice(start, i).toLowerCase();
    if (w === "đã" || w === "chưa") return true;
  }
  return false;
}

/** Closing formula: "Đề nghị … triển khai thực hiện nghiêm túc Kết luận này./.", "Trên đây là …", "kính mời …/." */
export function isClosing(body: string): boolean {
  return /\/\.\s*$/.test(body) || /^trên đây là/iu.test(body);
}

/** End of the body: after these come the recipients and the signature. */
export function isBodyEnd(body: string): boolean {
  return /^(?:nơi nhận|biên bản (?:kết thúc|được lập)|\/\.$)/iu.test(body);
}

/** "Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z" under a group of bullets. */
const RX_FOOTER =
  /^(?:đơn vị|cơ quan)?\s*chủ trì\s*:\s*([^;]+?)\s*(?:[;.]\s*(?:đơn vị|cơ quan)?\s*phối hợp\s*:\s*(.+?))?\s*[.;]?\s*$/iu;
export function parseFooter(body: string): { owner: string; coOwners: string } | null {
  const m = RX_FOOTER.exec(body);
  if (!m) return null;
  return { owner: m[1].trim(), coOwners: (m[2] ?? "").trim() };
}

/** Lead-in that hands out the list below: "… đề nghị các chủ đầu tư … thực hiện các nội dung sau:". */
export function isLeadIn(body: string): boolean {
  return /:\s*$/.test(body) && wordCount(body, 5) >= 5;
}

const URGENT_WORDS = "khẩn trương|ngay|kịp thời|dứt điểm|khẩn cấp|cấp bách|gấp|hỏa tốc|hoả tốc";
/** An urgency word at a word start (checked by execAtWordStart: no lookbehind, which older WebKit cannot parse). */
const RX_URGENT = new RegExp(`(?:${URGENT_WORDS})(?![\\p{L}])`, "giu");
export function isUrgent(s: string): boolean {
  RX_URGENT.lastIndex = 0;
  return execAtWordStart(RX_URGENT, s, isLetter) !== null;
}

/** "Một là, …", "Thứ hai, …": ordinal openers of minutes and conclusions. */
export const RX_ORDINAL =
  /^(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*/iu;

/** "Đối với …/Trường hợp …/Nếu … thì": a condition or topic before the duty. */
const RX_CONDITION = /^(?:đối\s+với|(?:trong\s+)?trường\s+hợp|nếu)\s[^]*?\s+thì,?\s+/iu;
/** "Trong thời hạn 06 tháng, kể từ ngày …,": a time frame before the subject. */
const RX_TIME_FRAME = /^trong\s+(?:thời\s+hạn|vòng)\s+[^,;]{1,30},\s*(?:kể\s+từ\s[^,;]{0,200},\s*)?/iu;

/**
 * The duty after a leading condition, topic or time frame: "Trường hợp … thì trong thời hạn 06 tháng, kể từ …, Bộ X có
 * trách nhiệm …" → "Bộ X có trách nhiệm …". The text itself when it opens with none of them.
 */
export function afterCondition(body: string): string {
  let s = body;
  const c = RX_CONDITION.exec(s);
  if (c) s = s.slice(c[0].length);
  const t = RX_TIME_FRAME.exec(s);
  if (t) s = s.slice(t[0].length);
  return s;
}
