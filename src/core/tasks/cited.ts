/**
 * Quoted law in a letter: "+ Tại Điều 1 quy định về giảm thuế giá trị gia tăng:" over "“Điều 1. Giảm thuế …" … "…”".
 * The quotation restates a provision the letter cites; its duties are the law's, not work the letter assigns. An
 * amending text's quotation ("Sửa đổi khoản 2 Điều 6 như sau: “…") enacts, and a quoted direction ("…, trong đó có giao:
 * “Bộ Y tế khẩn trương …”") relays work: both stay in the body.
 */

/** The lead cites a provision: "… quy định:", "… quy định như sau:", "Theo hướng dẫn tại … như sau:". */
const RX_CITES = /(?:quy\s+định|hướng\s+dẫn)[^:]{0,40}:\s*$/iu;
/** … unless it enacts or hands out work. */
const RX_ENACTS_OR_HANDS = /sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ|\bgiao\b|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo/iu;
const RX_OPENS = /^\s*[“"]/u;
const RX_CLOSES = /[”"][\s.;,…]*$/u;
/** A quotation runs at most this far: one whose closing mark was lost must not swallow the rest of the letter. */
const MAX_LINES = 60;

/** For each line, whether it belongs to a quotation of cited law. */
export function citedLines(texts: readonly string[]): boolean[] {
  const cited = new Array<boolean>(texts.length).fill(false);
  let lead = "";
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (!t) continue;
    if (RX_OPENS.test(t) && citesAt(lead)) i = markQuotation(texts, i, cited);
    else lead = t;
  }
  return cited;
}

/**
 * Marks the quotation that opens at `from` and returns its last line: the line with the closing mark, or the line
 * before the next citing lead (a scan loses closing marks: "- Tại khoản 7 … quy định:" / "\"7. Bổ sung …" / "8. …" /
 * "- Tại khoản 1 Điều 2 … quy định:"). With neither in reach, the opening line only.
 */
function markQuotation(texts: readonly string[], from: number, cited: boolean[]): number {
  const last = Math.min(texts.length, from + MAX_LINES) - 1;
  let end = from;
  while (end < last && !RX_CLOSES.test(texts[end]) && !citesAt(texts[end + 1])) end++;
  if (!RX_CLOSES.test(texts[end]) && !citesAt(texts[end + 1])) end = from;
  for (let i = from; i <= end; i++) cited[i] = true;
  return end;
}

function citesAt(text: string | undefined): boolean {
  return text !== undefined && RX_CITES.test(text) && !RX_ENACTS_OR_HANDS.test(text);
}
