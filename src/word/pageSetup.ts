/* eslint-disable office-addins/load-object-before-read --
 * The rule reads ClientResult.value and collection items as unloaded; the tests run against test/fakes/officeWord,
 * which throws PropertyNotLoaded / ValueNotLoaded for any read that was not loaded and synced, as Word does. */
/**
 * Decree 30 page setup in Word: A4 and the profile's margins on every section (Word.PageSetup, WordApiDesktop 1.3),
 * the page number in the first section's header (hidden on page 1), and the body font and paragraph defaults on the
 * Normal style (WordApi 1.5). It applies what the host allows and reports the rest; it never loses content:
 * - the header's OOXML is read first, and a header holding anything (text, a logo, a shape, a watermark, a field)
 *   is kept and the page number reported as not applied;
 * - a document without a "Normal" style (getByNameOrNullObject gives a null object) is reported, not written to.
 * Two syncs: one to read, one to write.
 */
import { BodyDefaults, PageSetup } from "../core/model";
import { pageNumberBlock } from "../core/templates";
import { contentControlTag, contentOnlyPackage, insertablePackage } from "../ooxml";
import { PageSetupPart } from "./gateway";
import { headerHasContent } from "./headerContent";
import { run, supports } from "./wordRun";

const points = (twips: number): number => twips / 20;

function setPage(setup: Word.PageSetup, page: PageSetup, first: boolean): void {
  setup.paperSize = Word.PaperSize.a4;
  setup.topMargin = points(page.marginTopTwips);
  setup.bottomMargin = points(page.marginBottomTwips);
  setup.leftMargin = points(page.marginLeftTwips);
  setup.rightMargin = points(page.marginRightTwips);
  setup.headerDistance = points(page.headerTwips);
  // Page numbers start on page 2 of the document, not of every section.
  if (first) setup.differentFirstPageHeaderFooter = true;
}

function setNormal(normal: Word.Style, defaults: BodyDefaults): void {
  normal.font.name = defaults.fontName;
  normal.font.size = defaults.sizePt;
  normal.paragraphFormat.alignment = Word.Alignment.justified;
  normal.paragraphFormat.firstLineIndent = points(defaults.firstLineIndentTwips);
  normal.paragraphFormat.spaceBefore = defaults.spacingBeforePt;
  normal.paragraphFormat.spaceAfter = defaults.spacingAfterPt;
  normal.paragraphFormat.lineSpacing = 12 * defaults.lineMultiple;
}

export const applyPageSetup = (page: PageSetup, defaults: BodyDefaults) =>
  run("writes", async (context) => {
    const skipped: PageSetupPart[] = [];
    const sections = context.document.sections;
    sections.load("items");
    const header = sections.getFirst().getHeader(Word.HeaderFooterType.primary);
    const headerXml = header.getOoxml();
    const ours = header.contentControls.getByTag(contentControlTag("page-number"));
    // eslint-disable-next-line office-addins/no-navigational-load -- how many there are, none of their properties
    ours.load("items");
    const normal = supports("WordApi", "1.5") ? context.document.getStyles().getByNameOrNullObject("Normal") : null;
    await context.sync();

    if (supports("WordApiDesktop", "1.3")) sections.items.forEach((s, i) => setPage(s.pageSetup, page, i === 0));
    else skipped.push("paper-and-margins", "first-page-without-number");

    const number = pageNumberBlock();
    if (ours.items.length > 0) ours.items[0].insertOoxml(contentOnlyPackage(number), "Replace");
    else if (!headerHasContent(headerXml.value)) header.insertOoxml(insertablePackage(number), "Replace");
    else skipped.push("page-number"); // the clerk's own header (text, logo, watermark, field) stays as it is

    if (normal && !normal.isNullObject) setNormal(normal, defaults);
    else skipped.push("body-style");
    await context.sync();
    return skipped;
  });
