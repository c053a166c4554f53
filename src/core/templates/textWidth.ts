/**
 * Approximate printed width of a line of Times New Roman, to size the rules under the motto,
 * the agency name and the subject (Decree 30 wants them tied to the text's length).
 * Widths are the Adobe Times metrics (1/1000 em) for printable ASCII; Times New Roman and
 * Liberation Serif are metric-compatible with them. Vietnamese letters take their base letter's width.
 */

const FIRST = 32;
// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,333,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,333,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

function baseLetter(ch: string): string {
  if (ch === "đ") return "d";
  if (ch === "Đ") return "D";
  return ch.normalize("NFD").charAt(0);
}

/** Width in points of `line` set in Times New Roman at `sizePt`. */
export function textWidthPt(line: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of line) {
    const code = baseLetter(ch).charCodeAt(0);
    units += table[code - FIRST] ?? 500;
  }
  return (units / 1000) * sizePt;
}
