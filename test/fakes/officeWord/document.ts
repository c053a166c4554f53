/**
 * Office.js's Word object model over the in-memory Word: the document, its body and paragraphs, the selection and
 * ranges, content controls, custom XML parts, sections with their headers and page setup, and styles, each member
 * guarded by its requirement set. See index.ts for the rules and their sources.
 */
import { Collection, Context, clientResult, loadPaths, loadedView } from "./batch";
import { Paragraph, StoredPart, fail, notLoaded, packageBodyXml, packageSummary, wordSearchPattern } from "./host";
import { parsePackage } from "./packageContent";

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

/** The paths loaded under `prefix` ("listItemOrNullObject/level" → "level"), worked out once per load, not per paragraph. */
const subPaths = new WeakMap<Set<string>, Map<string, Set<string>>>();
function loadedUnder(paths: Set<string>, prefix: string): Set<string> {
  const known = subPaths.get(paths) ?? new Map<string, Set<string>>();
  subPaths.set(paths, known);
  let sub = known.get(prefix);
  if (!sub) {
    sub = new Set([...paths].filter((x) => x.startsWith(`${prefix}/`)).map((x) => x.slice(prefix.length + 1)));
    known.set(prefix, sub.add("isNullObject"));
  }
  return sub;
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
  const sub = (prefix: string) => loadedUnder(paths, prefix);
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

const xmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The body as Body.getOoxml() (WordApi 1.1) hands it over: a flat OPC package whose document part holds every
 * paragraph with the properties a package gave it and its text in one run. This model keeps no run formatting,
 * tables or content-control wrappers, so the package has none.
 */
function bodyPackage(paragraphs: readonly Paragraph[]): string {
  const body = paragraphs
    .map((p) => {
      const pPr = p.pPr && p.pPr !== "word" ? p.pPr : "";
      const run = p.text ? `<w:r><w:t xml:space="preserve">${xmlEscape(p.text)}</w:t></w:r>` : "";
      return `<w:p>${pPr}${run}</w:p>`;
    })
    .join("");
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}

export function makeDocument(context: Context): object {
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
      getOoxml: () => clientResult(context, "body.getOoxml", () => bodyPackage(host.paragraphs)),
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
    // ContentControl.text: its paragraphs joined by "\r", as Word reports a range's text; read only what was loaded.
    const item = (c: { id: number }, paths: ReadonlySet<string>) => {
      const text = host.paragraphs
        .filter((p) => p.controls.includes(c.id))
        .map((p) => p.text)
        .join("\r");
      return loadedView({ id: c.id, text }, paths, "contentControl");
    };
    const collection = new Collection(context, "contentControls.getByTag", (paths) =>
      found().map((c) => item(c, paths)),
    );
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
  /** A part's methods act on the part as it is at sync time; `find` fails there as Word does for a part gone. */
  const partMethods = (find: () => StoredPart) => ({
    getXml: () => clientResult(context, "customXmlPart.getXml", () => find().xml),
    setXml: (xml: string) =>
      context.call("customXmlPart.setXml", () => {
        const part = find();
        host.partWrites++;
        part.xml = xml;
        part.namespace = namespaceOf(xml);
      }),
    delete: () =>
      context.call("customXmlPart.delete", () => {
        const part = find();
        host.parts = host.parts.filter((p) => p !== part);
      }),
  });
  /** A part whose `id` is read only after `load("id")` and a sync, as Word's proxies are. */
  const partProxy = (find: () => StoredPart) => {
    let loaded = false;
    const proxy = {
      get id(): string {
        return loaded ? find().id : notLoaded("customXmlPart.id");
      },
      load(spec?: unknown) {
        const paths = loadPaths(spec);
        context.call("customXmlPart.load", () => {
          find();
          loaded = loaded || paths.includes("id");
        });
        return proxy;
      },
      ...partMethods(find),
    };
    return context.strict(proxy, "customXmlPart");
  };
  const partView = (part: StoredPart, paths: Set<string>) =>
    context.strict(
      Object.assign(
        loadedView({ id: part.id }, paths, "customXmlPart"),
        partMethods(() => part),
      ),
      "customXmlPart",
    );
  return context.strict(
    {
      getByNamespace: (namespace: string) =>
        new Collection(context, "customXmlParts.getByNamespace", (paths) =>
          host.parts.filter((p) => p.namespace === namespace).map((part) => partView(part, paths)),
        ),
      getItem: (id: string) =>
        partProxy(() => host.parts.find((p) => p.id === id) ?? fail("ItemNotFound", `no custom XML part ${id}`)),
      add: (xml: string) => {
        let added: StoredPart | null = null;
        context.call("customXmlParts.add", () => {
          host.partWrites++;
          added = { id: `{part-${host.nextPartId++}}`, namespace: namespaceOf(xml), xml };
          host.parts.push(added);
        });
        return partProxy(() => added ?? fail("InvalidObjectPath", "the part is added at the next sync"));
      },
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
        getHeader: (type: string) => headerFooter(context, index, "header", type),
        getFooter: (type: string) => headerFooter(context, index, "footer", type),
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

const HEADER_FOOTER_TYPES = ["Primary", "FirstPage", "EvenPages"];

/**
 * A header or footer of a section (Section.getHeader/getFooter, WordApi 1.1; type Primary, FirstPage or EvenPages).
 * One that was never written is an empty paragraph, as Word shows it.
 */
function headerFooter(context: Context, index: number, part: "header" | "footer", type: string) {
  const host = context.host;
  if (!HEADER_FOOTER_TYPES.includes(type)) fail("InvalidArgument", `${part} type ${type}`);
  const primaryHeader = part === "header" && type === "Primary";
  const section = () => host.sections[index];
  const xmlOf = (): string =>
    primaryHeader ? section().headerXml : (section().parts?.[`${part}:${type}`] ?? "<w:p/>");
  const setXml = (xml: string): void => {
    if (primaryHeader) section().headerXml = xml;
    else section().parts = { ...section().parts, [`${part}:${type}`]: xml };
  };
  const view = { text: null as string | null };
  const controlRe = (tag: string) =>
    new RegExp(
      `(<w:sdt>(?:(?!<w:sdt>)[\\s\\S])*?<w:tag w:val="${tag}"/>[\\s\\S]*?<w:sdtContent>)([\\s\\S]*?)(</w:sdtContent></w:sdt>)`,
    );
  return context.strict(
    {
      load: (spec: unknown) =>
        context.call(`${part}.load`, () => {
          if (loadPaths(spec).includes("text"))
            view.text = parsePackage(
              `<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${xmlOf()}</w:body>`,
            )
              .paragraphs.map((p) => p.text)
              .join("\n");
        }),
      get text() {
        return view.text ?? notLoaded(`${part}.text`);
      },
      getOoxml: () =>
        clientResult(
          context,
          `${part}.getOoxml`,
          () =>
            `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>` +
            `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xmlOf()}` +
            `<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
        ),
      insertOoxml: (ooxml: string, location: string) =>
        context.call(`${part}.insertOoxml`, () => {
          if (location !== "Replace") fail("InvalidArgument", `${part}.insertOoxml "${location}"`);
          setXml(packageBodyXml(ooxml));
          host.insertions.push({
            target: part,
            location,
            ...packageSummary(parsePackage(ooxml)),
            ooxml,
            run: context.run,
          });
        }),
      contentControls: context.strict(
        {
          getByTag: (tag: string) => {
            const collection = new Collection(context, `${part}.contentControls.getByTag`, () =>
              controlRe(tag).test(xmlOf())
                ? [
                    context.strict(
                      {
                        insertOoxml: (ooxml: string, location: string) =>
                          context.call(`${part}.contentControl.insertOoxml`, () => {
                            if (location !== "Replace") fail("InvalidArgument", `insertOoxml "${location}"`);
                            setXml(
                              xmlOf().replace(
                                controlRe(tag),
                                (_, open: string, _old: string, close: string) => open + packageBodyXml(ooxml) + close,
                              ),
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
        `${part}.contentControls`,
      ),
    },
    part,
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
