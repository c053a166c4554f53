/**
 * Effective formatting: document defaults → table style → paragraph style chain → numbering level → direct
 * formatting, with theme fonts resolved the way Word resolves them for Vietnamese text.
 */
import { LayoutAlignment } from "../core/check/layout";
import { XmlElement, attr, childElements, documentElement, firstChild, parseXml } from "./xmlTree";

export interface RunProps {
  font?: string;
  fontOther?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  color?: string;
}

export interface ParaProps {
  align?: LayoutAlignment;
  left?: number;
  right?: number;
  firstLine?: number;
  before?: number;
  after?: number;
  lineRule?: "auto" | "exact" | "atLeast";
  lineValue?: number;
  outline?: number;
  bottomBorder?: boolean;
  numId?: string;
  ilvl?: number;
}

interface Style {
  type: string;
  name: string;
  basedOn?: string;
  pPr?: ParaProps;
  rPr?: RunProps;
}

export interface Theme {
  major?: string;
  minor?: string;
}

const OFF = new Set(["0", "false", "off", "none"]);
const onOff = (el: XmlElement | undefined): boolean | undefined =>
  el === undefined ? undefined : !OFF.has(attr(el, "w:val") ?? "true");

const JC: Record<string, LayoutAlignment> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "justify",
  distribute: "justify",
  highKashida: "justify",
  lowKashida: "justify",
  mediumKashida: "justify",
  thaiDistribute: "justify",
};

const num = (value: string | undefined): number | undefined =>
  value === undefined || value === "" || !Number.isFinite(+value) ? undefined : +value;

export function readRunProps(rPr: XmlElement | undefined, theme: Theme): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  for (const c of childElements(rPr)) {
    switch (c.name) {
      case "w:rFonts": {
        const themeFont = (key: string | undefined) =>
          key === undefined ? undefined : key.startsWith("major") ? theme.major : theme.minor;
        const ascii = attr(c, "w:asciiTheme") !== undefined ? themeFont(attr(c, "w:asciiTheme")) : attr(c, "w:ascii");
        const other = attr(c, "w:hAnsiTheme") !== undefined ? themeFont(attr(c, "w:hAnsiTheme")) : attr(c, "w:hAnsi");
        if (ascii !== undefined) props.font = ascii;
        if (other !== undefined) props.fontOther = other;
        break;
      }
      case "w:sz": {
        const v = num(attr(c, "w:val"));
        if (v !== undefined) props.sizePt = v / 2;
        break;
      }
      case "w:b":
        props.bold = onOff(c);
        break;
      case "w:i":
        props.italic = onOff(c);
        break;
      case "w:caps":
        props.caps = onOff(c);
        break;
      case "w:u":
        props.underline = !OFF.has(attr(c, "w:val") ?? "single");
        break;
      case "w:color":
        props.color = attr(c, "w:val");
        break;
    }
  }
  return props;
}

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  const props: ParaProps = {};
  if (!pPr) return props;
  for (const c of childElements(pPr)) {
    switch (c.name) {
      case "w:jc": {
        const v = JC[attr(c, "w:val") ?? ""];
        if (v) props.align = v;
        break;
      }
      case "w:ind": {
        const left = num(attr(c, "w:left") ?? attr(c, "w:start"));
        const right = num(attr(c, "w:right") ?? attr(c, "w:end"));
        const first = num(attr(c, "w:firstLine"));
        const hanging = num(attr(c, "w:hanging"));
        if (left !== undefined) props.left = left;
        if (right !== undefined) props.right = right;
        if (hanging !== undefined) props.firstLine = -hanging;
        else if (first !== undefined) props.firstLine = first;
        break;
      }
      case "w:spacing": {
        const before = num(attr(c, "w:before"));
        const after = num(attr(c, "w:after"));
        const beforeLines = num(attr(c, "w:beforeLines"));
        const afterLines = num(attr(c, "w:afterLines"));
        // Auto spacing is Word's HTML spacing: 14 pt before and after.
        if (attr(c, "w:beforeAutospacing") && onOff(c) !== false && attr(c, "w:beforeAutospacing") !== "0")
          props.before = 14;
        else if (beforeLines !== undefined && beforeLines > 0) props.before = (beforeLines / 100) * 12;
        else if (before !== undefined) props.before = before / 20;
        if (attr(c, "w:afterAutospacing") && attr(c, "w:afterAutospacing") !== "0") props.after = 14;
        else if (afterLines !== undefined && afterLines > 0) props.after = (afterLines / 100) * 12;
        else if (after !== undefined) props.after = after / 20;
        const line = num(attr(c, "w:line"));
        if (line !== undefined) {
          const rule = attr(c, "w:lineRule") ?? "auto";
          if (rule === "exact" || rule === "atLeast") {
            props.lineRule = rule;
            props.lineValue = Math.abs(line) / 20;
          } else {
            props.lineRule = "auto";
            props.lineValue = line / 240;
          }
        }
        break;
      }
      case "w:outlineLvl": {
        const v = num(attr(c, "w:val"));
        if (v !== undefined) props.outline = v;
        break;
      }
      case "w:pBdr": {
        const bottom = firstChild(c, "w:bottom");
        const val = attr(bottom, "w:val");
        if (bottom) props.bottomBorder = val !== undefined && val !== "nil" && val !== "none";
        break;
      }
      case "w:numPr": {
        const id = attr(firstChild(c, "w:numId"), "w:val");
        const lvl = num(attr(firstChild(c, "w:ilvl"), "w:val"));
        if (id !== undefined) props.numId = id;
        if (lvl !== undefined) props.ilvl = lvl;
        break;
      }
    }
  }
  return props;
}

