/**
 * A scripted Word host for the end-to-end tests. Loaded only by the e2e build (taskpane.e2e.html), after office.js
 * and before the app: installs `window.Word` with Word.run and a RequestContext whose `document` implements exactly
 * the calls src/word/officeWordGateway.ts makes, with Office.js semantics that matter to the add-in (calls are
 * queued and take effect at context.sync(); collections and properties can be read only after load + sync; missing
 * items fail at sync with ItemNotFound). It fills in Office.context.requirements/document.settings, which office.js
 * leaves undefined outside Office, and exposes `window.__host` (protocol.ts) for the tests.
 */
import type { HostApi, HostDocument, HostParagraph, HostSelection, HostStats, Insertion, StoredPart } from "./protocol";
import { HOST_MARKER } from "./protocol";

class OfficeLikeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const state = {
  doc: { paragraphs: [], tables: [] } as Required<HostDocument>,
  wordApi: "1.4",
  insertions: [] as Insertion[],
  controls: [] as Array<{ tag: string; ooxml: string }>,
  parts: [] as StoredPart[],
  partWrites: 0,
  settings: {} as Record<string, unknown>,
  selection: null as HostSelection | null,
  runs: 0,
  stats: { runs: 0, syncs: 0, syncsPerRun: [], calls: [] } as HostStats,
  unsupported: [] as string[],
};

/** Reports reads of members this host lacks, so a new gateway call fails the test with its name, not a TypeError. */
function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "string" && !(prop in obj) && prop !== "then" && prop !== "toJSON") {
        state.unsupported.push(`${name}.${prop}`);
      }
      return Reflect.get(obj, prop, receiver);
    },
  });
}

const decode = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

/** Tags and visible text of a flat OOXML package, the way a reviewer would read it. */
function readPackage(ooxml: string): { tags: string[]; text: string } {
  const tags = [...ooxml.matchAll(/<w:tag\s+w:val="([^"]*)"/g)].map((m) => decode(m[1]));
  const text = ooxml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(""))
    .filter((line) => line !== "")
    .join("\n");
  return { tags, text };
}

/** Load paths as Office.js accepts them: "items/values", "items/id,items/text" or { text: true, sub: { a: true } }. */
function loadPaths(spec: unknown): string[] {
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter(Boolean);
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

type Op = () => void;

/** A proxy object whose properties may be read only after they were loaded and synced. */
function loadedView<T extends object>(data: T, loaded: ReadonlySet<string>, name: string): T {
  const view = {} as T;
  for (const key of Object.keys(data) as Array<keyof T & string>) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get() {
        if (!loaded.has(key)) throw new OfficeLikeError("PropertyNotLoaded", `${name}.${key} was not loaded`);
        return data[key];
      },
    });
  }
  return view;
}

class Collection<T> {
  private loadedItems: T[] | null = null;
  constructor(
    private readonly context: Context,
    private readonly name: string,
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
    if (!this.loadedItems) throw new OfficeLikeError("PropertyNotLoaded", `${this.name}.items read before load+sync`);
    return this.loadedItems;
  }
}

class Context {
  private queue: Op[] = [];
  private syncCount = 0;
  readonly document: object;

  constructor(private readonly runIndex: number) {
    this.document = strict(this.makeDocument(), "document");
  }

  /** Queues one API call: like Office.js, nothing happens until sync(). */
  call(name: string, op: Op): void {
    state.stats.calls.push(name);
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    state.stats.syncs++;
    state.stats.syncsPerRun[state.stats.syncsPerRun.length - 1] = this.syncCount;
    const ops = this.queue;
    this.queue = [];
    await new Promise((resolve) => setTimeout(resolve, 0)); // a round trip to the host is never synchronous
    for (const op of ops) op();
  }

  get pending(): number {
    return this.queue.length;
  }

