/**
 * The reader's view (XNode, xml.ts) of a part parsed by xmlTree instead of xmldom. xmldom took about 1.3 s and most of
 * the garbage collector's time on a 300-page document.xml (7.5 MB), past the CLI's 5 s budget on a slow machine;
 * xmlTree reads it in a fraction of that. Children are wrapped when first asked for, and a prefix is resolved through
 * the xmlns declarations in scope, so "w:p" and a default-namespace "p" are the same element, as in a DOM.
 */
import type { XNode } from "./xml";
import { XmlElement, XmlNode, declaresNamespace, isElement } from "./xmlTree";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
type Scope = ReadonlyMap<string, string>;

class TextView implements XNode {
  readonly nodeType = 3;
  readonly localName = null;
  readonly namespaceURI = null;
  readonly childNodes: XNode[] = [];
  constructor(readonly textContent: string) {}
}

class ElementView implements XNode {
  readonly nodeType = 1;
  readonly localName: string;
  readonly namespaceURI: string | null;
  private kids: XNode[] | null = null;
  private readonly scope: Scope;

  constructor(
    private readonly el: XmlElement,
    parentScope: Scope,
  ) {
    this.scope = declaresNamespace(el) ? withDeclarations(parentScope, el.attrs) : parentScope;
    const colon = el.name.indexOf(":");
    this.localName = colon < 0 ? el.name : el.name.slice(colon + 1);
    this.namespaceURI = this.scope.get(colon < 0 ? "" : el.name.slice(0, colon)) ?? null;
  }

  get childNodes(): XNode[] {
    if (!this.kids) this.kids = this.el.children.map((c) => view(c, this.scope));
    return this.kids;
  }

  getAttribute(name: string): string | null {
    return this.el.attrs[name] ?? null;
  }

  getAttributeNS(ns: string, local: string): string | null {
    for (const [name, value] of Object.entries(this.el.attrs)) {
      const colon = name.indexOf(":");
      if (colon > 0 && name.slice(colon + 1) === local && this.scope.get(name.slice(0, colon)) === ns) return value;
    }
    return null;
  }

  /** The text of every text node under it, in order; iterative, as elements may nest thousands deep. */
  get textContent(): string {
    let out = "";
    const stack: XmlNode[] = [this.el];
    while (stack.length) {
      const n = stack.pop()!;
      if (!isElement(n)) out += n.text;
      else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    return out;
  }
}

function withDeclarations(parent: Scope, attrs: Record<string, string>): Scope {
  const scope = new Map(parent);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice(6), value);
  }
  return scope;
}

const view = (n: XmlNode, scope: Scope): XNode => (isElement(n) ? new ElementView(n, scope) : new TextView(n.text));

/** The document element of a parsed part, as the reader's XNode. */
export function viewOf(root: XmlElement): XNode {
  return new ElementView(root, new Map([["xml", XML_NS]]));
}
