/* eslint-disable office-addins/load-object-before-read --
 * The rule reads ClientResult.value and writes through navigation properties (section.pageSetup, paragraph.font)
 * as unloaded reads; the tests pin what is loaded before each sync. */
/**
 * What the "Kiểm tra" tab asks of Word: read the document once as OOXML, select a paragraph, and apply the check's
 * safe fixes as targeted property changes in one batch (never re-inserting the body).
 *
 * Undo: Word's JavaScript API has no way to group changes into one undo record (OfficeDev/office-js#1827, answered
 * "no plans"), so each change of a fix batch is its own step in Word's undo list; the pane says so.
 */
import type { FixAction, ParagraphTarget, PartRef } from "../core/check";
import type { WordSnapshot } from "../docx/wordSnapshot";
import { Effect, toGatewayError } from "./errors";
import { GatewayError, GatewayResult, ok } from "./gateway";

export interface FixOutcome {
  /** Actions applied. */
  applied: number;
  /** Actions this host could not apply (page setup without WordApiDesktop 1.3, headers of later sections). */
  skipped: FixAction[];
}

export interface CheckGateway {
  /** The body's OOXML, the first section's headers and footers, and whether Word opened it read-only. One sync. */
  readForCheck(): Promise<GatewayResult<WordSnapshot>>;
  /**
   * Selects paragraph `index` of the body or of a first-section header/footer if it still contains `excerpt`;
   * error "not-found" when it changed. Two syncs.
   */
  selectParagraph(where: PartRef, index: number, excerpt: string): Promise<GatewayResult>;
  /**
   * Applies fix actions in one batch after checking that every paragraph still holds the text the check saw
   * (else nothing is changed and the error says to check again). Two syncs: read, then write.
   */
  applyFixes(actions: FixAction[]): Promise<GatewayResult<FixOutcome>>;
}

export const documentChangedError = (): GatewayError => ({
  code: "not-found",
  message: "Văn bản đã thay đổi từ lần kiểm tra trước. Hãy bấm Kiểm tra lại rồi sửa.",
  messageEn: "The document changed since the last check. Check again, then fix.",
});

/** `effect`: what a failure may have left behind (a read or a selection changes nothing in the document). */
async function run<T>(
  batch: (context: Word.RequestContext) => Promise<T | GatewayError>,
  effect: Effect = "writes",
): Promise<GatewayResult<T>> {
  try {
    const value = await Word.run(batch);
    if (value && typeof value === "object" && "code" in (value as object) && "messageEn" in (value as object))
      return { ok: false, error: value as GatewayError };
    return ok(value as T);
  } catch (error) {
    return { ok: false, error: toGatewayError(error, effect) };
  }
}

const HEADER_TYPE = { default: "Primary", first: "FirstPage", even: "EvenPages" } as const;
/** Hosts that do not report a mode (older ones, test hosts) count as writable. */
const isReadOnly = (): boolean => {
  const mode = Office.context.document?.mode;
  return mode !== undefined && mode === Office.DocumentMode?.ReadOnly;
};
const supports = (set: string, version: string): boolean => Office.context.requirements.isSetSupported(set, version);
const same = (a: string, b: string): boolean => a.normalize("NFC") === b.normalize("NFC");

/** The shortest stretch around [start, end) that occurs once in the text: what Word's search can find exactly. */
export function uniqueWindow(text: string, start: number, end: number): { start: number; end: number } | null {
  for (let grow = 0; grow <= text.length; grow++) {
    const from = Math.max(0, start - grow);
    const to = Math.min(text.length, Math.max(end, start + 1) + grow);
    const piece = text.slice(from, to);
    if (piece.length > 250) return null;
    if (piece.trim() && text.indexOf(piece) === text.lastIndexOf(piece)) return { start: from, end: to };
  }
  return null;
}

/** Word's search treats "^" as an escape. */
const searchable = (s: string): string => s.replace(/\^/g, "^^");

const ALIGN = { left: "Left", center: "Centered", right: "Right", justify: "Justified" } as const;
const points = (twips: number): number => twips / 20;

type Collections = Map<string, Word.ParagraphCollection>;

/** The paragraphs of the body or of one of the first section's headers and footers (the only ones the pane reads). */
function paragraphsOf(context: Word.RequestContext, where: PartRef): Word.ParagraphCollection | undefined {
  if (where.part === "body") return context.document.body.paragraphs;
  if (where.section !== 0) return undefined;
  const section = context.document.sections.getFirst();
  return where.part === "header"
    ? section.getHeader(HEADER_TYPE[where.kind]).paragraphs
    : section.getFooter(HEADER_TYPE[where.kind]).paragraphs;
}
const keyOf = (where: PartRef): string => (where.part === "body" ? "body" : `${where.part}:${where.kind}`);

