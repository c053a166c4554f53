/**
 * An in-memory Word behind the Office.js object model that src/word/officeWordGateway.ts uses, as strict as the
 * documentation. One model, two stand-ins: the jest tests of the gateway install it on `global`
 * (installOfficeWord), and the e2e suite's scripted Chromium host (test/e2e/host/scriptedWord.ts) installs it on
 * `window`. The rules and where they come from:
 *
 * - Batches (Microsoft, "Word JavaScript object model in Office Add-ins"; OfficeExtension.Error): calls are queued
 *   and run at context.sync(), in order. When one fails, the ones before it stay applied, the rest are dropped, and
 *   sync rejects with the error's code (no rollback: a batch can half-apply). Word.run flushes what is still queued.
 * - Load before read (OfficeExtension.ClientObject, ClientResult): a property or a collection's items read before
 *   load + sync throws PropertyNotLoaded; a ClientResult's value before sync throws ValueNotLoaded; isNullObject is
 *   readable only after a sync.
 * - Requirement sets (Word API requirement sets; the [Api set] of each member in @types/office-js): a member above
 *   the host's WordApi / WordApiDesktop version throws ApiNotFound when it is called.
 * - Cursor (Word.Range.insertOoxml, Word.SelectionMode): selection.insertOoxml(…, "After") returns the inserted range
 *   and leaves the selection where the insert started, so a second insert lands before the first;
 *   range.select("End") puts the cursor just after the range.
 * - Replacing a content control's content with content that starts with a table makes Word add a full empty
 *   paragraph before the table (office-js issues #2655, #1144).
 * - Word on the web and tracked changes: deleted text is part of paragraph text (office-js #1267, #5286); loading
 *   listItemOrNullObject fails with GeneralException when a list paragraph holds a tracked deletion (#5335);
 *   getReviewedText("Current") leaves deletions out (WordApi 1.4).
 * - Search (Word.Body.search, Word.ErrorCodes): literal and without Unicode normalisation; "^^", "^t" (tab),
 *   "^s" (non-breaking space), "^l" (manual line break) and "^w" (any run of spaces, non-breaking spaces and tabs);
 *   longer than 255 characters fails with SearchStringInvalidOrTooLong.
 * - *OrNullObject: writing to a null object fails at sync with ItemNotFound; getFirst() on an empty collection fails
 *   at sync with ItemNotFound.
 * - Common API: Office.context.requirements.isSetSupported, Office.context.platform, document.settings (get, set,
 *   remove, saveAsync) and ui.displayDialogAsync (a dialog closed by the user sends DialogEventReceived 12006).
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

interface Paragraph extends HostParagraph {
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
  headerXml: string;
  pageSetup: Record<string, unknown>;
}

export interface Insertion {
  target: "selection" | "contentControl" | "header";
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

class OfficeLikeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
const fail = (code: string, message: string): never => {
  throw new OfficeLikeError(code, message);
};
const notLoaded = (what: string): never =>
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

function packageSummary(content: ParsedContent): { tags: string[]; text: string } {
  return {
    tags: content.controls.map((c) => c.tag),
    text: content.paragraphs
      .map((p) => p.text)
      .filter((t) => t !== "")
      .join("\n"),
  };
}

/** The body content of a flat package's document.xml, as it would sit in a header part. */
const packageBodyXml = (pkg: string): string => /<w:body>([\s\S]*)<\/w:body>/.exec(pkg)?.[1] ?? "";

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

type Op = { name: string; run: () => void };

/** One Word.run: the queue of calls, run in order at sync. */
class Context {
  private queue: Op[] = [];
  private syncs = 0;
  readonly document: object;
  readonly run: number;

  constructor(readonly host: WordHost) {
    this.run = host.nextRun();
    this.document = this.strict(makeDocument(this), "document");
  }

