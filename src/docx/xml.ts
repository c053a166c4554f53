/** WordprocessingML as DOM-like nodes (xmlView.ts over xmlTree): the few members the readers use, and w: helpers. */

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// The DOM's node members the readers need, no more; xmldom's nodes (in tests) have them too.
export interface XNode {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  childNodes: { length: number; [i: number]: XNode };
  getAttributeNS?(ns: string, name: string): string | null;
  getAttribute?(name: string): string | null;
  textContent: string | null;
}

/** The w: element children of a node, optionally only those named `name`. */
export function children(n: XNode, name?: string): XNode[] {
  const out: XNode[] = [];
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i];
    if (c.nodeType === 1 && c.namespaceURI === W && (!name || c.localName === name)) out.push(c);
  }
  return out;
}

export const child = (n: XNode, name: string): XNode | undefined => children(n, name)[0];

export function wAttr(n: XNode | undefined, name: string): string | null {
  if (!n) return null;
  return n.getAttributeNS?.(W, name) ?? n.getAttribute?.(`w:${name}`) ?? null;
}

/**
 * Visits the w: elements under `root` in document order without recursion (a hostile file nests tables or
 * content controls thousands deep, past any call stack). `visit` returns true to go into the node's children.
 */
export function walkElements(root: XNode, visit: (node: XNode, parent: XNode) => boolean): void {
  const stack: { parent: XNode; nodes: XNode[]; next: number }[] = [{ parent: root, nodes: children(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.next++];
    if (visit(node, top.parent)) stack.push({ parent: node, nodes: children(node), next: 0 });
  }
}
