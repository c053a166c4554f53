/* eslint-disable office-addins/load-object-before-read --
 * The rule reads "items/id" loads, ClientResult.value and writes through navigation properties
 * (section.pageSetup) as unloaded reads; the gateway tests run against test/fakes/officeWord, which throws
 * PropertyNotLoaded for any read that was not loaded and synced, as Word does. */
/**
 * The Office.js implementation of WordGateway: the only code that calls Word.run (here and in the modules it
 * composes). Each user action is one Word.run with one context.sync() where Word allows it.
 */
import { BlockName, TaggedBlock } from "../core/model";
import { contentControlTag, contentOnlyPackage, insertablePackageOf } from "../ooxml";
import { loadChecklist, saveChecklist } from "./checklistStore";
import { WordGateway } from "./gateway";
import { applyPageSetup } from "./pageSetup";
import { readDocument } from "./readDocument";
import { selectText } from "./selectText";
import { run } from "./wordRun";
import { canCreateDocument, newDocumentUnsupported, openAsNewDocument } from "./newDocument";

/**
 * Inserts after the selection (never over selected text) and leaves the cursor after what went in: insertOoxml
 * leaves the selection where the insert started (Word.Range.insertOoxml returns the inserted range), so without
 * select("End") a header then a signature would come out reversed. Same batch, no extra sync.
 */
const insertAtCursor = (blocks: TaggedBlock[]) =>
  run("writes", async (context) => {
    context.document.getSelection().insertOoxml(insertablePackageOf(blocks), "After").select("End");
    await context.sync();
  });

export const officeWordGateway: WordGateway = {
  insertBlock: (block) => insertAtCursor([block]),

  insertBlocks: (blocks) => insertAtCursor(blocks),

  hasBlock: (name: BlockName) =>
    run("reads", async (context) => {
      const controls = context.document.contentControls.getByTag(contentControlTag(name));
      controls.load("items/id");
      await context.sync();
      return controls.items.length > 0;
    }),

  replaceBlock: (block: TaggedBlock) =>
    run("writes", async (context) => {
      // getFirst fails with ItemNotFound when the block is gone; the clerk then gets a clear message.
      const control = context.document.contentControls.getByTag(contentControlTag(block.name)).getFirst();
      control.insertOoxml(contentOnlyPackage(block), "Replace");
      await context.sync();
    }),

  replaceBlocks: (blocks: TaggedBlock[]) =>
    run("writes", async (context) => {
      // One batch; a block that is gone makes getFirst fail it there (the caller read which blocks exist).
      for (const block of blocks)
        context.document.contentControls
          .getByTag(contentControlTag(block.name))
          .getFirst()
          .insertOoxml(contentOnlyPackage(block), "Replace");
      await context.sync();
    }),

  readBlockTexts: (names: BlockName[]) =>
    run("reads", async (context) => {
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

  readDocument,
  selectText,
  loadChecklist,
  saveChecklist,
  applyPageSetup,

  openNewDocument: async (docx: Uint8Array) => {
    if (!canCreateDocument()) return { ok: false, error: newDocumentUnsupported() };
    // A new document: the open one is not written to, whatever happens.
    const opened = await run("reads", openAsNewDocument(docx));
    // Whatever the host says (GeneralException on the web), the way forward is the same: the download.
    return opened.ok ? opened : { ok: false, error: newDocumentUnsupported() };
  },
};
