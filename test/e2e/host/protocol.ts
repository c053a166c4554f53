/**
 * What the scripted Word host (scriptedWord.ts, running in the page) and the e2e tests (in Node) share:
 * the shape of `window.__host`. Types only, plus the marker the leak test greps for.
 */
import type { HostDocument, HostSelection, HostStats, Insertion, Platform, StoredPart } from "../../fakes/officeWord";

export type {
  HostDocument,
  HostParagraph,
  HostSelection,
  HostStats,
  Insertion,
  StoredPart,
} from "../../fakes/officeWord";

/** A string only the scripted host contains: the production bundle must never hold it. */
export const HOST_MARKER = "kl-e2e-scripted-word-host";

/** `window.__host`, as the tests call it through page.evaluate. */
export interface HostApi {
  marker: string;
  loadDocument(doc: HostDocument): void;
  /** Highest WordApi version reported by isSetSupported; "1.3" makes the add-in fall back to document settings. */
  setWordApi(version: string): void;
  /** Office.context.platform: "OfficeOnline" turns on Word on the web's tracked-change behaviour. */
  setPlatform(platform: Platform): void;
  /** The next call of that name (e.g. "selection.insertOoxml") fails at its sync with Word's error code. */
  failNext(call: string, code: string): void;
  resetStats(): void;
  stats(): HostStats;
  insertions(): Insertion[];
  /** Tags of the top-level blocks in document order. */
  blockOrder(): string[];
  /** The paragraph properties inside the first block with the tag ("word" where Word added a paragraph). */
  controlStructure(tag: string): string[];
  selection(): HostSelection | null;
  customXmlParts(): StoredPart[];
  /** Writes of custom XML parts (add or setXml) since the start. */
  customXmlWrites(): number;
  settings(): Record<string, unknown>;
  /** Documents opened with application.createDocument(base64).open(), each as its Base64 .docx. */
  newDocuments(): string[];
  /** false: createDocument fails at sync, as Word on the web may; the add-in must then offer a download. */
  setCreateDocument(supported: boolean): void;
  /** Calls the add-in made that this host does not implement; a test fails when any appear. */
  unsupported(): string[];
}
