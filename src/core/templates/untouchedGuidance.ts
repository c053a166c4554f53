/**
 * The grey guidance of a fresh draft ("- Mỗi nhiệm vụ một dòng: …") reads like tasks. Until the clerk types
 * over it, a scan must not list it: paragraphs whose text is exactly one of our guidance sentences are
 * blanked (kept, so paragraph positions still match Word's count).
 */
import { Block, runText } from "../model";
import { EMPTY_PROFILE } from "../profile";
import { ExtractInput } from "../tasks";
import { buildBlock } from "./draft";
import { DRAFT_KINDS } from "./kinds";

function guidanceTexts(blocks: Block[], into: Set<string>): void {
  for (const block of blocks) {
    if (block.kind === "placeholder") {
      for (const p of block.paragraphs) into.add(p.runs.map(runText).join("").trim());
    } else if (block.kind === "table") {
      for (const row of block.rows) for (const cell of row.cells) guidanceTexts(cell.blocks, into);
    }
  }
}

let known: Set<string> | null = null;

/** Every guidance sentence the templates can write (they do not depend on the profile's content). */
function allGuidance(): Set<string> {
  if (known) return known;
  const texts = new Set<string>();
  const profile = { ...EMPTY_PROFILE, issuingAgency: "X", issuerAbbreviation: "X", place: "X" };
  for (const { id } of DRAFT_KINDS) {
    for (const name of ["title", "scaffold"] as const) {
      guidanceTexts(
        buildBlock(name, { kind: id, profile, date: { year: 2000, month: 1, day: 1 }, number: null }).blocks,
        texts,
      );
    }
  }
  texts.delete("");
  known = texts;
  return texts;
}

export function withoutUntouchedGuidance(input: ExtractInput): ExtractInput {
  const guidance = allGuidance();
  if (!input.paragraphs.some((p) => guidance.has(p.text.trim()))) return input;
  return { ...input, paragraphs: input.paragraphs.map((p) => (guidance.has(p.text.trim()) ? { ...p, text: "" } : p)) };
}
