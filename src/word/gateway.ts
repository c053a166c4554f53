/**
 * The seam between the add-in and Word. Everything above it (task pane, ribbon commands) talks to
 * this interface; `officeWordGateway` is the only code that calls Word.run, and the in-memory fake in
 * test/fakes stands in for Word in tests.
 */
import { BlockName, BodyDefaults, PageSetup, TaggedBlock } from "../core/model";
import { ExtractInput } from "../core/tasks";

export type GatewayResult<T = void> = { ok: true; value: T } | { ok: false; error: GatewayError };

/** Kept for callers that only insert. */
export type InsertOutcome = GatewayResult<void>;

export interface WordGateway {
  /** Inserts the block at the cursor (after any selected text, never over it), in its `kl:<name>` content control. One sync. */
  insertBlock(block: TaggedBlock): Promise<GatewayResult>;
  /** Inserts several blocks at the cursor in one package, each in its own content control. One sync. */
  insertBlocks(blocks: TaggedBlock[]): Promise<GatewayResult>;
  /** Whether the document already holds a `kl:<name>` block. One sync. */
  hasBlock(name: BlockName): Promise<GatewayResult<boolean>>;
  /** Replaces the content of the first `kl:<name>` block only; nothing outside it changes. One sync. */
  replaceBlock(block: TaggedBlock): Promise<GatewayResult>;
  /**
   * Replaces the content of several blocks (each the first `kl:<name>`) in one batch. One sync. Word runs a batch
   * in order and stops at the first failure, so a missing block fails the call after the blocks before it were
   * replaced: pass blocks known to exist (readBlockTexts).
   */
  replaceBlocks(blocks: TaggedBlock[]): Promise<GatewayResult>;
  /**
   * The text of the first `kl:<name>` block of each name (paragraphs separated by "\r"), absent when the document
   * has no such block: what the clerk typed inside the add-in's blocks. One sync.
   */
  readBlockTexts(names: BlockName[]): Promise<GatewayResult<Partial<Record<BlockName, string>>>>;
  /** The whole document as paragraphs (text, list, outline level, table cell) and tables. One sync. */
  readDocument(): Promise<GatewayResult<ExtractInput>>;
  /**
   * Selects the sentence in the document; error "not-found" when it is gone. One sync when Word's search finds it;
   * when the paragraph holds what search cannot match (tabs, line breaks, decomposed Unicode), a second run finds the
   * paragraph by its text, starting at `paragraphIndex` from the scan.
   */
  selectText(text: string, paragraphIndex?: number): Promise<GatewayResult>;
  /** The checklist part stored in the document, or null when there is none. */
  loadChecklist(): Promise<GatewayResult<string | null>>;
  /**
   * Stores the checklist part in the document (at most two syncs). Saves run one after another, never overlapping;
   * a save asked for while one runs waits, and only the latest of those waiting is written.
   */
  saveChecklist(xml: string): Promise<GatewayResult>;
  /**
   * Decree 30 page setup: A4 and margins, page number centred in the header from page 2, body font and
   * paragraph defaults on the Normal style. Applies what the host allows and reports what it could not.
   * Two syncs: the header is read first so that the clerk's own header text is never overwritten.
   */
  applyPageSetup(page: PageSetup, defaults: BodyDefaults): Promise<GatewayResult<PageSetupPart[]>>;
  /**
   * Opens a .docx as a new Word document (a report, a letter), leaving the open one untouched. One sync. Fails with
   * "api-unsupported" where the host cannot (the caller offers a download instead).
   */
  openNewDocument(docx: Uint8Array): Promise<GatewayResult>;
}

/** Parts of the page setup; `applyPageSetup` returns the ones the host could not apply. */
export type PageSetupPart = "paper-and-margins" | "first-page-without-number" | "page-number" | "body-style";

/** A failure a clerk can act on: what happened, in Vietnamese and English. */
export interface GatewayError {
  code:
    | "not-in-word"
    | "api-unsupported"
    | "document-protected"
    | "not-allowed"
    | "busy"
    | "search-dialog-open"
    | "search-invalid"
    | "not-found"
    | "unknown";
  message: string;
  messageEn: string;
}

export const ok = <T>(value: T): GatewayResult<T> => ({ ok: true, value });
export const done: GatewayResult = { ok: true, value: undefined };
