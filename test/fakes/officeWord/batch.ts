/**
 * One Word.run of the in-memory Word: calls queued and run in order at sync (a failing call keeps what ran before
 * it), proxies readable only after load + sync, collections, ClientResults. See index.ts for the rules' sources.
 */
import { OfficeLikeError, WordHost, notLoaded, fail } from "./host";

export type Op = { name: string; run: () => void };

/** One Word.run: the queue of calls, run in order at sync. */
export class Context {
  private queue: Op[] = [];
  private syncs = 0;
  readonly document: object;
  readonly application: object;
  readonly run: number;

  constructor(
    readonly host: WordHost,
    makeDocument: (context: Context) => object,
  ) {
    this.run = host.nextRun();
    this.document = this.strict(makeDocument(this), "document");
    this.application = this.strict(this.makeApplication(), "application");
  }

  /**
   * Word.Application (WordApi 1.3): createDocument(base64) makes a new document that open() shows in a new window,
   * both at sync. A Base64 that is not a .docx fails there with GeneralException, as Word does; Word on the web may
   * refuse the action altogether (office-js #1745), which canCreateDocuments = false stands for.
   */
  private makeApplication(): object {
    const context = this;
    return {
      createDocument(base64?: string) {
        context.host.require("WordApi", "1.3", "application.createDocument");
        return context.strict(
          {
            open: () =>
              context.call("application.createDocument.open", () => {
                if (!context.host.canCreateDocuments)
                  fail("GeneralException", "The action isn't supported by Word in a browser.");
                // "UEsDB" is the Base64 of a zip's "PK\x03\x04".
                if (!base64?.startsWith("UEsDB")) fail("GeneralException", "Not a .docx file.");
                context.host.newDocuments.push(base64!);
              }),
          },
          "documentCreated",
        );
      },
    };
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
export function loadPaths(spec: unknown): string[] {
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

const DATA = Symbol("data");
const LOADED = Symbol("loaded");
const NAME = Symbol("name");
interface ViewState {
  [DATA]: Record<string, unknown>;
  [LOADED]: ReadonlySet<string>;
  [NAME]: string;
}
/**
 * One class per shape of snapshot, its guarded getters on the prototype: a 300-page document loads some 18,000
 * snapshots, and defining each one's getters on the object itself made the stand-in, not the pane, the longest task
 * of a scan (Office.js's own proxies keep their members on prototypes too).
 */
const viewClasses = new Map<string, new (data: object, loaded: ReadonlySet<string>, name: string) => object>();
function viewClass(keys: string[]) {
  const shape = keys.join(",");
  let View = viewClasses.get(shape);
  if (!View) {
    View = class {
      constructor(data: object, loaded: ReadonlySet<string>, name: string) {
        Object.assign(this, { [DATA]: data, [LOADED]: loaded, [NAME]: name });
      }
    };
    for (const key of keys)
      Object.defineProperty(View.prototype, key, {
        enumerable: true,
        get(this: ViewState) {
          return this[LOADED].has(key) ? this[DATA][key] : notLoaded(`${this[NAME]}.${key}`);
        },
      });
    viewClasses.set(shape, View);
  }
  return View;
}

/** A snapshot whose properties may be read only when they were loaded. */
export function loadedView<T extends object>(data: T, loaded: ReadonlySet<string>, name: string): T {
  const View = viewClass(Object.keys(data));
  return new View(data, loaded, name) as T;
}

/** A collection proxy: items exist after load + sync; getFirst() fails at sync when there are none. */
export class Collection<T> {
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
export function clientResult<T>(context: Context, name: string, compute: () => T): { value: T } {
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
