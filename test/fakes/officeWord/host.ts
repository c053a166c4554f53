/**
 * The state of the in-memory Word (test/fakes/officeWord): the document as paragraphs inside content controls and
 * tables, the cursor, sections, styles, custom XML parts, settings; the edits Word makes at sync time; Word's search
 * pattern; and the error Word throws. Office.js's object model over it is in document.ts, its batches in batch.ts.
 */
import { ParsedContent, parsePackage } from "./packageContent";

/** One paragraph of the document, as a test describes it and as the model keeps it. */
export interface HostParagraph {
  text: string;
  /** Text of a tracked deletion in the paragraph: Word on the web reports it as part of `text`. */
  deleted?: string;
  isListItem?: boolean;
  tableNestingLevel?: number;
  outlineLevel?: number;
  styleBuiltIn?: string;
  listLevel?: number;
  listString?: string;
}

export interface HostTable {
  values: string[][];
  /** 1 for a top-level table, 2 for a table inside a cell, … */
  nestingLevel?: number;
}

export interface HostDocument {
  paragraphs: HostParagraph[];
  /** Tables in document order; a bare string[][] is a top-level table. */
  tables?: Array<string[][] | HostTable>;
  /** The primary header's body content (WordprocessingML), for page setup. */
  headerXml?: string;
  /** How many sections the document has (1). */
  sections?: number;
  /** Style names the document has ("Normal" unless told otherwise). */
  styles?: string[];
}

export interface Paragraph extends HostParagraph {
  /** Ids of the content controls around the paragraph, outermost first. */
  controls: number[];
  /** Paragraph properties as written by a package; "word" for a paragraph Word added on its own. */
  pPr?: string;
}

interface Table {
  first: Paragraph | null;
  values: string[][];
  nestingLevel: number;
}

interface Control {
  id: number;
  tag: string;
  title: string;
}

interface Section {
  /** The primary header's body content. */
  headerXml: string;
  /** The other headers and the footers ("header:FirstPage", "footer:Primary", …): empty until something is put there. */
  parts?: Record<string, string>;
  pageSetup: Record<string, unknown>;
}

export interface Insertion {
  target: "selection" | "contentControl" | "header" | "footer";
  location: string;
  tags: string[];
  /** The package's text, one line per paragraph. */
  text: string;
  ooxml: string;
  run: number;
}

export interface HostSelection {
  text: string;
  paragraphIndex: number;
  paragraphText: string;
}

export interface HostStats {
  runs: number;
  syncs: number;
  syncsPerRun: number[];
  calls: string[];
}

export interface StoredPart {
  id: string;
  namespace: string | null;
  xml: string;
}

export type Platform = "PC" | "Mac" | "OfficeOnline";

export class OfficeLikeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
export const fail = (code: string, message: string): never => {
  throw new OfficeLikeError(code, message);
};
export const notLoaded = (what: string): never =>
  fail(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );

const versionAtMost = (asked: string, have: string | null): boolean => {
  if (have === null) return false;
  const [a1, a2 = 0] = asked.split(".").map(Number);
  const [h1, h2 = 0] = have.split(".").map(Number);
  return a1 < h1 || (a1 === h1 && a2 <= h2);
};

