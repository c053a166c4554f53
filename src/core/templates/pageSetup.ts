/**
 * Decree 30 page setup (§1): A4 portrait, margins from the profile, Times New Roman body,
 * justified with a first-line indent, 6 pt between paragraphs, page numbers in the header from page 2.
 */
import { BodyDefaults, PageSetup, Paragraph, TaggedBlock, mmToTwips } from "../model";
import { AgencyProfile, LEGAL_MARGINS_MM } from "../profile";
import { A4, FONT_NAME, SIZE } from "./typography";

/** First-line indent 1.27 cm, the most common of the decree's two values. */
export const FIRST_LINE_INDENT_TWIPS = 720;

const clamp = (value: number, [min, max]: readonly [number, number]): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;

/**
 * Page setup with the profile's margins. A margin outside its legal range is brought to the nearest legal
 * value, so no draft is ever laid out illegally; validateProfile tells the clerk why.
 */
export function pageSetup(profile: Pick<AgencyProfile, "margins">): PageSetup {
  const m = profile.margins;
  return {
    ...A4,
    marginTopTwips: mmToTwips(clamp(m.topMm, LEGAL_MARGINS_MM.topMm)),
    marginBottomTwips: mmToTwips(clamp(m.bottomMm, LEGAL_MARGINS_MM.bottomMm)),
    marginLeftTwips: mmToTwips(clamp(m.leftMm, LEGAL_MARGINS_MM.leftMm)),
    marginRightTwips: mmToTwips(clamp(m.rightMm, LEGAL_MARGINS_MM.rightMm)),
    headerTwips: mmToTwips(10),
    pageNumbers: true,
  };
}

/**
 * The same page turned landscape, for a wide table (Decree 30 §1: "landscape is allowed when the body has tables"):
 * width and height swapped, each margin kept on its side, so every margin stays in its legal range.
 */
export const landscape = (page: PageSetup): PageSetup => ({
  ...page,
  widthTwips: Math.max(page.widthTwips, page.heightTwips),
  heightTwips: Math.min(page.widthTwips, page.heightTwips),
});

/** The width between the margins. */
export const textWidthOf = (page: PageSetup): number => page.widthTwips - page.marginLeftTwips - page.marginRightTwips;

export function bodyDefaults(profile: Pick<AgencyProfile, "bodySizePt">): BodyDefaults {
  return {
    fontName: FONT_NAME,
    sizePt: profile.bodySizePt === 13 ? 13 : 14,
    align: "justify",
    firstLineIndentTwips: FIRST_LINE_INDENT_TWIPS,
    spacingBeforePt: 6,
    spacingAfterPt: 0,
    lineMultiple: 1,
  };
}

/** The page number: a PAGE field centred in the header, upright, 13 pt (Decree 30 §1). */
export function pageNumberParagraph(): Paragraph {
  return {
    kind: "paragraph",
    runs: [{ kind: "field", instruction: "PAGE", style: { sizePt: SIZE.pageNumber } }],
    align: "center",
    firstLineIndentTwips: 0,
    spacingBeforePt: 0,
    spacingAfterPt: 0,
  };
}

/** The page number as a tagged block, for the Word path that inserts it into the header. */
export const pageNumberBlock = (): TaggedBlock => ({
  name: "page-number",
  title: "Số trang",
  blocks: [pageNumberParagraph()],
});
