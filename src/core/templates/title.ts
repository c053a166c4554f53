/**
 * Tên loại và trích yếu (ô 5a, decree30.md §2.2): the type name in bold capitals, the subject in bold below it,
 * then a short solid rule ⅓–½ as long as the subject line, all centred on the page.
 */
import { Block, Paragraph, TaggedBlock, paragraph, ptToTwips, text } from "../model";
import { guidance } from "./guidance";
import { centredRule } from "./rule";
import { widestPt, wrapText } from "./wrap";
import { SHORT_RULE_FRACTION, SIZE, TITLE_SPACE_BEFORE_PT } from "./typography";

export interface TitleInput {
  /** Printed type name, e.g. "KẾT LUẬN"; null for a type that prints none (công văn). */
  typeName: string | null;
  /** Trích yếu; "\n" separates lines. Empty: grey guidance the clerk types over. */
  subject: string;
  /** Guidance shown when the subject is empty. */
  subjectGuidance: string;
  /** Text width of the page, so the rule is centred on the page. */
  contentWidthTwips: number;
}

const CENTRED = {
  align: "center",
  firstLineIndentTwips: 0,
  spacingAfterPt: 0,
  lineMultiple: 1,
  keepWithNext: true,
} as const;

const centredBold = (value: string, sizePt: number, spacingBeforePt = 0): Paragraph =>
  paragraph([text(value, { sizePt, bold: true })], { ...CENTRED, spacingBeforePt });

/**
 * The trích yếu's lines as printed: the clerk's own line breaks kept, a line too long for the page broken
 * between words into even lines, so that the rule can be sized from the text as it wraps.
 */
export function subjectLines(subject: string, contentWidthTwips: number): string[] {
  const font = { sizePt: SIZE.subject, bold: true };
  return subject
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .flatMap((line) => wrapText(line, font, contentWidthTwips / 20));
}

export function titleBlock(input: TitleInput): TaggedBlock {
  const blocks: Block[] = [];
  if (input.typeName !== null) {
    blocks.push(centredBold(input.typeName.toLocaleUpperCase("vi"), SIZE.documentType, TITLE_SPACE_BEFORE_PT));
    const lines = subjectLines(input.subject, input.contentWidthTwips);
    if (lines.length) blocks.push(...lines.map((line) => centredBold(line, SIZE.subject)));
    else
      blocks.push(
        guidance(
          "Trích yếu",
          input.subjectGuidance,
          { bold: true, sizePt: SIZE.subject },
          { ...CENTRED, spacingBeforePt: 0 },
        ),
      );
    const measured = lines.length ? lines : [input.subjectGuidance];
    const widest = widestPt(measured, { sizePt: SIZE.subject, bold: true });
    const rule = centredRule(ptToTwips(widest * SHORT_RULE_FRACTION), input.contentWidthTwips, 0);
    blocks.push({ ...rule, spacingAfterPt: 12 });
  }
  return { name: "title", title: "Tên loại và trích yếu", blocks };
}
