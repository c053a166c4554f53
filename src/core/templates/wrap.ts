/**
 * Line breaking measured with the font's widths (textWidth.ts), between words only. Used where the add-in decides
 * the lines itself so that the rules under them can be sized from the text as it really wraps: agency names in
 * the header (breaking where Phụ lục II's pieces allow) and the trích yếu.
 */
import { BreakableName } from "../profile";
import { textWidthPt } from "./textWidth";

export interface Font {
  sizePt: number;
  bold?: boolean;
}

/**
 * LibreOffice and Word set Vietnamese letters with horns and stacked marks a little wider than the Adobe metrics
 * of their base letters; a line is only taken to fit with this much room to spare.
 */
export const FIT_MARGIN = 1.04;

export const lineWidthPt = (line: string, font: Font): number => textWidthPt(line, font.sizePt, font.bold === true);

export const fits = (line: string, font: Font, widthPt: number): boolean =>
  lineWidthPt(line, font) * FIT_MARGIN <= widthPt;

/** A break this costly falls inside a word or a name: only when nothing else fits. */
export const INSIDE_WORD_COST = 8;
/** How much one unit of break cost weighs against uneven lines (squared slack as a fraction of the width). */
const COST_WEIGHT = 0.1;

interface Best {
  insideWord: number;
  lines: number;
  score: number;
  /** Index where the last line of this prefix starts. */
  from: number;
}

const better = (a: Best, b: Best | undefined): boolean =>
  !b ||
  a.insideWord < b.insideWord ||
  (a.insideWord === b.insideWord && (a.lines < b.lines || (a.lines === b.lines && a.score < b.score - 1e-9)));

/**
 * Breaks inside a word last of all; then the fewest lines that fit `widthPt`; among those the cheapest breaks and
 * the most even lines (centred text reads best with lines of like length). A word too wide for any line gets a
 * line of its own.
 */
export function wrapWords(name: BreakableName, font: Font, widthPt: number): string[] {
  const { words, breakBefore } = name;
  if (words.length === 0) return [];
  const best: Array<Best | undefined> = [{ insideWord: 0, lines: 0, score: 0, from: 0 }];
  for (let end = 1; end <= words.length; end++) {
    for (let start = end - 1; start >= 0; start--) {
      const prefix = best[start];
      if (!prefix) continue;
      const width = lineWidthPt(words.slice(start, end).join(" "), font);
      if (end - start > 1 && width * FIT_MARGIN > widthPt) break;
      const cost = start > 0 ? breakBefore[start] : 0;
      const slack = Math.max(0, widthPt - width) / widthPt;
      const candidate: Best = {
        insideWord: prefix.insideWord + (cost >= INSIDE_WORD_COST ? 1 : 0),
        lines: prefix.lines + 1,
        score: prefix.score + cost * COST_WEIGHT + slack * slack,
        from: start,
      };
      if (better(candidate, best[end])) best[end] = candidate;
    }
  }
  const lines: string[] = [];
  for (let end = words.length; end > 0; end = best[end]!.from)
    lines.unshift(words.slice(best[end]!.from, end).join(" "));
  return lines;
}

/** Words after which a trích yếu reads on naturally on the next line. */
const LEADS_PHRASE = new Set(["và", "của", "về", "tại", "trong", "theo", "cho", "đối", "giữa", "với", "trên"]);

/**
 * Plain text (a trích yếu) broken at spaces: free after punctuation, cheap before the words that open a phrase,
 * dearer elsewhere, dearest around a " - " that joins a pair ("kinh tế - xã hội").
 */
export function wrapText(value: string, font: Font, widthPt: number): string[] {
  const words = value.split(/\s+/).filter((w) => w !== "");
  const breakBefore = words.map((word, i) => {
    const previous = words[i - 1] ?? "";
    if (/[,;:.]$/.test(previous)) return 0;
    if (word === "-" || previous === "-") return 4;
    return LEADS_PHRASE.has(word.toLocaleLowerCase("vi")) ? 1 : 2;
  });
  return wrapWords({ words, breakBefore }, font, widthPt);
}

/** The widest of the lines, in points. */
export const widestPt = (lines: string[], font: Font): number =>
  Math.max(0, ...lines.map((line) => lineWidthPt(line, font)));