  /** Queues one call; nothing happens until sync(). A call the test told to fail fails there, with its code. */
  call(name: string, op: () => void): void {
    this.host.stats.calls.push(name);
    this.queue.push({ name, run: op });
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.host.stats.syncs++;
    this.host.stats.syncsPerRun[this.host.stats.syncsPerRun.length - 1] = this.syncs;
    const ops = this.queue;
    this.queue = [];
    await new Promise((resolve) => setTimeout(resolve, 0)); // a round trip to the host is never synchronous
    for (const op of ops) {
      const failure = this.host.failures.get(op.name);
      if (failure) {
        this.host.failures.delete(op.name);
        throw new OfficeLikeError(failure.code, failure.message);
      }
      op.run(); // throws: the ops before it stay applied, the rest are dropped
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Reports reads of members this model lacks, so a new gateway call fails its test by name. */
  strict<T extends object>(target: T, name: string): T {
    const host = this.host;
    return new Proxy(target, {
      get(obj, prop, receiver) {
        if (typeof prop === "string" && !(prop in obj) && prop !== "then" && prop !== "toJSON")
          host.unsupported.push(`${name}.${prop}`);
        return Reflect.get(obj, prop, receiver);
      },
    });
  }
}

/** Load paths as Office.js takes them: "items/values", "text,isListItem" or { text: true, sub: { a: true } }. */
function loadPaths(spec: unknown): string[] {
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(loadPaths);
  if (spec && typeof spec === "object") {
    const out: string[] = [];
    for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
      if (value === true) out.push(key);
      else if (value && typeof value === "object") out.push(...loadPaths(value).map((sub) => `${key}/${sub}`), key);
    }
    return out;
  }
  return [];
}

/** A snapshot whose properties may be read only when they were loaded. */
function loadedView<T extends object>(data: T, loaded: ReadonlySet<string>, name: string): T {
  const view = {} as T;
  for (const key of Object.keys(data) as Array<keyof T & string>) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get: () => (loaded.has(key) ? data[key] : notLoaded(`${name}.${key}`)),
    });
  }
  return view;
}

/** A collection proxy: items exist after load + sync; getFirst() fails at sync when there are none. */
class Collection<T> {
  private loadedItems: T[] | null = null;
  constructor(
    protected readonly context: Context,
    protected readonly name: string,
    private readonly fetch: (paths: Set<string>) => T[],
  ) {}
  load(spec?: unknown): this {
    const paths = new Set(loadPaths(spec));
    this.context.call(`${this.name}.load`, () => {
      this.loadedItems = this.fetch(paths);
    });
    return this;
  }
  get items(): T[] {
    return this.loadedItems ?? notLoaded(`${this.name}.items`);
  }
}

/** A ClientResult: its value exists after the sync that ran the call. */
function clientResult<T>(context: Context, name: string, compute: () => T): { value: T } {
  let value: { v: T } | null = null;
  context.call(name, () => {
    value = { v: compute() };
  });
  return {
    get value(): T {
      return value ? value.v : fail("ValueNotLoaded", `${name}: read the value after context.sync().`);
    },
  };
}

/** The methods of a Word.Paragraph the gateway calls, on the paragraph as it is at sync time. */
function paragraphMethods(context: Context, p: Paragraph) {
  const host = context.host;
  const where = () => {
    const start = host.paragraphs.indexOf(p);
    return start < 0 ? fail("ItemNotFound", "the paragraph is gone") : { start, length: 1 };
  };
  return {
    getReviewedText(version: string) {
      host.require("WordApi", "1.4", "Paragraph.getReviewedText");
      return clientResult(context, "paragraph.getReviewedText", () =>
        version === "Original" && p.deleted ? p.text + p.deleted : p.text,
      );
    },
    search: (needle: string, options?: { matchCase?: boolean }) => {
      const pattern = wordSearchPattern(needle, options?.matchCase ?? false);
      return {
        getFirst: () =>
          makeRange(context, "paragraph.search.getFirst", () => {
            const m = pattern.exec(p.text) ?? fail("ItemNotFound", `"${needle}" is not in the paragraph`);
            return { ...where(), text: m[0] };
          }),
      };
    },
    select: (mode?: string) => makeRange(context, "paragraph", where).select(mode),
  };
}

