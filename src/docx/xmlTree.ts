/**
 * A small XML element tree that remembers where each tag sits in the source text.
 *
 * Why not xmldom here: the compliance check reads a 300-page document.xml (~5 MB) and xmldom takes about a second
 * to parse it on our machines, which is the check's whole budget; and a safe fix must change only the bytes it
 * names, which a DOM re-serialisation cannot promise (namespace declarations, quoting and entities get rewritten).
 * A tokenizer over Word's well-formed output, with source offsets, gives both: ~50 ms to read and fixes that
 * splice the original text. It expands only the five predefined entities and character references (no DTD, so no
 * entity bombs), and reports mismatched tags instead of guessing.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "w:p". */
  name: string;
  readonly attrs: Record<string, string>;
  children: XmlNode[];
  readonly parent: XmlElement | null;
  /** Offsets in the source: the open tag [start, openEnd), the close tag [closeStart, end). Self-closed: equal. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

export interface XmlText {
  text: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

export const isElement = (node: XmlNode): node is XmlElement => (node as XmlElement).name !== undefined;

export class XmlSyntaxError extends Error {}

/**
 * Deeper than any real document goes (ten nested tables inside a text box are about 50), and shallow enough that
 * every recursive walk of the tree stays far from the call stack's limit, in Node and in old Office webviews.
 */
export const MAX_XML_DEPTH = 256;
export class XmlTooDeepError extends XmlSyntaxError {}

const TOKEN =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|([^<]+)|(<)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(value: string): string {
  if (value.indexOf("&") < 0) return value;
  return value.replace(ENTITY, (_, hex: string, dec: string, named: string) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Escapes text for an element's content. */
export const escapeText = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!source) return attrs;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source))) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  return attrs;
}

/** Attributes are parsed when first read: most elements (runs, text, rsids) are never asked for theirs. */
class Element implements XmlElement {
  children: XmlNode[] = [];
  closeStart: number;
  end: number;
  private parsed: Record<string, string> | null = null;
  constructor(
    readonly name: string,
    private readonly rawAttrs: string,
    readonly parent: XmlElement | null,
    readonly start: number,
    readonly openEnd: number,
  ) {
    this.closeStart = openEnd;
    this.end = openEnd;
  }
  get attrs(): Record<string, string> {
    if (!this.parsed) this.parsed = parseAttrs(this.rawAttrs);
    return this.parsed;
  }
  /** Whether the open tag may declare a namespace (checked without parsing the attributes). */
  get declaresNamespace(): boolean {
    return this.rawAttrs.indexOf("xmlns") >= 0;
  }
}

/** Whether an element's open tag may declare a namespace ("xmlns", "xmlns:w"): only then do its prefixes change. */
export const declaresNamespace = (node: XmlElement): boolean =>
  node instanceof Element ? node.declaresNamespace : Object.keys(node.attrs).some((k) => k.startsWith("xmlns"));

/**
 * Parses a whole part; throws XmlSyntaxError on a stray "<" or a mismatched, missing or extra close tag, and
 * XmlTooDeepError past `maxDepth` open elements (MAX_XML_DEPTH, for callers that walk the tree recursively).
 */
export function parseXml(source: string, maxDepth = MAX_XML_DEPTH): XmlElement {
  const root: XmlElement = {
    name: "#document",
    attrs: {},
    children: [],
    parent: null,
    start: 0,
    openEnd: 0,
    closeStart: source.length,
    end: source.length,
  };
  let current = root;
  let depth = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(source))) {
    const at = m.index;
    if (m[7] !== undefined) throw new XmlSyntaxError(`unexpected "<" at ${at}`);
    if (m[6] !== undefined) {
      if (current !== root) current.children.push({ text: decodeEntities(m[6]), start: at, end: TOKEN.lastIndex });
      continue;
    }
    if (m[5] !== undefined) {
      current.children.push({ text: m[5], start: at, end: TOKEN.lastIndex });
      continue;
    }
    if (m[2] === undefined) continue; // comment, processing instruction, doctype
    const name = m[2];
    if (m[1]) {
      if (current.name !== name) throw new XmlSyntaxError(`</${name}> closes <${current.name}> at ${at}`);
      current.closeStart = at;
      current.end = TOKEN.lastIndex;
      current = current.parent ?? root;
      depth--;
      continue;
    }
    const element = new Element(name, m[3], current, at, TOKEN.lastIndex);
    current.children.push(element);
    if (m[4]) continue;
    if (++depth > maxDepth) throw new XmlTooDeepError(`elements nested more than ${maxDepth} deep at ${at}`);
    current = element;
  }
  if (current !== root) throw new XmlSyntaxError(`<${current.name}> is not closed`);
  const top = root.children.find(isElement);
  if (!top) throw new XmlSyntaxError("no root element");
  return root;
}

/** The document element (the first element under the parse root). */
export const documentElement = (root: XmlElement): XmlElement => root.children.find(isElement) as XmlElement;

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of node.children) if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

/** A w:-prefixed attribute (Word always writes the "w" prefix for WordprocessingML). */
export const attr = (node: XmlElement | undefined, name: string): string | undefined => node?.attrs[name];

/** All descendants with this name, in document order. */
export function descendants(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of node.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
