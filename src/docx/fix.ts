/**
 * Applies the check's safe fixes to WordprocessingML by splicing the source text: each fix rewrites only the
 * property element or the w:t it names (a w:sz, a w:jc, a margin, a dash), child order kept as ECMA-376 wants it,
 * so the rest of the part stays byte for byte what it was.
 */
import type { FixAction, PageFormat, ParagraphFormat, RunFormat } from "../core/check";
import { PackageParts } from "./packageParts";
import { LayoutSources, headerFooterKey } from "./layout";
import { paragraphContent, walkBlocks } from "./walk";
import { XmlElement, documentElement, escapeText, firstChild, isElement, parseXml } from "./xmlTree";

// Child order of the property containers (wml.xsd).
const ORDER = {
  "w:pPr":
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
  "w:rPr":
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange",
  "w:sectPr":
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
} as const;
type Container = keyof typeof ORDER;
const rank = (container: Container, name: string): number => {
  const i = ORDER[container].split(" ").indexOf(name.replace(/^w:/, ""));
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** A change to one property element: attributes to set (undefined removes) or `remove` the element. */
interface PropertyChange {
  name: string;
  attrs: Record<string, string | undefined>;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const attrText = (attrs: Record<string, string>): string =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, "&quot;")}"`)
    .join("");

function changedElement(existing: XmlElement | undefined, change: PropertyChange): string {
  const attrs: Record<string, string> = { ...(existing?.attrs ?? {}) };
  for (const [k, v] of Object.entries(change.attrs)) {
    if (v === undefined) delete attrs[k];
    else attrs[k] = v;
  }
  return `<${change.name}${attrText(attrs)}/>`;
}

/**
 * The new markup of a property container (w:pPr, w:rPr, w:sectPr) with `changes` applied: changed children are
 * rewritten, new ones inserted at their schema position, every other child kept as written.
 */
function containerSplice(
  source: string,
  name: Container,
  container: XmlElement | undefined,
  insertAt: number,
  changes: PropertyChange[],
): Splice {
  const pending = [...changes].sort((a, b) => rank(name, a.name) - rank(name, b.name));
  if (!container) {
    const body = pending.map((c) => changedElement(undefined, c)).join("");
    return { start: insertAt, end: insertAt, text: `<${name}>${body}</${name}>` };
  }
  // An element already there is rewritten where it stands, even when a tool wrote it out of schema order.
  const present = new Set(container.children.filter(isElement).map((c) => c.name));
  let out = source.slice(container.start, container.openEnd);
  if (container.openEnd === container.end) out = out.replace(/\/>$/, ">");
  for (const child of container.children) {
    if (!isElement(child)) {
      out += source.slice(child.start, child.end);
      continue;
    }
    const changed = pending.findIndex((c) => c.name === child.name);
    if (changed >= 0) {
      out += changedElement(child, pending[changed]);
      pending.splice(changed, 1);
      continue;
    }
    const known = child.name.startsWith("w:");
    for (let i = 0; i < pending.length;) {
      const c = pending[i];
      if (!present.has(c.name) && (!known || rank(name, c.name) < rank(name, child.name))) {
        out += changedElement(undefined, c);
        pending.splice(i, 1);
      } else i++;
    }
    out += source.slice(child.start, child.end);
  }
  out += pending.map((c) => changedElement(undefined, c)).join("");
  out += `</${name}>`;
  return { start: container.start, end: container.end, text: out };
}

const TWIPS = (pt: number) => String(Math.round(pt * 20));
const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

function paragraphChanges(set: ParagraphFormat, pPr: XmlElement | undefined): PropertyChange[] {
  const changes: PropertyChange[] = [];
  if (set.align) changes.push({ name: "w:jc", attrs: { "w:val": JC[set.align] } });
  if (set.firstLineTwips !== undefined || set.leftIndentTwips !== undefined) {
    const attrs: Record<string, string | undefined> = {};
    if (set.firstLineTwips !== undefined) {
      const v = Math.round(set.firstLineTwips);
      attrs["w:firstLine"] = v >= 0 ? String(v) : undefined;
      attrs["w:hanging"] = v < 0 ? String(-v) : undefined;
      attrs["w:firstLineChars"] = undefined;
      attrs["w:hangingChars"] = undefined;
    }
    if (set.leftIndentTwips !== undefined) {
      const existing = firstChild(pPr, "w:ind");
      const key = existing?.attrs["w:start"] !== undefined ? "w:start" : "w:left";
      attrs[key] = String(Math.round(set.leftIndentTwips));
      attrs["w:leftChars"] = undefined;
      attrs["w:startChars"] = undefined;
    }
    changes.push({ name: "w:ind", attrs });
  }
  if (set.spacingBeforePt !== undefined || set.line) {
    const attrs: Record<string, string | undefined> = {};
    if (set.spacingBeforePt !== undefined) {
      attrs["w:before"] = TWIPS(set.spacingBeforePt);
      attrs["w:beforeLines"] = undefined;
      attrs["w:beforeAutospacing"] = undefined;
    }
    if (set.line) {
      attrs["w:line"] = set.line.rule === "auto" ? String(Math.round(set.line.value * 240)) : TWIPS(set.line.value);
      attrs["w:lineRule"] = set.line.rule;
    }
    changes.push({ name: "w:spacing", attrs });
  }
  return changes;
}