function paragraphView(context: Context, p: Paragraph, index: number, paths: Set<string>) {
  const host = context.host;
  const web = host.platform === "OfficeOnline";
  const list = p.isListItem
    ? { isNullObject: false, level: p.listLevel ?? 0, listString: p.listString ?? "" }
    : { isNullObject: true, level: 0, listString: "" };
  if (web && p.isListItem && p.deleted && [...paths].some((x) => x.startsWith("listItemOrNullObject")))
    fail("GeneralException", `getting "listItemOrNullObject" failed (paragraph ${index} holds a tracked deletion)`);
  const innermost = p.controls[p.controls.length - 1];
  const control = host.controls.find((c) => c.id === innermost);
  const sub = (prefix: string) =>
    new Set([...paths].filter((x) => x.startsWith(`${prefix}/`)).map((x) => x.slice(prefix.length + 1))).add(
      "isNullObject",
    );
  const view = loadedView(
    {
      text: web && p.deleted ? p.text + p.deleted : p.text,
      isListItem: p.isListItem ?? false,
      tableNestingLevel: p.tableNestingLevel ?? 0,
      outlineLevel: p.outlineLevel ?? 10,
      styleBuiltIn: p.styleBuiltIn ?? "Normal",
      listItemOrNullObject: loadedView(list, sub("listItemOrNullObject"), `paragraphs[${index}].listItemOrNullObject`),
      parentContentControlOrNullObject: loadedView(
        { isNullObject: !control, tag: control?.tag ?? "" },
        sub("parentContentControlOrNullObject"),
        `paragraphs[${index}].parentContentControlOrNullObject`,
      ),
    },
    paths,
    `paragraphs[${index}]`,
  );
  return Object.assign(view, paragraphMethods(context, p));
}

function makeRange(context: Context, name: string, locate: () => { start: number; length: number; text?: string }) {
  const host = context.host;
  return context.strict(
    {
      select: (mode: string = "Select") =>
        context.call(`${name}.select`, () => {
          const { start, length, text } = locate();
          host.cursor = mode === "End" ? { index: start + length, length: 0 } : { index: start, length };
          if (mode === "Start") host.cursor.length = 0;
          const paragraph = host.paragraphs[Math.min(start, host.paragraphs.length - 1)];
          host.selection = { text: text ?? paragraph.text, paragraphIndex: start, paragraphText: paragraph.text };
        }),
    },
    "range",
  );
}

function makeDocument(context: Context): object {
  const host = context.host;
  const run = context.run;

  const paragraphs = () =>
    new Collection(context, "body.paragraphs", (paths) =>
      host.paragraphs.map((p, i) => paragraphView(context, p, i, paths)),
    );
  const tables = () =>
    new Collection(context, "body.tables", (paths) =>
      host.tables.map((t, i) => loadedView({ values: t.values, nestingLevel: t.nestingLevel }, paths, `tables[${i}]`)),
    );

  const search = (needle: string, options?: { matchCase?: boolean }) => {
    const pattern = wordSearchPattern(needle, options?.matchCase ?? false);
    const find = () => {
      for (let i = 0; i < host.paragraphs.length; i++) {
        const m = pattern.exec(host.paragraphs[i].text);
        if (m) return { start: i, length: 1, text: m[0] };
      }
      return fail("ItemNotFound", `"${needle}" is not in the document`);
    };
    return context.strict({ getFirst: () => makeRange(context, "body.search.getFirst", find) }, "rangeCollection");
  };

  const body = context.strict(
    {
      get paragraphs() {
        return paragraphs();
      },
      get tables() {
        return tables();
      },
      search,
      getReviewedText(version: string) {
        host.require("WordApi", "1.4", "Body.getReviewedText");
        return clientResult(context, "body.getReviewedText", () =>
          host.paragraphs.map((p) => (version === "Original" && p.deleted ? p.text + p.deleted : p.text)).join("\n"),
        );
      },
    },
    "body",
  );

  const controlsByTag = (tag: string) => {
    const found = () =>
      host.controls.filter((c) => c.tag === tag && host.paragraphs.some((p) => p.controls.includes(c.id)));
    const collection = new Collection(context, "contentControls.getByTag", () => found().map((c) => ({ id: c.id })));
    return context.strict(
      Object.assign(collection, {
        getFirst: () =>
          context.strict(
            {
              insertOoxml: (ooxml: string, location: string) =>
                context.call("contentControl.insertOoxml", () => {
                  if (location !== "Replace") fail("InvalidArgument", `contentControl.insertOoxml "${location}"`);
                  const control = found()[0] ?? fail("ItemNotFound", `no content control tagged ${tag}`);
                  host.replaceControl(control, ooxml, run);
                }),
            },
            "contentControl",
          ),
      }),
      "contentControlCollection",
    );
  };

  return {
    body,
    getSelection: () =>
      context.strict(
        {
          insertOoxml: (ooxml: string, location: string) => {
            let inserted = { start: 0, length: 0 };
            context.call("selection.insertOoxml", () => {
              inserted = host.insertAtCursor(ooxml, location, run);
            });
            return makeRange(context, "insertedRange", () => inserted);
          },
        },
        "selection",
      ),
    contentControls: context.strict({ getByTag: controlsByTag }, "contentControls"),
    get customXmlParts() {
      host.require("WordApi", "1.4", "Document.customXmlParts");
      return customXmlParts(context);
    },
    get sections() {
      return sections(context);
    },
    getStyles() {
      host.require("WordApi", "1.5", "Document.getStyles");
      return context.strict({ getByNameOrNullObject: (name: string) => style(context, name) }, "styleCollection");
    },
  };
}

