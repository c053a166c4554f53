/* eslint-disable office-addins/load-object-before-read --
 * The rule reads "items/id" loads, ClientResult.value and writes through navigation properties
 * (section.pageSetup) as unloaded reads; the gateway tests pin exactly what is loaded before each sync. */
/**
 * The Office.js implementation of WordGateway: the only module that calls Word.run.
 * Each user action is one Word.run with one context.sync() where Word allows it.
 */
import { BlockName, BodyDefaults, PageSetup, TaggedBlock } from "../core/model";
import { pageNumberBlock } from "../core/templates";
import { CHECKLIST_NAMESPACE } from "../core/checklist";
import { contentControlTag, contentOnlyPackage, insertablePackage, insertablePackageOf } from "../ooxml";
import { toExtractInput } from "./documentSnapshot";
import { toGatewayError } from "./errors";
import { GatewayResult, PageSetupPart, WordGateway, done, ok } from "./gateway";

/** Runs one Word batch and turns any Office error into a message for the clerk. */
async function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<GatewayResult<T>> {
  try {
    return ok(await Word.run(batch));
  } catch (error) {
    return { ok: false, error: toGatewayError(error) };
  }
}

/** Word's search takes at most 255 characters and treats "^" as an escape. */
export function searchSnippet(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const cut =
    clean.length <= 120 ? clean : clean.slice(0, clean.lastIndexOf(" ", 120) > 40 ? clean.lastIndexOf(" ", 120) : 120);
  return cut.replace(/\^/g, "^^");
}

const SETTINGS_KEY = "kl.checklist";
const supports = (set: string, version: string): boolean => Office.context.requirements.isSetSupported(set, version);
const hasWordApi14 = (): boolean => supports("WordApi", "1.4");
const points = (twips: number): number => twips / 20;

