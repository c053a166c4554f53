/**
 * Decree 30 page setup (§1): A4 portrait, margins from the profile, Times New Roman body,
 * justified with a first-line indent, 6 pt between paragraphs, page numbers in the header from page 2.
 */
import { BodyDefaults, PageSetup, mmToTwips } from "../model";
import { AgencyProfile } from "../profile";
import { A4, FONT_NAME } from "./typography";

/** First-line indent 1.27 cm, the most common of the decree's two values. */
export const FIRST_LINE_INDENT_TWIPS = 720;

export function pageSetup(profile: Pick<AgencyProfile, "margins">): PageSetup {
  const { margins } = profile;
  return {
    ...A4,
    marginTopTwips: mmToTwips(margins.topMm),
    marginBottomTwips: mmToTwips(margins.bottomMm),
    marginLeftTwips: mmToTwips(margins.leftMm),
    marginRightTwips: mmToTwips(margins.rightMm),
    headerTwips: mmToTwips(10),
    pageNumbers: true,
  };
}

export function bodyDefaults(profile: Pick<AgencyProfile, "bodySizePt">): BodyDefaults {
  return {
    fontName: FONT_NAME,
    sizePt: profile.bodySizePt,
    align: "justify",
    firstLineIndentTwips: FIRST_LINE_INDENT_TWIPS,
    spacingBeforePt: 6,
    spacingAfterPt: 0,
    lineMultiple: 1,
  };
}
