/**
 * Body-level building blocks of the scaffolds: headings (đề mục), fixed sentences with their gaps, and the grey
 * guidance (hướng dẫn) the clerk types over. Body paragraphs take the document defaults (justified, first-line
 * indent, body size), so only what differs is written here.
 */
import { GuidanceRun, Paragraph, Placeholder, Run, RunStyle, paragraph, text } from "../model";
import { GUIDANCE_COLOR } from "./typography";

/**
 * A gap in a fixed sentence: "[ngày họp]" in grey inside an inline placeholder the clerk types over, never
 * black "…" that prints when forgotten. The content-control title says what goes there.
 */
export function gap(hint: string, style: RunStyle = {}): GuidanceRun {
  return {
    kind: "guidance",
    title: hint.charAt(0).toLocaleUpperCase("vi") + hint.slice(1),
    text: `[${hint}]`,
    style: { ...style, color: GUIDANCE_COLOR },
    typedStyle: { ...style, color: "000000" },
  };
}

/** A fixed sentence whose "{…}" parts are gaps: "Ngày {ngày họp}, Sở Tài chính họp …". */
export function withGaps(template: string, style?: RunStyle): Run[] {
  const runs: Run[] = [];
  template.split(/(\{[^{}]+\})/).forEach((piece) => {
    if (piece === "") return;
    runs.push(piece.startsWith("{") ? gap(piece.slice(1, -1), style) : text(piece, style));
  });
  return runs;
}

/** A bold heading such as "1. Những hạn chế" or "I. ĐÁNH GIÁ CHUNG"; kept with the guidance that follows. */
export const heading = (value: string, outlineLevel = 1): Paragraph =>
  paragraph(withGaps(value, { bold: true }), { keepWithNext: true, outlineLevel });

/** A centred bold heading (e.g. "Phần I", a biên bản's section). */
export const centredHeading = (value: string): Paragraph =>
  paragraph([text(value, { bold: true })], { align: "center", firstLineIndentTwips: 0, keepWithNext: true });

/** A fixed sentence of the document, in body style; "{…}" marks a gap the clerk fills in. */
export const bodyText = (value: string, style?: RunStyle): Paragraph => paragraph(withGaps(value, style));

/**
 * Grey guidance in a placeholder content control; each string is one paragraph. What the clerk types
 * gets `typedStyle` (upright black body text unless said otherwise).
 */
export function guidance(
  title: string,
  lines: string | string[],
  typedStyle: RunStyle = {},
  props: Omit<Paragraph, "kind" | "runs"> = {},
): Placeholder {
  const list = typeof lines === "string" ? [lines] : lines;
  return {
    kind: "placeholder",
    title,
    paragraphs: list.map((line) => paragraph([text(line, { ...typedStyle, color: GUIDANCE_COLOR })], props)),
    typedStyle: { ...typedStyle, color: "000000" },
  };
}