function runChanges(set: RunFormat): PropertyChange[] {
  const changes: PropertyChange[] = [];
  const toggle = (name: string, on: boolean) => changes.push({ name, attrs: { "w:val": on ? undefined : "0" } });
  if (set.font) {
    const f = set.font;
    changes.push({
      name: "w:rFonts",
      attrs: {
        "w:ascii": f,
        "w:hAnsi": f,
        "w:eastAsia": f,
        "w:cs": f,
        "w:asciiTheme": undefined,
        "w:hAnsiTheme": undefined,
        "w:eastAsiaTheme": undefined,
        "w:cstheme": undefined,
      },
    });
  }
  if (set.bold !== undefined) toggle("w:b", set.bold);
  if (set.italic !== undefined) toggle("w:i", set.italic);
  if (set.color)
    changes.push({
      name: "w:color",
      attrs: { "w:val": set.color, "w:themeColor": undefined, "w:themeShade": undefined, "w:themeTint": undefined },
    });
  if (set.sizePt !== undefined) changes.push({ name: "w:sz", attrs: { "w:val": String(Math.round(set.sizePt * 2)) } });
  return changes;
}

function pageChanges(set: PageFormat, sectPr: XmlElement): PropertyChange[] {
  const changes: PropertyChange[] = [];
  if (set.widthTwips !== undefined || set.heightTwips !== undefined) {
    const attrs: Record<string, string | undefined> = { "w:code": "9" };
    if (set.widthTwips !== undefined) attrs["w:w"] = String(set.widthTwips);
    if (set.heightTwips !== undefined) attrs["w:h"] = String(set.heightTwips);
    changes.push({ name: "w:pgSz", attrs });
  }
  const margins: Record<string, string | undefined> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const v = set[side];
    if (v !== undefined) margins[`w:${side}`] = String(Math.round(v));
  }
  if (Object.keys(margins).length) {
    // pgMar requires all of its attributes; a missing one takes Word's default.
    const existing = firstChild(sectPr, "w:pgMar");
    const base = existing
      ? {}
      : {
          "w:top": "1440",
          "w:right": "1800",
          "w:bottom": "1440",
          "w:left": "1800",
          "w:header": "720",
          "w:footer": "720",
          "w:gutter": "0",
        };
    changes.push({ name: "w:pgMar", attrs: { ...base, ...margins } });
  }
  if (set.titlePage) changes.push({ name: "w:titlePg", attrs: { "w:val": undefined } });
  return changes;
}

export class FixError extends Error {}

type Targeted = Exclude<FixAction, { kind: "page" }>;