/** Later values win; undefined never erases. */
export function mergeProps<T extends object>(...layers: Array<T | undefined>): T {
  const out = {} as T;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

const TOGGLES = ["bold", "italic", "caps"] as const;

export interface StyleSheet {
  defaultsRun: RunProps;
  defaultsPara: ParaProps;
  /** Paragraph properties of a paragraph style chain, base first. */
  paragraph(styleId: string | undefined): { pPr: ParaProps; rPr: RunProps; name?: string };
  character(styleId: string | undefined): RunProps;
  table(styleId: string | undefined): { pPr: ParaProps; rPr: RunProps };
  /** Indents of a numbering level. */
  numberingLevel(numId: string | undefined, ilvl: number | undefined): { pPr: ParaProps; text?: string } | undefined;
  theme: Theme;
}

function readTheme(xml: string | undefined, vietnamese: boolean): Theme {
  if (!xml) return {};
  // Word shows a theme font through the script entry of the document's theme language when there is one: a
  // Vietnamese document whose theme names "Calibri Light" for Latin and "Times New Roman" for script "Viet" is
  // set in Times New Roman.
  const pick = (block: string | undefined): string | undefined => {
    if (!block) return undefined;
    const viet = /<a:font\s+script="Viet"\s+typeface="([^"]*)"/.exec(block)?.[1];
    const latin = /<a:latin\s+typeface="([^"]*)"/.exec(block)?.[1];
    return (vietnamese && viet) || latin || undefined;
  };
  return {
    major: pick(/<a:majorFont>([\s\S]*?)<\/a:majorFont>/.exec(xml)?.[1]),
    minor: pick(/<a:minorFont>([\s\S]*?)<\/a:minorFont>/.exec(xml)?.[1]),
  };
}

export interface StyleSources {
  styles?: string;
  numbering?: string;
  theme?: string;
  settings?: string;
}