export const officeWordGateway: WordGateway = {
  insertBlock: (block) =>
    run(async (context) => {
      // "After" keeps any text the clerk has selected; with a bare cursor it inserts at the cursor.
      context.document.getSelection().insertOoxml(insertablePackage(block), "After");
      await context.sync();
    }),

  insertBlocks: (blocks: TaggedBlock[]) =>
    run(async (context) => {
      context.document.getSelection().insertOoxml(insertablePackageOf(blocks), "After");
      await context.sync();
    }),

  hasBlock: (name: BlockName) =>
    run(async (context) => {
      const controls = context.document.contentControls.getByTag(contentControlTag(name));
      controls.load("items/id");
      await context.sync();
      return controls.items.length > 0;
    }),

  replaceBlock: (block: TaggedBlock) =>
    run(async (context) => {
      // getFirst throws ItemNotFound when the block is gone; the clerk then gets a clear message.
      const control = context.document.contentControls.getByTag(contentControlTag(block.name)).getFirst();
      control.insertOoxml(contentOnlyPackage(block), "Replace");
      await context.sync();
    }),

  replaceBlocks: (blocks: TaggedBlock[]) =>
    run(async (context) => {
      // One batch; a block that is gone makes getFirst fail it there (the caller read which blocks exist).
      for (const block of blocks)
        context.document.contentControls
          .getByTag(contentControlTag(block.name))
          .getFirst()
          .insertOoxml(contentOnlyPackage(block), "Replace");
      await context.sync();
    }),

  readBlockTexts: (names: BlockName[]) =>
    run(async (context) => {
      const controls = names.map((name) => {
        const found = context.document.contentControls.getByTag(contentControlTag(name));
        found.load("items/text");
        return found;
      });
      await context.sync();
      const texts: Partial<Record<BlockName, string>> = {};
      names.forEach((name, i) => {
        const first = controls[i].items[0];
        if (first) texts[name] = first.text;
      });
      return texts;
    }),

  readDocument: () =>
    run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load({
        text: true,
        isListItem: true,
        tableNestingLevel: true,
        outlineLevel: true,
        styleBuiltIn: true,
        listItemOrNullObject: { level: true, listString: true },
        parentContentControlOrNullObject: { tag: true },
      });
      const tables = body.tables;
      tables.load("items/values");
      await context.sync();
      const data = paragraphs.items.map((p) => {
        const list = p.listItemOrNullObject;
        const control = p.parentContentControlOrNullObject;
        return {
          text: p.text,
          isListItem: p.isListItem,
          tableNestingLevel: p.tableNestingLevel,
          outlineLevel: p.outlineLevel,
          styleBuiltIn: String(p.styleBuiltIn ?? ""),
          listLevel: list && !list.isNullObject ? list.level : undefined,
          listString: list && !list.isNullObject ? list.listString : undefined,
          contentControlTag: control && !control.isNullObject ? control.tag : undefined,
        };
      });
      return toExtractInput(
        data,
        tables.items.map((t) => t.values),
      );
    }),

  selectText: (text: string) =>
    run(async (context) => {
      // getFirst throws ItemNotFound when the sentence is gone: one sync either way.
      context.document.body.search(searchSnippet(text), { matchCase: true }).getFirst().select();
      await context.sync();
    }),

  async loadChecklist() {
    if (!hasWordApi14()) return ok((Office.context.document.settings.get(SETTINGS_KEY) as string | null) ?? null);
    return run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(CHECKLIST_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      if (parts.items.length === 0) return null;
      const xml = parts.items[0].getXml();
      await context.sync();
      return xml.value;
    });
  },

  async saveChecklist(xml: string) {
    if (!hasWordApi14()) {
      Office.context.document.settings.set(SETTINGS_KEY, xml);
      return new Promise<GatewayResult>((resolve) =>
        Office.context.document.settings.saveAsync((result) =>
          resolve(
            result.status === Office.AsyncResultStatus.Succeeded
              ? done
              : { ok: false, error: toGatewayError(result.error) },
          ),
        ),
      );
    }
    return run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(CHECKLIST_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      const [first, ...extra] = parts.items;
      if (first) first.setXml(xml);
      else context.document.customXmlParts.add(xml);
      extra.forEach((part) => part.delete());
      await context.sync();
    });
  },

  applyPageSetup: (page: PageSetup, defaults: BodyDefaults) =>
    run(async (context) => {
      const skipped: PageSetupPart[] = [];
      const section = context.document.sections.getFirst();
      const header = section.getHeader(Word.HeaderFooterType.primary);
      header.load("text");
      const ours = header.contentControls.getByTag(contentControlTag("page-number"));
      ours.load("items/id");
      await context.sync();

      if (supports("WordApiDesktop", "1.3")) {
        const setup = section.pageSetup;
        setup.paperSize = Word.PaperSize.a4;
        setup.topMargin = points(page.marginTopTwips);
        setup.bottomMargin = points(page.marginBottomTwips);
        setup.leftMargin = points(page.marginLeftTwips);
        setup.rightMargin = points(page.marginRightTwips);
        setup.headerDistance = points(page.headerTwips);
        setup.differentFirstPageHeaderFooter = true;
      } else {
        skipped.push("paper-and-margins", "first-page-without-number");
      }

      const number = pageNumberBlock();
      if (ours.items.length > 0) ours.items[0].insertOoxml(contentOnlyPackage(number), "Replace");
      else if (header.text.trim() === "") header.insertOoxml(insertablePackage(number), "Replace");
      else skipped.push("page-number"); // the clerk's own header text stays as it is

      if (supports("WordApi", "1.5")) {
        const normal = context.document.getStyles().getByNameOrNullObject("Normal");
        normal.font.name = defaults.fontName;
        normal.font.size = defaults.sizePt;
        normal.paragraphFormat.alignment = Word.Alignment.justified;
        normal.paragraphFormat.firstLineIndent = points(defaults.firstLineIndentTwips);
        normal.paragraphFormat.spaceBefore = defaults.spacingBeforePt;
        normal.paragraphFormat.spaceAfter = defaults.spacingAfterPt;
        normal.paragraphFormat.lineSpacing = 12 * defaults.lineMultiple;
      } else {
        skipped.push("body-style");
      }
      await context.sync();
      return skipped;
    }),
};