function customXmlParts(context: Context) {
  const host = context.host;
  const partView = (part: StoredPart) =>
    context.strict(
      {
        id: part.id,
        getXml: () => clientResult(context, "customXmlPart.getXml", () => part.xml),
        setXml: (xml: string) =>
          context.call("customXmlPart.setXml", () => {
            host.partWrites++;
            part.xml = xml;
            part.namespace = namespaceOf(xml);
          }),
        delete: () =>
          context.call("customXmlPart.delete", () => {
            host.parts = host.parts.filter((p) => p !== part);
          }),
      },
      "customXmlPart",
    );
  return context.strict(
    {
      getByNamespace: (namespace: string) =>
        new Collection(context, "customXmlParts.getByNamespace", () =>
          host.parts.filter((p) => p.namespace === namespace).map(partView),
        ),
      add: (xml: string) =>
        context.call("customXmlParts.add", () => {
          host.partWrites++;
          host.parts.push({ id: `{part-${host.parts.length + 1}}`, namespace: namespaceOf(xml), xml });
        }),
    },
    "customXmlParts",
  );
}

const namespaceOf = (xml: string): string | null => /^\s*<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? null;

function sections(context: Context) {
  const host = context.host;
  const section = (index: number) =>
    context.strict(
      {
        getHeader: (type: string) => header(context, index, type),
        get pageSetup() {
          host.require("WordApiDesktop", "1.3", "Section.pageSetup");
          return pageSetup(context, index);
        },
      },
      "section",
    );
  const collection = new Collection(context, "document.sections", () => host.sections.map((_, i) => section(i)));
  return context.strict(Object.assign(collection, { getFirst: () => section(0) }), "sectionCollection");
}

const PAGE_SETUP_KEYS = [
  "paperSize",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerDistance",
  "differentFirstPageHeaderFooter",
];

function pageSetup(context: Context, index: number): object {
  const target = {};
  for (const key of PAGE_SETUP_KEYS)
    Object.defineProperty(target, key, {
      set: (value: unknown) => {
        context.call(`pageSetup.${key}`, () => {
          context.host.sections[index].pageSetup[key] = value;
        });
      },
      get: () => notLoaded(`pageSetup.${key}`),
    });
  return context.strict(target, "pageSetup");
}

