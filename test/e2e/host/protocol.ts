/**
 * What the scripted Word host (scriptedWord.ts, running in the page) and the e2e tests (in Node) share:
 * the shape of `window.__host`. Types only, plus the marker the leak test greps for.
 */

/** A string only the scripted host contains: the production bundle must never hold it. */
export const HOST_MARKER = "kl-e2e-scripted-word-host";

/** One paragraph as Word reports it to `paragraphs.load(...)`. */
export interface HostParagraph {
  text: string;
  isListItem?: boolean;
  tableNestingLevel?: number;
  outlineLevel?: number;
  styleBuiltIn?: string;
  listLevel?: number;
  listString?: string;
}

export interface HostDocument {
  paragraphs: HostParagraph[];
  /** Tables as rows of cell texts, for `tables.load("items/values")`. */
  tables?: string[][][];
}

export interface Insertion {
  /** Where it went: at the selection, or replacing the content of a tagged content control. */
  target: "selection" | "contentControl";
  location: string;
  /** Content-control tags found in the package (w:tag w:val), e.g. ["kl:header"]. */
  tags: string[];
  /** The package's text (w:t), one line per paragraph. */
  text: string;
  ooxml: string;
  /** Index of the Word.run that made it. */
  run: number;
}

export interface HostSelection {
  /** The text Word searched for and selected. */
  text: string;
  paragraphIndex: number;
  paragraphText: string;
}

export interface HostStats {
  /** Word.run batches since the last resetStats(). */
  runs: number;
  /** context.sync() calls since the last resetStats() (implicit end-of-run syncs included). */
  syncs: number;
  /** syncs of each run, in order. */
  syncsPerRun: number[];
  /** The Office.js calls made, in order (e.g. "body.paragraphs.load"), for diagnosis. */
  calls: string[];
}

export interface StoredPart {
  id: string;
  namespace: string | null;
  xml: string;
}

/** `window.__host`, as the tests call it through page.evaluate. */
export interface HostApi {
  marker: string;
  loadDocument(doc: HostDocument): void;
  /** Highest WordApi version reported by isSetSupported; "1.3" makes the add-in fall back to document settings. */
  setWordApi(version: string): void;
  resetStats(): void;
  stats(): HostStats;
  insertions(): Insertion[];
  selection(): HostSelection | null;
  customXmlParts(): StoredPart[];
  /** Writes of custom XML parts (add or setXml) since the start. */
  customXmlWrites(): number;
  settings(): Record<string, unknown>;
  /** Calls the add-in made that this host does not implement; a test fails when any appear. */
  unsupported(): string[];
}
