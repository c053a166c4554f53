/**
 * Whole-document mutations of a .docx, seeded: what a damaged disk, a careless tool or a hostile sender makes of a
 * real document. Each mutant is reproducible from its seed; its name lists the mutations applied.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { CHECKLIST_NS, W_NS } from "./hostileDocs";

/** mulberry32: a tiny seeded generator, so a mutant is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
export type Rng = ReturnType<typeof rng>;

type Parts = Record<string, Uint8Array>;
type Element_ = ReturnType<DOMParser["parseFromString"]>["documentElement"] & {};

const DOCUMENT = "word/document.xml";

/** Parses a part, changes it, writes it back; a part that does not parse (already damaged) is left as it is. */
function editXml(parts: Parts, name: string, edit: (root: Element_) => void): void {
  if (!parts[name]) return;
  let root: Element_ | null = null;
  try {
    root = new DOMParser({ onError: () => undefined }).parseFromString(
      strFromU8(parts[name]),
      "text/xml",
    ).documentElement;
  } catch {
    return;
  }
  if (!root) return;
  edit(root);
  parts[name] = strToU8(new XMLSerializer().serializeToString(root.ownerDocument!));
}

const elementChildren = (n: Element_): Element_[] =>
  Array.from(n.childNodes).filter((c): c is Element_ => c.nodeType === 1) as Element_[];

function all(root: Element_, localName: string): Element_[] {
  const found: Element_[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.localName === localName) found.push(n);
    stack.push(...elementChildren(n));
  }
  return found;
}

/** Removes every child named `localName` but the first. */
function keepFirst(parent: Element_, localName: string): void {
  for (const extra of elementChildren(parent)
    .filter((c) => c.localName === localName)
    .slice(1))
    parent.removeChild(extra);
}

const body = (root: Element_) => elementChildren(root).find((c) => c.localName === "body");

/** Characters that have broken readers: controls, lone surrogates, bidi and zero-width, combining marks, wide digits. */
const HOSTILE_CHARS = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u007f",
  "\u0085",
  "\r",
  "\n",
  "\t",
  "\ud800",
  "\udfff",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u0301",
  "\u0323",
  "\u0300\u0301\u0302\u0303",
  "１２/０６/２０２６",
  "ngày 32 tháng 13",
  "00/00/2026",
  "]]>",
  "<![CDATA[",
  "&amp;",
  "𝕏",
  "😀",
  "中文",
  "Đ",
  "ǅ",
  "\u2028",
  "\u2029",
  "Số:",
  "chậm nhất ngày 15/6/2026",
];

function randomText(r: Rng): string {
  let s = "";
  for (let i = 0, n = 1 + r.int(8); i < n; i++)
    s += r.next() < 0.7 ? r.pick(HOSTILE_CHARS) : String.fromCodePoint(r.int(0x2ffff));
  return s;
}

export interface Mutation {
  name: string;
  apply(parts: Parts, r: Rng): void;
}