  private makeDocument(): object {
    const context = this;
    const run = this.runIndex;
    const insertAt = (target: Insertion["target"], ooxml: string, location: string, replaceTag?: string) => {
      const { tags, text } = readPackage(ooxml);
      if (replaceTag !== undefined) {
        const control = state.controls.find((c) => c.tag === replaceTag);
        if (!control) throw new OfficeLikeError("ItemNotFound", `no content control tagged ${replaceTag}`);
        control.ooxml = ooxml;
      } else {
        for (const tag of tags) state.controls.push({ tag, ooxml });
      }
      state.insertions.push({ target, location, tags: replaceTag ? [replaceTag] : tags, text, ooxml, run });
    };

    const paragraphs = () =>
      new Collection(context, "body.paragraphs", (paths) =>
        state.doc.paragraphs.map((p, i) => paragraphView(p, i, paths)),
      );
    const tables = () =>
      new Collection(context, "body.tables", (paths) =>
        state.doc.tables.map((values, i) => loadedView({ values }, paths, `tables[${i}]`)),
      );

    const body = strict(
      {
        get paragraphs() {
          return paragraphs();
        },
        get tables() {
          return tables();
        },
        search(text: string, options?: { matchCase?: boolean }) {
          const needle = text.replace(/\^\^/g, "^");
          const find = () => {
            const fold = (s: string) => (options?.matchCase ? s : s.toLowerCase());
            const index = state.doc.paragraphs.findIndex((p) => fold(p.text).includes(fold(needle)));
            if (index < 0) throw new OfficeLikeError("ItemNotFound", `"${needle}" is not in the document`);
            return index;
          };
          return strict(
            {
              getFirst: () =>
                strict(
                  {
                    select: () =>
                      context.call("body.search.getFirst.select", () => {
                        const index = find();
                        state.selection = {
                          text: needle,
                          paragraphIndex: index,
                          paragraphText: state.doc.paragraphs[index].text,
                        };
                      }),
                  },
                  "range",
                ),
            },
            "rangeCollection",
          );
        },
      },
      "body",
    );

    return {
      body,
      getSelection: () =>
        strict(
          {
            insertOoxml: (ooxml: string, location: string) =>
              context.call("selection.insertOoxml", () => insertAt("selection", ooxml, location)),
          },
          "selection",
        ),
      contentControls: strict(
        {
          getByTag: (tag: string) => {
            const collection = new Collection(context, "contentControls.getByTag", () =>
              state.controls.filter((c) => c.tag === tag).map((_, i) => ({ id: i + 1 })),
            );
            return strict(
              Object.assign(collection, {
                getFirst: () =>
                  strict(
                    {
                      insertOoxml: (ooxml: string, location: string) =>
                        context.call("contentControl.insertOoxml", () =>
                          insertAt("contentControl", ooxml, location, tag),
                        ),
                    },
                    "contentControl",
                  ),
              }),
              "contentControlCollection",
            );
          },
        },
        "contentControls",
      ),
      customXmlParts: strict(
        {
          getByNamespace: (namespace: string) =>
            new Collection(context, "customXmlParts.getByNamespace", () =>
              state.parts.filter((p) => p.namespace === namespace).map((p) => partView(context, p)),
            ),
          add: (xml: string) =>
            context.call("customXmlParts.add", () => {
              state.partWrites++;
              state.parts.push({ id: `{part-${state.parts.length + 1}}`, namespace: namespaceOf(xml), xml });
            }),
        },
        "customXmlParts",
      ),
    };
  }
}

