/**
 * Items numbered inside one paragraph: "b) Bộ Công an: (1) Tiếp tục đầu tư …; (2) Tham mưu ban hành …; (3) …". A
 * conclusion often writes a body's duties this way; each "(k)" is an item of the lead before it, as if on its own line.
 */
import { clauseOwner } from "./claims";
import { startsWithVerb } from "./verbs";

export interface InlineItems {
  /** The paragraph up to the colon before "(1)": it leads the items. */
  lead: string;
  /** "(1) …", "(2) …", in order, each with its number. */
  items: string[];
}

/** "(1)" after the colon that ends the lead. */
const RX_FIRST = /:\s*\(1\)\s/u;
/** A later "(k)" after the end of the previous item (";" or "."). */
const RX_NEXT = /[;.]\s+\((\d{1,2})\)\s/gu;

/**
 * The lead and its items, or null when the paragraph holds no such run. Every item must open with work or name the body
 * that does it, so lists of things ("Luật: (1) Luật Ngân sách nhà nước; (2) Luật …") and of causes ("Nguyên nhân:
 * (1) Quyết tâm chính trị chưa đủ mạnh …") stay whole paragraphs.
 */
export function inlineItems(text: string): InlineItems | null {
  // Every body line comes here; most hold no "(1)", which a plain search rules out faster than the pattern.
  if (text.indexOf("(1)") < 0) return null;
  const first = RX_FIRST.exec(text);
  if (!first) return null;
  const starts = [first.index + first[0].indexOf("(1)")];
  RX_NEXT.lastIndex = starts[0];
  for (let m = RX_NEXT.exec(text); m; m = RX_NEXT.exec(text))
    if (+m[1] === starts.length + 1) starts.push(m.index + m[0].indexOf("("));
  if (starts.length < 2) return null;
  const items = starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length).trim());
  if (!items.every(isWork)) return null;
  return { lead: text.slice(0, first.index + 1).trim(), items };
}

function isWork(item: string): boolean {
  const body = item.replace(/^\(\d{1,2}\)\s*/u, "");
  return startsWithVerb(body) || clauseOwner(body, false) !== null;
}
