import { Paragraph, paragraph, text } from "../model";
import { CELL_PADDING_TWIPS, RULE_WIDTH_EIGHTH_PT } from "./typography";

/**
 * A solid horizontal rule of a given length, centred in a column: an empty 1 pt paragraph whose
 * bottom border is narrowed by equal indents (decree30.md §2.7 way (b)). Unlike a floating shape it
 * survives Word on the web, copy and paste, and LibreOffice, and the clerk can still edit it.
 */
export function centredRule(
  ruleLengthTwips: number,
  columnWidthTwips: number,
  paddingTwips: number = CELL_PADDING_TWIPS,
): Paragraph {
  const textWidth = columnWidthTwips - 2 * paddingTwips;
  const length = Math.min(Math.round(ruleLengthTwips), textWidth);
  const indent = Math.max(0, Math.floor((textWidth - length) / 2));
  return paragraph([text("", { sizePt: 1 })], {
    align: "center",
    leftIndentTwips: indent,
    rightIndentTwips: indent,
    firstLineIndentTwips: 0,
    // A little air between the text and its rule, as in issued documents.
    spacingBeforePt: 3,
    spacingAfterPt: 0,
    lineMultiple: 1,
    bottomRule: { widthEighthPt: RULE_WIDTH_EIGHTH_PT },
  });
}