function paragraphView(p: HostParagraph, index: number, paths: Set<string>) {
  const list = p.isListItem
    ? { isNullObject: false, level: p.listLevel ?? 0, listString: p.listString ?? "" }
    : { isNullObject: true, level: 0, listString: "" };
  const listPaths = new Set(
    [...paths].filter((x) => x.startsWith("listItemOrNullObject/")).map((x) => x.split("/")[1]),
  );
  listPaths.add("isNullObject");
  return loadedView(
    {
      text: p.text,
      isListItem: p.isListItem ?? false,
      tableNestingLevel: p.tableNestingLevel ?? 0,
      outlineLevel: p.outlineLevel ?? 10,
      styleBuiltIn: p.styleBuiltIn ?? "Normal",
      listItemOrNullObject: loadedView(list, listPaths, `paragraphs[${index}].listItemOrNullObject`),
    },
    paths,
    `paragraphs[${index}]`,
  );
}

function partView(context: Context, part: StoredPart) {
  return strict(
    {
      id: part.id,
      getXml() {
        const result = { value: "" };
        context.call("customXmlPart.getXml", () => {
          result.value = part.xml;
        });
        return result;
      },
      setXml(xml: string) {
        context.call("customXmlPart.setXml", () => {
          state.partWrites++;
          part.xml = xml;
          part.namespace = namespaceOf(xml);
        });
      },
      delete() {
        context.call("customXmlPart.delete", () => {
          state.parts = state.parts.filter((p) => p !== part);
        });
      },
    },
    "customXmlPart",
  );
}

function namespaceOf(xml: string): string | null {
  const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
  return root.namespaceURI;
}

const versionAtMost = (asked: string, have: string): boolean => {
  const [a1, a2 = 0] = asked.split(".").map(Number);
  const [h1, h2 = 0] = have.split(".").map(Number);
  return a1 < h1 || (a1 === h1 && a2 <= h2);
};

async function run<T>(batch: (context: Context) => Promise<T>): Promise<T> {
  const context = new Context(state.runs++);
  state.stats.runs++;
  state.stats.syncsPerRun.push(0);
  const result = await batch(context);
  // Office.js flushes calls still queued when the batch ends.
  if (context.pending > 0) await context.sync();
  return result;
}

/** office.js outside Office leaves requirements and document undefined; the add-in reads both. */
function installOfficeContext(): void {
  const office = (window as unknown as { Office?: { context?: Record<string, unknown> } }).Office;
  if (!office) throw new Error("scriptedWord: office.js must load first");
  const extras = {
    requirements: {
      isSetSupported: (name: string, version = "1.1") => name === "WordApi" && versionAtMost(version, state.wordApi),
    },
    document: {
      settings: {
        get: (key: string) => state.settings[key] ?? null,
        set: (key: string, value: unknown) => void (state.settings[key] = value),
        remove: (key: string) => void delete state.settings[key],
        saveAsync: (callback?: (result: { status: string }) => void) =>
          setTimeout(() => callback?.({ status: "succeeded" }), 0),
      },
    },
  };
  const context = office.context ?? {};
  Object.assign(context, extras);
  if (office.context?.requirements !== extras.requirements) {
    Object.defineProperty(office, "context", { configurable: true, get: () => Object.assign(context, extras) });
  }
}

const api: HostApi = {
  marker: HOST_MARKER,
  loadDocument(doc) {
    state.doc = { paragraphs: doc.paragraphs, tables: doc.tables ?? [] };
    state.selection = null;
  },
  setWordApi(version) {
    state.wordApi = version;
  },
  resetStats() {
    state.stats = { runs: 0, syncs: 0, syncsPerRun: [], calls: [] };
  },
  stats: () => structuredClone(state.stats),
  insertions: () => structuredClone(state.insertions),
  selection: () => structuredClone(state.selection),
  customXmlParts: () => structuredClone(state.parts),
  customXmlWrites: () => state.partWrites,
  settings: () => structuredClone(state.settings),
  unsupported: () => [...state.unsupported],
};

installOfficeContext();
// office.js finishes its own start-up later; make sure the context is still ours when the app's onReady runs.
(window as unknown as { Office: { onReady(cb: () => void): void } }).Office.onReady(installOfficeContext);
Object.assign(window, { Word: { run }, __host: api });