export const officeCheckGateway: CheckGateway = {
  readForCheck: () =>
    run(async (context) => {
      const body = context.document.body.getOoxml();
      const section = context.document.sections.getFirst();
      const headers = {
        default: section.getHeader("Primary").getOoxml(),
        first: section.getHeader("FirstPage").getOoxml(),
      };
      const footers = {
        default: section.getFooter("Primary").getOoxml(),
        first: section.getFooter("FirstPage").getOoxml(),
      };
      await context.sync();
      return {
        readOnly: isReadOnly(),
        body: body.value,
        headers: { default: headers.default.value, first: headers.first.value },
        footers: { default: footers.default.value, first: footers.first.value },
      };
    }, "reads"),

  selectParagraph: (where, index, excerpt) =>
    run(async (context) => {
      const paragraphs = paragraphsOf(context, where);
      if (!paragraphs) return documentChangedError();
      paragraphs.load("items/text");
      await context.sync();
      const p = paragraphs.items[index];
      if (!p || !p.text.normalize("NFC").includes(excerpt.normalize("NFC"))) return documentChangedError();
      p.select();
      await context.sync();
      return undefined;
    }, "reads"),

  applyFixes: (actions) =>
    run(async (context) => {
      const skipped: FixAction[] = [];
      const collections: Collections = new Map();
      const section = context.document.sections.getFirst();
      const collectionFor = (where: PartRef): Word.ParagraphCollection | undefined => {
        const key = keyOf(where);
        let c = collections.get(key);
        if (!c) {
          c = paragraphsOf(context, where);
          if (!c) return undefined;
          c.load("items/text");
          collections.set(key, c);
        }
        return c;
      };
      for (const a of actions) if (a.kind !== "page") collectionFor(a.target.where);
      await context.sync();

      const paragraphOf = (target: ParagraphTarget): Word.Paragraph | null | undefined => {
        const c = collectionFor(target.where);
        if (!c) return undefined;
        const p = c.items[target.index];
        return p && same(p.text, target.text) ? p : null;
      };
      // Nothing changes unless every paragraph still holds what the check saw.
      for (const a of actions) if (a.kind !== "page" && paragraphOf(a.target) === null) return documentChangedError();

      const desktop = supports("WordApiDesktop", "1.3");
      let applied = 0;
      for (const a of actions) {
        if (a.kind === "page") {
          if (!desktop || a.section !== 0) {
            skipped.push(a);
            continue;
          }
          const setup = section.pageSetup;
          if (a.set.top !== undefined) setup.topMargin = points(a.set.top);
          if (a.set.bottom !== undefined) setup.bottomMargin = points(a.set.bottom);
          if (a.set.left !== undefined) setup.leftMargin = points(a.set.left);
          if (a.set.right !== undefined) setup.rightMargin = points(a.set.right);
          if (a.set.widthTwips !== undefined) setup.pageWidth = points(a.set.widthTwips);
          if (a.set.heightTwips !== undefined) setup.pageHeight = points(a.set.heightTwips);
          if (a.set.titlePage) setup.differentFirstPageHeaderFooter = true;
          applied++;
          continue;
        }
        const p = paragraphOf(a.target);
        if (!p) {
          skipped.push(a);
          continue;
        }
        if (a.kind === "paragraph") {
          if (a.set.align) p.alignment = ALIGN[a.set.align];
          if (a.set.leftIndentTwips !== undefined) p.leftIndent = points(a.set.leftIndentTwips);
          if (a.set.firstLineTwips !== undefined) p.firstLineIndent = points(a.set.firstLineTwips);
          if (a.set.spacingBeforePt !== undefined) p.spaceBefore = a.set.spacingBeforePt;
          // Word's lineSpacing is in points, 12 for single spacing.
          if (a.set.line) p.lineSpacing = a.set.line.rule === "auto" ? a.set.line.value * 12 : a.set.line.value;
        } else if (a.kind === "run") {
          const text = a.target.text;
          const whole = text.slice(0, a.start).trim() === "" && text.slice(a.end).trim() === "";
          const window = whole ? null : uniqueWindow(text, a.start, a.end);
          if (!whole && (!window || window.start !== a.start || window.end !== a.end)) {
            skipped.push(a);
            continue;
          }
          const font = whole
            ? p.font
            : p.search(searchable(text.slice(a.start, a.end)), { matchCase: true }).getFirst().font;
          if (a.set.sizePt !== undefined) font.size = a.set.sizePt;
          if (a.set.bold !== undefined) font.bold = a.set.bold;
          if (a.set.italic !== undefined) font.italic = a.set.italic;
          if (a.set.font) font.name = a.set.font;
          if (a.set.color) font.color = `#${a.set.color}`;
        } else {
          const window = uniqueWindow(a.target.text, a.start, a.end);
          if (!window) {
            skipped.push(a);
            continue;
          }
          const before = a.target.text.slice(window.start, window.end);
          const after = a.target.text.slice(window.start, a.start) + a.to + a.target.text.slice(a.end, window.end);
          p.search(searchable(before), { matchCase: true }).getFirst().insertText(after, "Replace");
        }
        applied++;
      }
      await context.sync();
      return { applied, skipped };
    }),
};