/** Word's search: the needle as a pattern over the text, with Word's special characters. */
export function wordSearchPattern(needle: string, matchCase: boolean): RegExp {
  if (needle.length > 255) fail("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let source = "";
  for (let i = 0; i < needle.length; i++) {
    const c = needle[i];
    if (c !== "^") {
      source += escape(c);
      continue;
    }
    const code = needle[++i];
    const special: Record<string, string> = { "^": "\\^", t: "\\t", s: "\\u00a0", l: "\\v", w: "[ \\u00a0\\t]+" };
    if (code === undefined || !(code in special)) fail("SearchStringInvalidOrTooLong", `Unknown "^${code ?? ""}".`);
    source += special[code];
  }
  return new RegExp(source, matchCase ? "" : "i");
}

export function packageSummary(content: ParsedContent): { tags: string[]; text: string } {
  return {
    tags: content.controls.map((c) => c.tag),
    text: content.paragraphs
      .map((p) => p.text)
      .filter((t) => t !== "")
      .join("\n"),
  };
}

/** The body content of a flat package's document.xml, as it would sit in a header part. */
export const packageBodyXml = (pkg: string): string => /<w:body>([\s\S]*)<\/w:body>/.exec(pkg)?.[1] ?? "";

/** Everything the model holds; tests read it through HostApi. */
export class WordHost {
  paragraphs: Paragraph[] = [{ text: "", controls: [] }];
  tables: Table[] = [];
  controls: Control[] = [];
  private nextControlId = 1;
  /** The cursor: before paragraph `index`, spanning `length` paragraphs (0: an insertion point). */
  cursor = { index: 0, length: 0 };
  selection: HostSelection | null = null;
  sections: Section[] = [{ headerXml: "<w:p/>", pageSetup: {} }];
  styles = new Map<string, Record<string, unknown>>([["Normal", {}]]);
  parts: StoredPart[] = [];
  partWrites = 0;
  /** Word gives each part a new id (a GUID); never one a deleted part had. */
  nextPartId = 1;
  settings: Record<string, unknown> = {};
  settingsSaves = 0;
  wordApi = "1.4";
  desktopApi: string | null = null;
  platform: Platform = "PC";
  insertions: Insertion[] = [];
  stats: HostStats = { runs: 0, syncs: 0, syncsPerRun: [], calls: [] };
  unsupported: string[] = [];
  /** Calls that fail at their sync with Word's code, by call name (e.g. "selection.insertOoxml"). */
  failures = new Map<string, { code: string; message: string }>();
  dialogs: Array<{ url: string; closed: boolean; closedByUser(): void; messageFromDialog(message: string): void }> = [];
  dialogFailure: number | null = null;
  /** Documents opened with application.createDocument(base64).open(), as their Base64. */
  newDocuments: string[] = [];
  /** False: createDocument(…).open() fails as Word on the web may ("The action isn't supported by Word in a browser"). */
  canCreateDocuments = true;
  private runs = 0;

  loadDocument(doc: HostDocument): void {
    this.paragraphs = doc.paragraphs.map((p) => ({ ...p, controls: [] }));
    if (this.paragraphs.length === 0) this.paragraphs.push({ text: "", controls: [] });
    this.controls = [];
    const starts = this.paragraphs.filter(
      (p, i) => (p.tableNestingLevel ?? 0) > 0 && (this.paragraphs[i - 1]?.tableNestingLevel ?? 0) === 0,
    );
    this.tables = (doc.tables ?? []).map((t, i) => {
      const table = Array.isArray(t) ? { values: t } : t;
      return { values: table.values, nestingLevel: table.nestingLevel ?? 1, first: starts[i] ?? null };
    });
    const count = doc.sections ?? 1;
    this.sections = Array.from({ length: count }, (_, i) => ({
      headerXml: i === 0 ? (doc.headerXml ?? "<w:p/>") : "<w:p/>",
      pageSetup: {},
    }));
    this.styles = new Map((doc.styles ?? ["Normal"]).map((name) => [name, {}]));
    this.cursor = { index: this.paragraphs.length - 1, length: 0 };
    this.selection = null;
  }

  supports(set: string, version: string): boolean {
    if (set === "WordApi") return versionAtMost(version, this.wordApi);
    if (set === "WordApiDesktop") return versionAtMost(version, this.desktopApi);
    return set === "DialogApi" || set === "DialogAPI";
  }

  /** Throws ApiNotFound when the member's requirement set is above the host's. */
  require(set: "WordApi" | "WordApiDesktop", version: string, member: string): void {
    if (!this.supports(set, version)) fail("ApiNotFound", `${member} needs ${set} ${version}.`);
  }

  /** Paragraphs in document order with their index, for tests. */
  text(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** The tags of the top-level blocks in document order, each block once. */
  blockOrder(): string[] {
    const ids = this.paragraphs.map((p) => p.controls[0]).filter((id, i, all) => id !== undefined && id !== all[i - 1]);
    return ids.map((id) => this.controls.find((c) => c.id === id)?.tag ?? "");
  }

  /** The paragraph properties inside the first control with `tag`, as written ("word" where Word added one). */
  controlStructure(tag: string): string[] {
    const control = this.controls.find((c) => c.tag === tag);
    if (!control) return [];
    return this.paragraphs.filter((p) => p.controls.includes(control.id)).map((p) => p.pPr ?? "");
  }

  // ---- document edits, run at sync ----

  /** Puts parsed package content at `index`, inside `outer` controls; returns how many paragraphs went in. */
  place(content: ParsedContent, index: number, outer: number[]): number {
    const ids = content.controls.map((c) => {
      const id = this.nextControlId++;
      this.controls.push({ id, tag: c.tag, title: c.title });
      return id;
    });
    const added: Paragraph[] = content.paragraphs.map((p) => ({
      text: p.text,
      ...(p.deleted && { deleted: p.deleted }),
      isListItem: p.isListItem,
      tableNestingLevel: p.tableNestingLevel,
      outlineLevel: p.outlineLevel,
      styleBuiltIn: "Normal",
      controls: [...outer, ...p.controls.map((i) => ids[i])],
      pPr: p.pPr,
    }));
    this.paragraphs.splice(index, 0, ...added);
    for (const t of content.tables)
      this.tables.push({ first: added[t.firstParagraph] ?? null, values: t.values, nestingLevel: t.nestingLevel });
    this.sortTables();
    return added.length;
  }

  private sortTables(): void {
    const at = (t: Table) => (t.first ? this.paragraphs.indexOf(t.first) : Number.MAX_SAFE_INTEGER);
    this.tables = this.tables.filter((t) => !t.first || this.paragraphs.includes(t.first));
    this.tables.sort((a, b) => at(a) - at(b));
  }

  insertAtCursor(ooxml: string, location: string, run: number): { start: number; length: number } {
    if (location !== "After") fail("InvalidArgument", `The model inserts at the selection "After" only (${location}).`);
    const content = parsePackage(ooxml);
    const start = this.cursor.index + this.cursor.length;
    // At a paragraph boundary the cursor is inside the controls that go on across it, not one that starts there.
    const before = this.paragraphs[start - 1]?.controls ?? [];
    const after = this.paragraphs[start]?.controls ?? [];
    const outer = after.filter((id, i) => before[i] === id);
    const length = this.place(content, start, outer);
    // The cursor stays where it was: with a bare cursor, before the content just inserted.
    this.insertions.push({ target: "selection", location, ...packageSummary(content), ooxml, run });
    return { start, length };
  }

  replaceControl(control: Control, ooxml: string, run: number): void {
    const content = parsePackage(ooxml);
    const inside = this.paragraphs.filter((p) => p.controls.includes(control.id));
    const start = this.paragraphs.indexOf(inside[0]);
    const outer = inside[0].controls.slice(0, inside[0].controls.indexOf(control.id) + 1);
    this.paragraphs.splice(start, inside.length);
    const nested = new Set(inside.flatMap((p) => p.controls).filter((id) => !outer.includes(id)));
    this.controls = this.controls.filter((c) => !nested.has(c.id));
    // Content that starts with a table gets a paragraph of Word's own before it (office-js #2655, #1144).
    if (content.paragraphs[0]?.tableNestingLevel) {
      this.paragraphs.splice(start, 0, { text: "", controls: outer, pPr: "word" });
      this.place(content, start + 1, outer);
    } else this.place(content, start, outer);
    this.insertions.push({
      target: "contentControl",
      location: "Replace",
      tags: [control.tag],
      text: packageSummary(content).text,
      ooxml,
      run,
    });
  }

  nextRun(): number {
    this.stats.runs++;
    this.stats.syncsPerRun.push(0);
    return this.runs++;
  }
}
