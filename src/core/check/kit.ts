/**
 * What a rule is, and the small helpers rules share to build findings and their fixes.
 */
import type { DocumentLayout, LayoutParagraph, LayoutRun } from "./layout";
import type { Placement, Segment } from "./place";
import { runsOf } from "./place";
import type {
  Area,
  BlockName,
  Finding,
  Fix,
  FixAction,
  ParagraphFormat,
  ParagraphTarget,
  Severity,
  Where,
} from "./types";

export interface CheckContext {
  layout: DocumentLayout;
  place: Placement;
}

/** One breach a rule found: where, an optional detail appended to the rule's message, and its fix if safe. */
export interface Hit {
  where: Where;
  detail?: string;
  detailEn?: string;
  fix?: Fix;
}

/** A rule of Decree 30 as data: identity, clause, severity, area, messages; `check` finds its breaches. */
export interface Rule {
  id: string;
  clause: string;
  severity: Severity;
  area: Area;
  message: string;
  messageEn: string;
  /** What its fix changes, in general terms; absent when the rule has no safe fix. */
  fixes?: string;
  check(ctx: CheckContext): Hit[];
}

export const target = (p: LayoutParagraph): ParagraphTarget => ({ where: p.where, index: p.index, text: p.text });

export const whereOf = (block: BlockName, p: LayoutParagraph, extra: Partial<Where> = {}): Where => ({
  block,
  part: p.where.part,
  paragraph: p.index,
  ...(p.where.part !== "body" && { section: p.where.section, kind: p.where.kind }),
  excerpt: p.text.trim().slice(0, 80),
  ...extra,
});

export const whereSegment = (block: BlockName, s: Segment): Where => ({
  ...whereOf(block, s.p),
  excerpt: s.text.slice(0, 80),
});

/** Runs of a segment that carry visible text. */
export const textRuns = (s: Segment): LayoutRun[] => runsOf(s);

/** The text as shown: w:caps runs in capitals. */
export function shownText(s: Segment): string {
  let out = "";
  for (let i = s.start; i < s.end;) {
    const run = s.p.runs.find((r) => r.start <= i && r.end > i);
    if (!run) {
      out += s.p.text[i];
      i++;
      continue;
    }
    const piece = s.p.text.slice(i, Math.min(run.end, s.end));
    out += run.caps ? piece.toLocaleUpperCase("vi") : piece;
    i += piece.length;
  }
  return out;
}

export const paragraphFix = (
  paragraphs: LayoutParagraph[],
  set: ParagraphFormat,
  description: string,
  descriptionEn: string,
): Fix => ({
  description,
  descriptionEn,
  actions: paragraphs.map((p): FixAction => ({ kind: "paragraph", target: target(p), set })),
});

/** A text edit of [start, end) in the paragraph; refused (undefined) when it would touch a tab or a line break. */
export function textFix(
  p: LayoutParagraph,
  start: number,
  end: number,
  to: string,
  description: string,
  descriptionEn: string,
): Fix | undefined {
  const from = p.text.slice(start, end);
  if (from === to || /[\t\n]/.test(from)) return undefined;
  return { description, descriptionEn, actions: [{ kind: "text", target: target(p), start, end, from, to }] };
}

export const fmtPt = (n: number): string => `${Math.round(n * 10) / 10}`;
/** A number as Vietnamese writes it: decimal comma ("7,5"). */
export const vn = (n: string | number): string => String(n).replace(".", ",");

/** The nearest value of a range. */
export const clampTo = (value: number, [min, max]: readonly [number, number]): number =>
  Math.min(max, Math.max(min, value));

/** Builds findings from a rule's hits; an audit-only document keeps them but loses the fixes. */
export function findingsOf(rule: Rule, hits: Hit[], auditOnly: boolean): Finding[] {
  return hits.map((hit) => {
    const fix = auditOnly ? undefined : hit.fix;
    return {
      rule: rule.id,
      severity: rule.severity,
      area: rule.area,
      clause: rule.clause,
      message: hit.detail ? `${rule.message} ${hit.detail}` : rule.message,
      messageEn: hit.detailEn ? `${rule.messageEn} ${hit.detailEn}` : rule.messageEn,
      where: hit.where,
      fixable: fix !== undefined,
      ...(fix && { fix }),
    };
  });
}

/**
 * "Số", "Kính gửi", "Nơi nhận", "Lưu" are each followed by a colon. `pattern` captures the word, the spaces after it
 * and the mark in its place; the fix puts the colon right after the word and keeps everything else.
 */
export function colonRule(spec: {
  id: string;
  clause: string;
  area: Area;
  block: BlockName;
  word: string;
  wordEn: string;
  pattern: RegExp;
  pick: (ctx: CheckContext) => Segment | undefined;
  /** Add a space after the colon when the word was directly followed by text. */
  spaceAfter: boolean;
}): Rule {
  return {
    id: spec.id,
    clause: spec.clause,
    severity: "error",
    area: spec.area,
    message: `Sau từ “${spec.word}” có dấu hai chấm (:).`,
    messageEn: `“${spec.wordEn}” is followed by a colon.`,
    fixes: "dấu hai chấm / colon",
    check: (ctx) => {
      const s = spec.pick(ctx);
      const m = s && spec.pattern.exec(s.text);
      if (!s || !m || m[3] === ":") return [];
      const to = `${m[1]}:${m[2] || (spec.spaceAfter ? " " : "")}`;
      const fix = textFix(
        s.p,
        s.start,
        s.start + m[0].length,
        to,
        `Thêm dấu hai chấm sau “${spec.word}”.`,
        `Add the colon after “${spec.wordEn}”.`,
      );
      return [{ where: whereSegment(spec.block, s), ...(fix && { fix }) }];
    },
  };
}
