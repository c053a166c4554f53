/**
 * Body-level building blocks of the scaffolds: headings (đề mục), fixed sentences, and the grey guidance
 * (hướng dẫn) the clerk types over. Body paragraphs take the document defaults (justified, first-line indent,
 * body size), so only what differs is written here.
 */
import { Paragraph, Placeholder, RunStyle, paragraph, text } from "../model";
import { GUIDANCE_COLOR } from "./typography";

/** A bold heading such as "1. Những hạn chế" or "I. ĐÁNH GIÁ CHUNG"; kept with the guidance that follows. */
export const heading = (value: string, outlineLevel = 1): Paragraph =>
  paragraph([text(value, { bold: true })], { keepWithNext: true, outlineLevel });

/** A centred bold heading (e.g. "Phần I", a biên bản's section). */
export const centredHeading = (value: string): Paragraph =>
  paragraph([text(value, { bold: true })], { align: "center", firstLineIndentTwips: 0, keepWithNext: true });

/** A fixed sentence of the document, in body style. */
export const bodyText = (value: string, style?: RunStyle): Paragraph => paragraph([text(value, style)]);

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
