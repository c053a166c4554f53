/**
 * An in-memory Word for everything above the gateway, at the gateway's level: it keeps the gateway's contract as
 * officeWordGateway keeps it over Office.js (test/fakes/officeWord models Word itself, for the gateway's own tests).
 * The document is a list of items: the clerk's own paragraphs and the add-in's tagged blocks; the cursor is an
 * index into that list, and an insert leaves it after what went in. It can be told to fail the way Word does,
 * including after part of the work was done (a batch has no rollback in Office.js).
 */
import { BlockName, BodyDefaults, PageSetup, TaggedBlock, plainParagraphs } from "../../src/core/model";
import { ExtractInput, SourceParagraph } from "../../src/core/tasks";
import { GatewayError, GatewayResult, PageSetupPart, WordGateway } from "../../src/word";

export type FakeItem = { kind: "text"; paragraph: SourceParagraph } | { kind: "block"; block: TaggedBlock };

const ok = <T>(value: T): GatewayResult<T> => ({ ok: true, value });

export class FakeWordGateway implements WordGateway {
  items: FakeItem[] = [];
  cursor = 0;
  selected: string | null = null;
  checklistXml: string | null = null;
  page: { setup: PageSetup; defaults: BodyDefaults } | null = null;
  /** The .docx files opened as new documents (reports, letters), in order. */
  readonly newDocuments: Uint8Array[] = [];
  /** False stands for a host that cannot open a new document (Word on the web may refuse, as Word does). */
  canOpenNewDocuments = true;
  /** What this pretend host cannot apply (Word on the web lacks WordApiDesktop, for example). */
  unsupportedPageParts: PageSetupPart[] = [];
  /** Every call, in order, for tests that care about what was asked of Word. */
  readonly calls: string[] = [];
  private failure: { error: GatewayError; afterApplying: boolean } | null = null;

  /** Starts from a document of plain paragraphs (one per line), cursor at the end. */
  static withText(lines: Array<string | SourceParagraph>): FakeWordGateway {
    const fake = new FakeWordGateway();
    fake.items = lines.map((line) => ({ kind: "text", paragraph: typeof line === "string" ? { text: line } : line }));
    fake.cursor = fake.items.length;
    return fake;
  }

  /** Blocks inserted or replaced, in document order. */
  get inserted(): TaggedBlock[] {
    return this.items.flatMap((item) => (item.kind === "block" ? [item.block] : []));
  }

  /** The next call fails with `error`; with `afterApplying`, after it changed the document (a half-applied batch). */
  failNextWith(error: GatewayError, options: { afterApplying?: boolean } = {}): void {
    this.failure = { error, afterApplying: options.afterApplying === true };
  }

  private take<T>(call: string, action: () => GatewayResult<T>): Promise<GatewayResult<T>> {
    this.calls.push(call);
    const failure = this.failure;
    this.failure = null;
    if (failure?.afterApplying) action();
    return Promise.resolve(failure ? { ok: false, error: failure.error } : action());
  }

  insertBlock(block: TaggedBlock) {
    return this.take("insertBlock", () => {
      this.items.splice(this.cursor, 0, { kind: "block", block });
      this.cursor++;
      return ok(undefined);
    });
  }

  insertBlocks(blocks: TaggedBlock[]) {
    return this.take("insertBlocks", () => {
      this.items.splice(this.cursor, 0, ...blocks.map((block): FakeItem => ({ kind: "block", block })));
      this.cursor += blocks.length;
      return ok(undefined);
    });
  }

  applyPageSetup(setup: PageSetup, defaults: BodyDefaults) {
    return this.take("applyPageSetup", () => {
      this.page = { setup, defaults };
      return ok(this.unsupportedPageParts);
    });
  }

  hasBlock(name: BlockName) {
    return this.take("hasBlock", () => ok(this.inserted.some((block) => block.name === name)));
  }

  replaceBlock(block: TaggedBlock) {
    return this.take("replaceBlock", () => this.replaceAll([block]));
  }

  replaceBlocks(blocks: TaggedBlock[]) {
    return this.take("replaceBlocks", () => this.replaceAll(blocks));
  }

  /** Like Word's batch: in order, stopping at the first block that is gone. */
  private replaceAll(blocks: TaggedBlock[]): GatewayResult {
    for (const block of blocks) {
      const index = this.items.findIndex((item) => item.kind === "block" && item.block.name === block.name);
      if (index < 0)
        return {
          ok: false,
          error: { code: "not-found", message: "Không tìm thấy khối.", messageEn: "Block not found." },
        };
      this.items[index] = { kind: "block", block };
    }
    return ok(undefined);
  }

  /** Each block's text as Word reports a content control's: paragraphs joined by "\r". */
  readBlockTexts(names: BlockName[]) {
    return this.take("readBlockTexts", () => {
      const texts: Partial<Record<BlockName, string>> = {};
      for (const name of names) {
        const block = this.inserted.find((b) => b.name === name);
        if (block) texts[name] = plainParagraphs(block.blocks).join("\r");
      }
      return ok(texts);
    });
  }

  /** The document as the extractor sees it: block paragraphs flattened in place. */
  paragraphs(): SourceParagraph[] {
    return this.items.flatMap((item) =>
      item.kind === "text"
        ? [item.paragraph]
        : // Like Word's path, the add-in's own task table is not read back as tasks.
          plainParagraphs(item.block.blocks).map((text) => ({ text: item.block.name === "task-table" ? "" : text })),
    );
  }

  readDocument() {
    return this.take("readDocument", () => ok<ExtractInput>({ paragraphs: this.paragraphs(), tables: [] }));
  }

  /** Like the gateway: the sentence is found whatever whitespace or Unicode form the paragraph holds it in. */
  selectText(text: string, _paragraphIndex?: number) {
    const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
    return this.take("selectText", (): GatewayResult => {
      const found = this.paragraphs().find((p) => fold(p.text).includes(fold(text)));
      if (!found)
        return { ok: false, error: { code: "not-found", message: "Không còn tìm thấy câu này.", messageEn: "Gone." } };
      this.selected = text;
      return ok(undefined);
    });
  }

  loadChecklist() {
    return this.take("loadChecklist", () => ok(this.checklistXml));
  }

  saveChecklist(xml: string) {
    return this.take("saveChecklist", () => {
      this.checklistXml = xml;
      return ok(undefined);
    });
  }

  openNewDocument(docx: Uint8Array) {
    return this.take("openNewDocument", (): GatewayResult => {
      if (!this.canOpenNewDocuments)
        return {
          ok: false,
          error: { code: "api-unsupported", message: "Không mở được văn bản mới.", messageEn: "Cannot open." },
        };
      // A new document: the open one (items, cursor, checklist) is left as it was.
      this.newDocuments.push(docx);
      return ok(undefined);
    });
  }
}