export function readStyleSheet(src: StyleSources): StyleSheet {
  const lang = src.settings ? /<w:themeFontLang\b[^>]*\bw:val="([^"]*)"/.exec(src.settings)?.[1] : undefined;
  const theme = readTheme(src.theme, (lang ?? "").toLowerCase().startsWith("vi"));
  const styles = new Map<string, Style>();
  let defaultsRun: RunProps = {};
  let defaultsPara: ParaProps = {};
  const defaults: Record<string, string> = {};
  if (src.styles) {
    const root = documentElement(parseXml(src.styles));
    const dd = firstChild(root, "w:docDefaults");
    defaultsRun = readRunProps(firstChild(firstChild(dd, "w:rPrDefault"), "w:rPr"), theme);
    defaultsPara = readParaProps(firstChild(firstChild(dd, "w:pPrDefault"), "w:pPr"));
    for (const s of childElements(root, "w:style")) {
      const id = attr(s, "w:styleId") ?? "";
      const type = attr(s, "w:type") ?? "paragraph";
      if (attr(s, "w:default") === "1" || attr(s, "w:default") === "true") defaults[type] ??= id;
      styles.set(id, {
        type,
        name: attr(firstChild(s, "w:name"), "w:val") ?? id,
        basedOn: attr(firstChild(s, "w:basedOn"), "w:val"),
        pPr: readParaProps(firstChild(s, "w:pPr")),
        rPr: readRunProps(firstChild(s, "w:rPr"), theme),
      });
    }
  }
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    let cur = id !== undefined ? styles.get(id) : undefined;
    for (let k = 0; cur && k < 20; k++) {
      out.unshift(cur);
      cur = cur.basedOn !== undefined ? styles.get(cur.basedOn) : undefined;
    }
    return out;
  };
  const numbering = readNumbering(src.numbering);
  const cache = new Map<string, { pPr: ParaProps; rPr: RunProps; name?: string }>();
  return {
    defaultsRun,
    defaultsPara,
    theme,
    paragraph(styleId) {
      const id = styleId !== undefined && styles.has(styleId) ? styleId : defaults.paragraph;
      const key = id ?? "";
      let hit = cache.get(key);
      if (!hit) {
        const c = chain(id);
        hit = {
          pPr: mergeProps<ParaProps>(...c.map((s) => s.pPr)),
          rPr: mergeProps<RunProps>(...c.map((s) => s.rPr)),
          name: c.length ? c[c.length - 1].name : undefined,
        };
        cache.set(key, hit);
      }
      return hit;
    },
    character(styleId) {
      if (styleId === undefined) return {};
      return mergeProps<RunProps>(...chain(styleId).map((s) => s.rPr));
    },
    table(styleId) {
      const c = chain(styleId !== undefined && styles.has(styleId) ? styleId : defaults.table);
      return {
        pPr: mergeProps<ParaProps>(...c.map((s) => s.pPr)),
        rPr: mergeProps<RunProps>(...c.map((s) => s.rPr)),
      };
    },
    numberingLevel(numId, ilvl) {
      if (numId === undefined || numId === "0") return undefined;
      return numbering.get(numId)?.[ilvl ?? 0];
    },
  };
}

function readNumbering(xml: string | undefined): Map<string, Array<{ pPr: ParaProps; text?: string }>> {
  const map = new Map<string, Array<{ pPr: ParaProps; text?: string }>>();
  if (!xml) return map;
  const root = documentElement(parseXml(xml));
  const abstract = new Map<string, Array<{ pPr: ParaProps; text?: string }>>();
  for (const a of childElements(root, "w:abstractNum")) {
    const levels: Array<{ pPr: ParaProps; text?: string }> = [];
    for (const l of childElements(a, "w:lvl")) {
      const fmt = attr(firstChild(l, "w:numFmt"), "w:val");
      const text = attr(firstChild(l, "w:lvlText"), "w:val");
      levels[+(attr(l, "w:ilvl") ?? 0)] = {
        pPr: readParaProps(firstChild(l, "w:pPr")),
        text: fmt === "bullet" ? "•" : fmt === "none" ? undefined : text,
      };
    }
    abstract.set(attr(a, "w:abstractNumId") ?? "", levels);
  }
  for (const n of childElements(root, "w:num")) {
    const levels = abstract.get(attr(firstChild(n, "w:abstractNumId"), "w:val") ?? "");
    if (levels) map.set(attr(n, "w:numId") ?? "", levels);
  }
  return map;
}

/**
 * Run properties in the order Word applies them. Bold, italic and caps toggle between the paragraph style and the
 * character style (ECMA-376 17.7.3); document defaults and direct formatting set them outright.
 */
export function effectiveRun(
  sheet: StyleSheet,
  layers: { table?: RunProps; paragraphStyle: RunProps; character: RunProps; direct: RunProps },
): RunProps {
  const merged = mergeProps<RunProps>(
    sheet.defaultsRun,
    layers.table,
    layers.paragraphStyle,
    layers.character,
    layers.direct,
  );
  for (const key of TOGGLES) {
    if (layers.direct[key] !== undefined) continue;
    const fromStyles = [layers.table?.[key], layers.paragraphStyle[key], layers.character[key]].filter(
      (v) => v !== undefined,
    ) as boolean[];
    if (fromStyles.length === 0) continue;
    merged[key] = fromStyles.reduce((a, b) => a !== b, sheet.defaultsRun[key] ?? false);
  }
  return merged;
}
