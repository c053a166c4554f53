/**
 * A sentence the clerk rewords gets a new task id, so its tick and edits stay with a row marked "Không còn trong
 * văn bản". The likely new sentence is the new task that shares most of its words; the clerk confirms the merge.
 */
import { Task } from "../../../core/tasks";
import { foldDiacritics } from "../../../core/text";

const words = (text: string): Set<string> =>
  new Set(
    foldDiacritics(text)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1),
  );

/** Shared words over all words of the two sentences (Jaccard), diacritics folded: 0 to 1. */
export function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  const all = x.size + y.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** Below this, two sentences are different tasks; above it, the pane offers the merge on the row itself. */
export const SUGGEST_FROM = 0.4;

/** The new tasks that may be the missing one reworded, most alike first (at most `max`, any likeness above 0). */
export function likelySuccessors(
  missing: Task,
  candidates: readonly Task[],
  max = 5,
): Array<{ task: Task; score: number }> {
  return candidates
    .map((task) => ({ task, score: likeness(missing.text, task.text) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}