function header(context: Context, index: number, type: string) {
  const host = context.host;
  if (type !== "Primary") fail("InvalidArgument", `header type ${type}`);
  const view = { text: null as string | null };
  const controlRe = (tag: string) =>
    new RegExp(
      `(<w:sdt>(?:(?!<w:sdt>)[\\s\\S])*?<w:tag w:val="${tag}"/>[\\s\\S]*?<w:sdtContent>)([\\s\\S]*?)(</w:sdtContent></w:sdt>)`,
    );
  return context.strict(
    {
      load: (spec: unknown) =>
        context.call("header.load", () => {
          if (loadPaths(spec).includes("text"))
            view.text = parsePackage(
              `<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${host.sections[index].headerXml}</w:body>`,
            )
              .paragraphs.map((p) => p.text)
              .join("\n");
        }),
      get text() {
        return view.text ?? notLoaded("header.text");
      },
      getOoxml: () =>
        clientResult(
          context,
          "header.getOoxml",
          () =>
            `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>` +
            `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${host.sections[index].headerXml}` +
            `<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
        ),
      insertOoxml: (ooxml: string, location: string) =>
        context.call("header.insertOoxml", () => {
          if (location !== "Replace") fail("InvalidArgument", `header.insertOoxml "${location}"`);
          host.sections[index].headerXml = packageBodyXml(ooxml);
          host.insertions.push({
            target: "header",
            location,
            ...packageSummary(parsePackage(ooxml)),
            ooxml,
            run: context.run,
          });
        }),
      contentControls: context.strict(
        {
          getByTag: (tag: string) => {
            const collection = new Collection(context, "header.contentControls.getByTag", () =>
              controlRe(tag).test(host.sections[index].headerXml)
                ? [
                    context.strict(
                      {
                        insertOoxml: (ooxml: string, location: string) =>
                          context.call("header.contentControl.insertOoxml", () => {
                            if (location !== "Replace") fail("InvalidArgument", `insertOoxml "${location}"`);
                            host.sections[index].headerXml = host.sections[index].headerXml.replace(
                              controlRe(tag),
                              (_, open: string, _old: string, close: string) => open + packageBodyXml(ooxml) + close,
                            );
                          }),
                      },
                      "contentControl",
                    ),
                  ]
                : [],
            );
            return collection;
          },
        },
        "header.contentControls",
      ),
    },
    "header",
  );
}

function style(context: Context, name: string) {
  const host = context.host;
  let synced = false;
  context.call("styles.getByNameOrNullObject", () => {
    synced = true;
  });
  const writer = (group: string) => {
    const target = {};
    for (const key of ["name", "size", "alignment", "firstLineIndent", "spaceBefore", "spaceAfter", "lineSpacing"])
      Object.defineProperty(target, key, {
        set: (value: unknown) => {
          context.call(`style.${group}.${key}`, () => {
            const found = host.styles.get(name) ?? fail("ItemNotFound", `style "${name}" does not exist`);
            found[`${group}.${key}`] = value;
          });
        },
        get: () => notLoaded(`style.${group}.${key}`),
      });
    return target;
  };
  return {
    get isNullObject() {
      return synced ? !host.styles.has(name) : notLoaded("style.isNullObject");
    },
    font: writer("font"),
    paragraphFormat: writer("paragraphFormat"),
  };
}

/** Word.run over the model: one Context per batch, queued calls flushed at the end. */
export function wordRun(host: WordHost) {
  return async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
    const context = new Context(host);
    const result = await batch(context as never);
    if (context.pending > 0) await context.sync();
    return result;
  };
}

/** Office's Common API over the model: requirements, platform, document settings, dialogs. */
export function officeContext(host: WordHost) {
  return {
    get platform() {
      return host.platform;
    },
    requirements: { isSetSupported: (name: string, version = "1.1") => host.supports(name, version) },
    document: {
      settings: {
        get: (key: string) => host.settings[key] ?? null,
        set: (key: string, value: unknown) => void (host.settings[key] = value),
        remove: (key: string) => void delete host.settings[key],
        saveAsync: (callback?: (result: { status: string }) => void) => {
          host.settingsSaves++;
          setTimeout(() => callback?.({ status: "succeeded" }), 0);
        },
      },
    },
    ui: {
      displayDialogAsync(
        url: string,
        _options: unknown,
        callback?: (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void,
      ) {
        setTimeout(() => {
          if (host.dialogFailure !== null) {
            const code = host.dialogFailure;
            host.dialogFailure = null;
            return callback?.({ status: "failed", error: { code, message: `dialog failed ${code}` } });
          }
          const handlers = new Map<string, Array<(arg: unknown) => void>>();
          const emit = (type: string, arg: unknown) => (handlers.get(type) ?? []).forEach((h) => h(arg));
          const dialog = {
            url,
            closed: false,
            addEventHandler: (type: string, handler: (arg: unknown) => void) =>
              handlers.set(type, [...(handlers.get(type) ?? []), handler]),
            close: () => void (dialog.closed = true),
            closedByUser: () => {
              dialog.closed = true;
              emit("dialogEventReceived", { error: 12006 });
            },
            messageFromDialog: (message: string) => emit("dialogMessageReceived", { message, origin: undefined }),
          };
          host.dialogs.push(dialog);
          callback?.({ status: "succeeded", value: dialog });
        }, 0);
      },
    },
  };
}

/** The model on `global` for jest: Word.run and Office.context, with the enums the gateway reads. */
export function installOfficeWord(host = new WordHost()): WordHost {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Word = {
    run: wordRun(host),
    HeaderFooterType: { primary: "Primary" },
    PaperSize: { a4: "A4" },
    Alignment: { justified: "Justified" },
    SelectionMode: { end: "End", start: "Start", select: "Select" },
    InsertLocation: { after: "After", replace: "Replace" },
  };
  g.Office = {
    context: officeContext(host),
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
  };
  return host;
}

export function uninstallOfficeWord(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
}