/** Mutations of the parts (before zipping again); byte-level damage is applied after, see mutate(). */
export const MUTATIONS: Mutation[] = [
  {
    name: "shuffle-blocks",
    apply: (parts, r) =>
      editXml(parts, DOCUMENT, (root) => {
        const b = body(root);
        if (!b) return;
        const blocks = elementChildren(b).filter((c) => c.localName !== "sectPr");
        for (const block of blocks) b.removeChild(block);
        for (let i = blocks.length - 1; i > 0; i--) {
          const j = r.int(i + 1);
          [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
        }
        const sect = elementChildren(b).find((c) => c.localName === "sectPr") ?? null;
        for (const block of blocks) b.insertBefore(block, sect);
      }),
  },
  {
    name: "duplicate-tables",
    apply: (parts, r) =>
      editXml(parts, DOCUMENT, (root) => {
        const tables = all(root, "tbl");
        const blocks = tables.length ? tables : all(root, "p");
        if (!blocks.length) return;
        const block = r.pick(blocks);
        for (let i = 0, n = 1 + r.int(40); i < n; i++) block.parentNode!.insertBefore(block.cloneNode(true), block);
      }),
  },
  {
    name: "nest-table-in-itself",
    apply: (parts, r) =>
      editXml(parts, DOCUMENT, (root) => {
        const tables = all(root, "tbl");
        if (!tables.length) return;
        const table = r.pick(tables);
        // The table cut to its first cell, so that depth, not size, is what grows; each level is a fresh copy of
        // it placed in the first cell of the level above.
        const template = table.cloneNode(true) as Element_;
        keepFirst(template, "tr");
        const firstRow = elementChildren(template).find((c) => c.localName === "tr");
        if (firstRow) keepFirst(firstRow, "tc");
        let inner = table;
        for (let depth = 0, n = 1 + r.int(200); depth < n; depth++) {
          const cell = all(inner, "tc")[0];
          if (!cell) return;
          const copy = template.cloneNode(true) as Element_;
          cell.appendChild(copy);
          // Word wants a paragraph last in a cell.
          cell.appendChild(root.ownerDocument!.createElementNS(W_NS, "w:p"));
          inner = copy;
        }
      }),
  },
  {
    name: "deep-content-controls",
    apply: (parts, r) =>
      editXml(parts, DOCUMENT, (root) => {
        const paragraphs = all(root, "p");
        if (!paragraphs.length) return;
        const p = r.pick(paragraphs);
        let wrapped: Element_ = p;
        const doc = root.ownerDocument!;
        const parent = p.parentNode!;
        const marker = doc.createTextNode("");
        parent.replaceChild(marker, p);
        for (let i = 0, n = 1 + r.int(3000); i < n; i++) {
          const kind = r.pick(["sdt", "ins", "customXml", "smartTag"]);
          const outer = doc.createElementNS(W_NS, `w:${kind}`);
          if (kind === "sdt") {
            const content = doc.createElementNS(W_NS, "w:sdtContent");
            content.appendChild(wrapped);
            outer.appendChild(content);
          } else outer.appendChild(wrapped);
          wrapped = outer;
        }
        parent.replaceChild(wrapped, marker);
      }),
  },
  {
    name: "random-unicode",
    apply: (parts, r) =>
      editXml(parts, DOCUMENT, (root) => {
        const texts = all(root, "t");
        for (let i = 0, n = 1 + r.int(12); i < n && texts.length; i++) {
          const t = r.pick(texts);
          const old = t.textContent ?? "";
          const at = r.int(old.length + 1);
          t.textContent = old.slice(0, at) + randomText(r) + old.slice(at);
        }
      }),
  },
  {
    name: "numbering-extremes",
    apply: (parts, r) => {
      const huge = () => r.pick(["4294967295", "-1", "1000000", "1000000000000", "NaN", "9", "8", "0", "1e400"]);
      const edit = (root: Element_) => {
        for (const el of [...all(root, "ilvl"), ...all(root, "lvl"), ...all(root, "start")]) {
          if (r.next() < 0.5) continue;
          if (el.hasAttributeNS(W_NS, "val")) el.setAttributeNS(W_NS, "w:val", huge());
          if (el.hasAttributeNS(W_NS, "ilvl")) el.setAttributeNS(W_NS, "w:ilvl", huge());
        }
        for (const fmt of all(root, "numFmt"))
          if (r.next() < 0.5)
            fmt.setAttributeNS(W_NS, "w:val", r.pick(["upperRoman", "lowerLetter", "bullet", "none", "x"]));
      };
      editXml(parts, "word/numbering.xml", edit);
      editXml(parts, DOCUMENT, edit);
    },
  },
  {
    name: "truncate-part",
    apply: (parts, r) => {
      const name = r.pick(Object.keys(parts).filter((n) => n.endsWith(".xml")));
      if (name) parts[name] = parts[name].slice(0, r.int(parts[name].length));
    },
  },
  {
    name: "xml-byte-damage",
    apply: (parts, r) => {
      const bytes = parts[DOCUMENT];
      if (!bytes) return;
      const damaged = bytes.slice();
      for (let i = 0, n = 1 + r.int(20); i < n; i++) damaged[r.int(damaged.length)] = r.int(256);
      parts[DOCUMENT] = damaged;
    },
  },
  {
    name: "drop-part",
    apply: (parts, r) => {
      const name = r.pick(Object.keys(parts));
      if (name) delete parts[name];
    },
  },
  {
    name: "checklist-of-random-shape",
    apply: (parts, r) => {
      const shapes: unknown[] = [
        null,
        {},
        [],
        "x",
        7,
        true,
        { text: 5 },
        { text: "t", done: "yes" },
        { text: "Bóng ma", done: false },
        { text: "t", done: true, edit: { coOwners: "x", deadline: "mai" } },
        { id: "m", text: "tay", deadline: { raw: 1, kind: "x" } },
      ];
      const entries = Object.fromEntries(Array.from({ length: r.int(20) }, (_, i) => [`t${i}`, r.pick(shapes)]));
      const manual = Array.from({ length: r.int(5) }, () => r.pick(shapes));
      const json = JSON.stringify({ schemaVersion: r.pick([2, 2, 1, 3, "2"]), entries, manual, done: r.pick(shapes) });
      parts[`customXml/item${1 + r.int(3)}.xml`] = strToU8(
        `<checklist xmlns="${CHECKLIST_NS}" version="2"><![CDATA[${r.next() < 0.2 ? json.slice(0, r.int(json.length)) : json}]]></checklist>`,
      );
    },
  },
];

export interface Mutant {
  name: string;
  bytes: Uint8Array;
}

/** One mutant of a .docx: one to three part mutations, and sometimes damage to the zip's bytes. */
export function mutate(docx: Uint8Array, seed: number): Mutant {
  const r = rng(seed);
  const parts = unzipSync(docx);
  const names: string[] = [];
  for (let i = 0, n = 1 + r.int(3); i < n; i++) {
    const mutation = r.pick(MUTATIONS);
    mutation.apply(parts, r);
    names.push(mutation.name);
  }
  let bytes = zipSync(parts);
  const damage = r.next();
  if (damage < 0.1) {
    bytes = bytes.slice(0, r.int(bytes.length));
    names.push("truncate-zip");
  } else if (damage < 0.2) {
    bytes = bytes.slice();
    for (let i = 0, n = 1 + r.int(10); i < n; i++) bytes[r.int(bytes.length)] = r.int(256);
    names.push("zip-byte-damage");
  }
  return { name: names.join("+"), bytes };
}
