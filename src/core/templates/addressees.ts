/**
 * "Kính gửi:" (ô 9a, decree30.md §2.2, §2.6): who a công văn, or a báo cáo to a superior, is addressed to.
 * One recipient on the same line; several each on a line "- …;" (the last "- …."), the dashes under the colon.
 */
import { Paragraph, paragraph, ptToTwips, text } from "../model";
import { withGaps } from "./guidance";
import { textWidthPt } from "./textWidth";

const LABEL = "Kính gửi:";

const line = (runs: Paragraph["runs"], props: Omit<Paragraph, "kind" | "runs">): Paragraph =>
  paragraph(runs, { firstLineIndentTwips: 0, spacingBeforePt: 0, spacingAfterPt: 0, keepWithNext: true, ...props });

/** The recipients as the clerk typed them, without the "- " and ";" the block adds. */
export const cleanAddressees = (addressees: readonly string[] = []): string[] =>
  addressees
    .map((a) =>
      a
        .replace(/^[-–•+]\s*/, "")
        .replace(/[;.,]+$/, "")
        .trim(),
    )
    .filter((a) => a !== "");

export function addresseeBlock(addressees: readonly string[], sizePt: number, contentWidthTwips: number): Paragraph[] {
  const items = cleanAddressees(addressees);
  const space = { spacingBeforePt: 12 };
  if (items.length <= 1) {
    const who = items.length ? [text(items[0])] : withGaps("{cơ quan, đơn vị nhận}");
    return [{ ...line([text(`${LABEL} `), ...who], { ...space, align: "center" }), spacingAfterPt: 6 }];
  }
  // The block is centred as a whole: the label, then the items starting under its colon.
  const colon = ptToTwips(textWidthPt("Kính gửi", sizePt));
  const lines = items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ";"}`);
  const widest = ptToTwips(Math.max(...lines.map((l) => textWidthPt(l, sizePt))));
  const start = Math.max(0, Math.round((contentWidthTwips - colon - widest) / 2));
  return [
    line([text(LABEL)], { ...space, align: "left", leftIndentTwips: start }),
    ...lines.map((value, i) =>
      line([text(value)], {
        align: "left",
        leftIndentTwips: start + colon,
        ...(i === lines.length - 1 && { spacingAfterPt: 6, keepWithNext: false }),
      }),
    ),
  ];
}
