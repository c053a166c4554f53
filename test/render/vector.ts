/**
 * What pdftotext cannot see: the rules (paragraph borders LibreOffice draws as strokes) and the colour of the text.
 * `pdftocairo -svg` turns a rendered page into SVG: strokes are <path> elements with a transform into page
 * points, glyphs are <use x y> (x at the glyph origin, y on the baseline) inside <g style="fill:…"> groups.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Line, Word } from "../support/render";

/** A straight stroke in page points (origin top left). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** "rgb(100%,0%,0%)" as cairo writes it. */
  stroke: string;
}

export interface Glyph {
  x: number;
  y: number;
  fill: string;
}

export interface VectorPage {
  segments: Segment[];
  glyphs: Glyph[];
}

/** One page of a PDF as SVG, read for its strokes and glyph colours. */
export function vectorPage(pdfPath: string, page = 1): VectorPage {
  const work = mkdtempSync(join(tmpdir(), "kl-svg-"));
  try {
    const out = join(work, "page.svg");
    execFileSync("pdftocairo", ["-svg", "-f", String(page), "-l", String(page), pdfPath, out], { stdio: "pipe" });
    return parseSvg(readFileSync(out, "utf8"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const numbers = (value: string): number[] => (value.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);

export function parseSvg(svg: string): VectorPage {
  const segments: Segment[] = [];
  for (const m of svg.matchAll(/<path style="([^"]*stroke:[^"]*)" d="([^"]*)"(?: transform="matrix\(([^)]*)\)")?/g)) {
    const style = m[1];
    if (!/stroke-width/.test(style)) continue;
    const stroke = /stroke:(rgb\([^)]*\))/.exec(style)?.[1] ?? "";
    const [a, b, c, d, e, f] = m[3] ? numbers(m[3]) : [1, 0, 0, 1, 0, 0];
    const map = (x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];
    // Each "M x y L x y …" sub-path is a polyline; every consecutive pair of points is a segment.
    for (const sub of m[2].split("M").slice(1)) {
      const points = numbers(sub);
      for (let k = 0; k + 3 < points.length; k += 2) {
        const [x1, y1] = map(points[k], points[k + 1]);
        const [x2, y2] = map(points[k + 2], points[k + 3]);
        segments.push({
          x1: Math.min(x1, x2),
          y1: Math.min(y1, y2),
          x2: Math.max(x1, x2),
          y2: Math.max(y1, y2),
          stroke,
        });
      }
    }
  }
  const glyphs: Glyph[] = [];
  for (const group of svg.matchAll(/<g style="fill:(rgb\([^)]*\))[^"]*">([\s\S]*?)<\/g>/g)) {
    for (const use of group[2].matchAll(/<use [^>]*x="([-\d.]+)" y="([-\d.]+)"/g))
      glyphs.push({ x: Number(use[1]), y: Number(use[2]), fill: group[1] });
  }
  return { segments: dedupe(segments), glyphs };
}

/** LibreOffice draws some borders twice; one copy of each is enough to measure. */
function dedupe(segments: Segment[]): Segment[] {
  const seen = new Set<string>();
  return segments.filter((s) => {
    const key = [s.x1, s.y1, s.x2, s.y2].map((v) => v.toFixed(1)).join(",");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const horizontal = (s: Segment): boolean => Math.abs(s.y2 - s.y1) < 0.2 && s.x2 - s.x1 > 2;
export const vertical = (s: Segment): boolean => Math.abs(s.x2 - s.x1) < 0.2 && s.y2 - s.y1 > 2;
export const lengthOf = (s: Segment): number => Math.hypot(s.x2 - s.x1, s.y2 - s.y1);

/** The first horizontal rule below `line` (within `within` points) that overlaps it horizontally. */
export function ruleUnder(page: VectorPage, line: { xMin: number; xMax: number; yMax: number }, within = 12): Segment {
  const found = page.segments
    .filter(horizontal)
    .filter((s) => s.y1 >= line.yMax - 1 && s.y1 <= line.yMax + within && s.x2 > line.xMin && s.x1 < line.xMax)
    .sort((p, q) => p.y1 - q.y1);
  if (!found.length) throw new Error(`No rule under "${"text" in line ? String(line.text) : "line"}"`);
  return found[0];
}

/**
 * The fill colours of the glyphs inside a word's box (usually one). Glyph origins sit a fraction of a point left
 * of pdftotext's box, so the space after the word starts just inside its right edge: it is left out.
 */
export function coloursOf(page: VectorPage, box: Word | Line): string[] {
  const inside = page.glyphs.filter(
    (g) => g.x >= box.xMin - 1 && g.x < box.xMax - 1 && g.y >= box.yMin && g.y <= box.yMax + 0.5,
  );
  return [...new Set(inside.map((g) => g.fill))];
}

export const BLACK = "rgb(0%,0%,0%)";
/** Guidance grey 808080 as cairo prints it. */
export const isGrey = (fill: string): boolean => /^rgb\(50\.\d+%,50\.\d+%,50\.\d+%\)$/.test(fill);
export const isRed = (fill: string): boolean => /^rgb\((?:9\d|100)(?:\.\d+)?%,0%,0%\)$/.test(fill);

/**
 * The baseline of a pdftotext line box: the box spans the font's ascent above the baseline and its descent below,
 * 1.3 em in all for Liberation Serif, of which 0.3226 em below the baseline (measured against the SVG glyph origins).
 */
export const baselineOf = (box: { yMin: number; yMax: number }): number =>
  box.yMax - (0.3226 / 1.3) * (box.yMax - box.yMin);