/** Applies fixes to one part's source; returns the new source. */
function fixPart(
  source: string,
  actions: Targeted[],
  sectionActions: Array<Extract<FixAction, { kind: "page" }>>,
): string {
  const root = documentElement(parseXml(source));
  const container = firstChild(root, "w:body") ?? root;
  const { paragraphs } = walkBlocks(container);
  const splices: Splice[] = [];

  const byParagraph = new Map<number, Targeted[]>();
  for (const a of actions) byParagraph.set(a.target.index, [...(byParagraph.get(a.target.index) ?? []), a]);

  for (const [index, list] of byParagraph) {
    const walked = paragraphs[index];
    if (!walked) throw new FixError(`paragraph ${index} not found`);
    const p = walked.p;
    const content = paragraphContent(p);
    if (content.text.normalize("NFC") !== list[0].target.text) throw new FixError(`paragraph ${index} has changed`);

    const pChanges = list.flatMap((a) =>
      a.kind === "paragraph" ? paragraphChanges(a.set, firstChild(p, "w:pPr")) : [],
    );
    if (pChanges.length)
      splices.push(containerSplice(source, "w:pPr", firstChild(p, "w:pPr"), p.openEnd, mergeChanges(pChanges)));

    // Run formatting: every run with text in a span. A run that also shows text outside the spans would change
    // more than the rule names: refused (the checker offers no fix for such a case).
    const runSets = new Map<XmlElement, PropertyChange[]>();
    const runActions = list.filter((a): a is Extract<Targeted, { kind: "run" }> => a.kind === "run");
    const inSpan = (at: number) => runActions.some((a) => at >= a.start && at < a.end);
    for (const a of runActions) {
      for (const piece of content.pieces) {
        if (piece.start + piece.text.length <= a.start || piece.start >= a.end) continue;
        runSets.set(piece.run, [...(runSets.get(piece.run) ?? []), ...runChanges(a.set)]);
      }
    }
    for (const piece of content.pieces) {
      if (!runSets.has(piece.run)) continue;
      for (let i = 0; i < piece.text.length; i++)
        if (!inSpan(piece.start + i) && piece.text[i].trim() !== "")
          throw new FixError(`a run of paragraph ${index} also holds text outside the fix`);
    }
    for (const [run, changes] of runSets)
      splices.push(containerSplice(source, "w:rPr", firstChild(run, "w:rPr"), run.openEnd, mergeChanges(changes)));

    // Text edits, in original offsets: each w:t gets its new text at once.
    const edits = list
      .filter((a): a is Extract<Targeted, { kind: "text" }> => a.kind === "text")
      .sort((x, y) => x.start - y.start);
    if (edits.length) {
      const newText = new Map<XmlElement, string>();
      for (const piece of content.pieces) {
        const from = piece.start;
        const to = from + piece.text.length;
        const touching = edits.filter(
          (e) => (e.start < to && e.end > from) || (e.start === e.end && e.start >= from && e.start < to),
        );
        if (!touching.length) continue;
        if (piece.kind !== "text") throw new FixError(`a text fix would touch a tab or break in paragraph ${index}`);
        let out = "";
        let cursor = from;
        for (const e of touching) {
          if (e.start >= cursor) out += piece.text.slice(cursor - from, e.start - from);
          if (e.start >= from) out += e.to;
          cursor = Math.min(to, Math.max(cursor, e.end));
        }
        out += piece.text.slice(cursor - from);
        newText.set(piece.node, out);
      }
      for (const [t, text] of newText)
        splices.push({ start: t.start, end: t.end, text: `<w:t xml:space="preserve">${escapeText(text)}</w:t>` });
    }
  }

  // Several fixes of one section (margins, paper, first page) become one rewrite of its w:sectPr.
  const bySection = new Map<number, PageFormat>();
  for (const a of sectionActions) bySection.set(a.section, { ...(bySection.get(a.section) ?? {}), ...a.set });
  for (const a of [...bySection].map(([section, set]) => ({ section, set }))) {
    const sectPrs = [
      ...paragraphs
        .map((w) => firstChild(firstChild(w.p, "w:pPr"), "w:sectPr"))
        .filter((s): s is XmlElement => s !== undefined),
      ...(firstChild(container, "w:sectPr") ? [firstChild(container, "w:sectPr") as XmlElement] : []),
    ];
    const sectPr = sectPrs[a.section];
    if (!sectPr) throw new FixError(`section ${a.section} not found`);
    splices.push(containerSplice(source, "w:sectPr", sectPr, sectPr.openEnd, pageChanges(a.set, sectPr)));
  }
  return splice(source, splices);
}

/** Changes to the same element merged into one (later attributes win). */
function mergeChanges(changes: PropertyChange[]): PropertyChange[] {
  const map = new Map<string, PropertyChange>();
  for (const c of changes) map.set(c.name, { name: c.name, attrs: { ...(map.get(c.name)?.attrs ?? {}), ...c.attrs } });
  return [...map.values()];
}

function splice(source: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  let limit = Infinity;
  for (const s of sorted) {
    if (s.end > limit) throw new FixError("overlapping fixes");
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

/**
 * The parts changed by `actions`. Throws FixError when a target paragraph no longer holds the text the check saw
 * (the document changed) or when a fix could not be applied exactly.
 */
export function applyFixActions(parts: PackageParts, sources: LayoutSources, actions: FixAction[]): PackageParts {
  const byPart = new Map<string, { targeted: Targeted[]; pages: Array<Extract<FixAction, { kind: "page" }>> }>();
  const bucket = (name: string) => {
    let b = byPart.get(name);
    if (!b) byPart.set(name, (b = { targeted: [], pages: [] }));
    return b;
  };
  for (const a of actions) {
    if (a.kind === "page") {
      bucket(sources.documentPart).pages.push(a);
      continue;
    }
    const w = a.target.where;
    const name =
      w.part === "body"
        ? sources.documentPart
        : sources.headerFooterParts.get(headerFooterKey(w.section, w.part, w.kind));
    if (!name) throw new FixError(`no ${w.part} part for section ${w.part === "body" ? 0 : w.section}`);
    bucket(name).targeted.push(a);
  }
  const changed: PackageParts = new Map();
  for (const [name, { targeted, pages }] of byPart) {
    const source = parts.get(name);
    if (source === undefined) throw new FixError(`part ${name} is missing`);
    // Header parts shared by several sections receive the same action more than once; keep one.
    const key = (a: Targeted) => JSON.stringify({ ...a, target: { index: a.target.index, text: a.target.text } });
    const unique = targeted.filter((a, i) => targeted.findIndex((b) => key(b) === key(a)) === i);
    changed.set(name, fixPart(source, unique, pages));
  }
  return changed;
}
