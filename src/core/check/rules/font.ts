/**
 * Phông chữ (Phụ lục I, Phần I, Mục I.4): Times New Roman, Unicode (TCVN 6909:2001), black.
 */
import type { LayoutParagraph, LayoutRun } from "../layout";
import { Hit, Rule, target, whereOf } from "../kit";
import type { FixAction } from "../types";

const CLAUSE = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4";
const TNR = "Times New Roman";
/** A character outside ASCII: Vietnamese letters, which a legacy font stores differently. */
const NON_ASCII = /[^\u0020-\u007e\s]/;

/** TCVN3 (ABC) and VNI fonts store Vietnamese in a legacy 8-bit encoding, not Unicode. */
const LEGACY = /^(\.?vn|vni[-\s]|vn[-\s]|abc)/i;

interface RunAt {
  p: LayoutParagraph;
  run: LayoutRun;
}

function visibleRuns(paragraphs: LayoutParagraph[]): RunAt[] {
  const out: RunAt[] = [];
  for (const p of paragraphs) {
    if (p.placeholder) continue;
    for (const run of p.runs) if (run.text.trim() !== "" && !run.placeholder) out.push({ p, run });
  }
  return out;
}

const allParagraphs = (ctx: Parameters<Rule["check"]>[0]): LayoutParagraph[] => [
  ...ctx.layout.paragraphs,
  ...ctx.layout.sections.flatMap((s) =>
    [...s.headers, ...s.footers].filter((h) => !h.inherited).flatMap((h) => h.paragraphs),
  ),
];

/** Fonts of a run that show text: ASCII, and the other-Latin slot when the run has Vietnamese letters. */
function fontsOf(run: LayoutRun): string[] {
  const fonts: string[] = [];
  if (run.font && /[\x20-\x7e]/.test(run.text)) fonts.push(run.font);
  if (run.fontOther && NON_ASCII.test(run.text)) fonts.push(run.fontOther);
  return fonts;
}

function grouped(runs: RunAt[], bad: (run: LayoutRun) => string | undefined): Map<string, RunAt[]> {
  const map = new Map<string, RunAt[]>();
  for (const r of runs) {
    const key = bad(r.run);
    if (key === undefined) continue;
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
}

const where = (list: RunAt[]) => {
  const indexes = [...new Set(list.filter((r) => r.p.where.part === "body").map((r) => r.p.index))];
  return { ...whereOf("document", list[0].p), paragraphs: indexes };
};

const legacy: Rule = {
  id: "font.unicode",
  clause: CLAUSE,
  severity: "error",
  area: "font",
  message: "Văn bản phải dùng phông chữ Unicode (TCVN 6909:2001); phông TCVN3/VNI hiển thị sai trên máy khác.",
  messageEn: "Text must use a Unicode font (TCVN 6909:2001); TCVN3/VNI fonts show garbled text elsewhere.",
  check: (ctx) =>
    // Digits and plain ASCII look the same in a legacy font; only Vietnamese letters are stored differently.
    [
      ...grouped(visibleRuns(allParagraphs(ctx)), (run) =>
        NON_ASCII.test(run.text) ? fontsOf(run).find((f) => LEGACY.test(f)) : undefined,
      ),
    ].map(([font, list]): Hit => ({ where: where(list), detail: `(phông “${font}”.)`, detailEn: `(font “${font}”.)` })),
};

const family: Rule = {
  id: "font.times-new-roman",
  clause: CLAUSE,
  severity: "warning",
  area: "font",
  message: "Nghị định 30 quy định phông chữ Times New Roman.",
  messageEn: "Decree 30 names the Times New Roman font.",
  fixes: "phông chữ / font",
  check: (ctx) =>
    [
      ...grouped(visibleRuns(allParagraphs(ctx)), (run) =>
        fontsOf(run).find((f) => !isTimes(f) && !(LEGACY.test(f) && NON_ASCII.test(run.text))),
      ),
    ].map(([font, list]): Hit => ({
      where: where(list),
      detail: `(đang dùng “${font}” ở ${list.length} đoạn chữ.)`,
      detailEn: `(“${font}” in ${list.length} runs.)`,
      fix: {
        description: `Đổi phông “${font}” thành Times New Roman.`,
        descriptionEn: `Change “${font}” to Times New Roman.`,
        actions: list.map((r): FixAction => ({
          kind: "run",
          target: target(r.p),
          start: r.run.start,
          end: r.run.end,
          set: { font: TNR },
        })),
      },
    })),
};

/** "Times New Roman Italic" and the like name a face of the same family. */
const isTimes = (font: string): boolean => font === TNR || font.startsWith(`${TNR} `);

const BLACK = new Set(["auto", "000000"]);
/** Urgency and secrecy marks are stamped in red (Phụ lục I, Mục III.2): their colour is the decree's own. */
const RED_MARKS = /^(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT)$/u;

const color: Rule = {
  id: "font.black",
  clause: CLAUSE,
  severity: "error",
  area: "font",
  message: "Chữ trong văn bản phải màu đen.",
  messageEn: "Text must be black.",
  fixes: "màu chữ / colour",
  check: (ctx) => {
    const bad = visibleRuns(allParagraphs(ctx)).filter(
      (r) =>
        r.run.color !== undefined &&
        !BLACK.has(r.run.color.toLowerCase() === "auto" ? "auto" : r.run.color.toUpperCase()) &&
        !RED_MARKS.test(r.p.text.trim().toLocaleUpperCase("vi")),
    );
    if (!bad.length) return [];
    return [
      {
        where: where(bad),
        detail: `(${bad.length} đoạn chữ có màu khác.)`,
        detailEn: `(${bad.length} runs in another colour.)`,
        fix: {
          description: "Đặt màu chữ đen cho các đoạn chữ có màu.",
          descriptionEn: "Make the coloured runs black.",
          actions: bad.map((r): FixAction => ({
            kind: "run",
            target: target(r.p),
            start: r.run.start,
            end: r.run.end,
            set: { color: "000000" },
          })),
        },
      },
    ];
  },
};

export const FONT_RULES: Rule[] = [legacy, family, color];
