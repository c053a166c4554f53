/**
 * Text from a PDF's text layer loses spaces: "Đảng uỷxây dựng", "ĐềnghịUỷ ban" (spec additions of 2026-12). Owners and
 * keywords are found on a copy with the space put back where a known body or keyword ends inside a word; the task's
 * text is then given back as the document writes it, so "Tìm trong văn bản" still finds it.
 */
import { UPPER_CHARS, WORD_CHARS } from "../text";

/** Bodies and keywords that open or carry a task, with the space between their syllables optional. */
const KEYWORDS = [
  "đề ?nghị",
  "yêu ?cầu",
  "chỉ ?đạo",
  "chủ ?trì",
  "phối ?hợp",
  "khẩn ?tr(?:ươ|ườ)ng",
  "đảng ?(?:uỷ|ủy)",
  "(?:uỷ|ủy) ?ban",
  "ban ?thường ?vụ",
  "chi ?bộ",
];
/**
 * A keyword glued to the next word: a capital after it ("nghịUỷ"), or a consonant no Vietnamese syllable ends with
 * ("uỷxây", "banthường"); or a keyword written without its inner space ("Đềnghị").
 */
const RX_KEYWORD = new RegExp(`(^|[^${WORD_CHARS}])(${KEYWORDS.join("|")})`, "giu");
/** Case matters here (no "i" flag): a capital glued after a keyword, or a consonant that cannot end its syllable. */
const RX_GLUED_NEXT = new RegExp(`^[${UPPER_CHARS}bdđklqrsvx]`, "u");
/** Cheap test first: a keyword with no space after it, or written without its inner space. */
const RX_HINT = new RegExp(
  `(?:${KEYWORDS.join("|")})[^\\s,.;:!?()]|${KEYWORDS.map((k) => k.replace(/ \?/g, "")).join("|")}`,
  "iu",
);

/** The text with the missing spaces put back, or the same string when nothing was glued. */
export function unglue(text: string): string {
  if (!RX_HINT.test(text)) return text;
  return text.replace(RX_KEYWORD, (whole, before: string, word: string, at: number) => {
    const glued = RX_GLUED_NEXT.test(text.slice(at + whole.length, at + whole.length + 1));
    const joined = word.indexOf(" ") < 0;
    if (!glued && !joined) return whole;
    return before + (joined ? spaceSyllables(word) : word) + (glued ? " " : "");
  });
}

/** "Đềnghị" → "Đề nghị": a two-syllable keyword split after its first syllable. */
function spaceSyllables(word: string): string {
  const m = /^(đề|yêu|chỉ|chủ|phối|khẩn|đảng|uỷ|ủy|ban|chi)(?=.)/iu.exec(word);
  if (!m) return word;
  const rest = word.slice(m[0].length);
  const second = /^(thường)(vụ)$/iu.exec(rest);
  return `${m[0]} ${second ? `${second[1]} ${second[2]}` : rest}`;
}

/**
 * The stretch of `original` that `part` (a piece of `unglued`) came from: unglue only inserts spaces, so positions map
 * back by skipping them. `part` itself when it is not found.
 */
export function restoreGlued(original: string, unglued: string, part: string): string {
  if (original === unglued) return part;
  const start = unglued.indexOf(part);
  if (start < 0) return part;
  const map: number[] = [];
  for (let i = 0, j = 0; i <= unglued.length; i++) {
    map.push(j);
    if (j < original.length && unglued[i] === original[j]) j++;
  }
  return original.slice(map[start], map[start + part.length]).trim();
}
