/**
 * "Tìm trong văn bản": select a task's sentence in Word.
 *
 * Word's search (Word.Body.search) is literal: no Unicode normalisation, at most 255 characters, "^" starts a special
 * character. The task's text comes from the scan, NFC-normalised and with its whitespace collapsed, while the
 * paragraph may hold tabs, non-breaking spaces, manual line breaks or decomposed letters. So the first attempt
 * searches with "^w" (any run of spaces, non-breaking spaces and tabs) between words: one sync, and it covers most
 * paragraphs. When that finds nothing, a second run reads the paragraphs, finds the one holding the sentence (by
 * NFC text with whitespace folded, starting with the scan's paragraph index), and searches inside it for the
 * sentence exactly as the paragraph holds it (its own tabs "^t", breaks "^l", non-breaking spaces "^s", letters).
 */
import { notFoundError } from "./errors";
import { GatewayResult, done } from "./gateway";
import { attempt, codeOf, settle } from "./wordRun";

const WORD_SEARCH_LIMIT = 255;
const escapeCaret = (s: string): string => s.replace(/\^/g, "^^");

/** Words of the sentence joined by "^w", as many as fit Word's limit (at least the first word). */
export function searchPattern(text: string): string {
  const words = text.normalize("NFC").split(/\s+/).filter(Boolean).map(escapeCaret);
  let pattern = words[0] ?? "";
  for (const word of words.slice(1)) {
    if (pattern.length + 2 + word.length > WORD_SEARCH_LIMIT) break;
    pattern += `^w${word}`;
  }
  return pattern.slice(0, WORD_SEARCH_LIMIT);
}

/** A character of Word's text: a base letter and its combining marks, taken together. */
const UNIT = /[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+/g;
const SPACE = /^[\s\u00a0]$/;

/** The text folded as the scan folds it (NFC, one space per whitespace run) with where each folded char starts. */
function fold(raw: string): { folded: string; starts: number[] } {
  let folded = "";
  const starts: number[] = [];
  for (const m of raw.matchAll(UNIT)) {
    const unit = SPACE.test(m[0]) ? " " : m[0].normalize("NFC");
    if (unit === " " && folded.endsWith(" ")) continue;
    for (const c of unit) {
      folded += c;
      starts.push(m.index ?? 0);
    }
  }
  starts.push(raw.length);
  return { folded, starts };
}

const foldedNeedle = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** The paragraph holding the sentence: the scan's own paragraph if it still does, else the first that does. */
export function findParagraph(texts: string[], sentence: string, hint?: number): number {
  const needle = foldedNeedle(sentence);
  if (!needle) return -1;
  const holds = (i: number) => fold(texts[i]).folded.includes(needle);
  if (hint !== undefined && hint >= 0 && hint < texts.length && holds(hint)) return hint;
  return texts.findIndex((_, i) => holds(i));
}

/** The sentence as the paragraph holds it, in Word's search syntax, cut to Word's limit at a character boundary. */
export function rawPattern(paragraph: string, sentence: string): string | null {
  const { folded, starts } = fold(paragraph);
  const at = folded.indexOf(foldedNeedle(sentence));
  if (at < 0) return null;
  const raw = paragraph.slice(starts[at], starts[at + foldedNeedle(sentence).length]);
  let pattern = "";
  for (const m of raw.matchAll(UNIT)) {
    const c = m[0];
    const piece = c === "\t" ? "^t" : c === "\u00a0" ? "^s" : c === "\v" ? "^l" : escapeCaret(c);
    if (pattern.length + piece.length > WORD_SEARCH_LIMIT) break;
    pattern += piece;
  }
  return pattern;
}

async function selectInParagraph(sentence: string, hint?: number): Promise<GatewayResult> {
  const result = await attempt(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    const index = findParagraph(texts, sentence, hint);
    if (index < 0) return false;
    const pattern = rawPattern(texts[index], sentence);
    const paragraph = paragraphs.items[index];
    if (pattern) paragraph.search(pattern, { matchCase: true }).getFirst().select();
    else paragraph.select();
    await context.sync();
    return true;
  });
  if (!result.ok) return settle(result, "reads");
  return result.value ? done : { ok: false, error: notFoundError() };
}

export async function selectText(text: string, paragraphIndex?: number): Promise<GatewayResult> {
  const pattern = searchPattern(text);
  if (!pattern) return { ok: false, error: notFoundError() };
  const first = await attempt(async (context) => {
    // getFirst fails with ItemNotFound at sync when the search finds nothing.
    context.document.body.search(pattern, { matchCase: true }).getFirst().select();
    await context.sync();
  });
  if (first.ok) return done;
  if (codeOf(first.error) !== "ItemNotFound") return settle(first, "reads");
  return selectInParagraph(text, paragraphIndex);
}
