/**
 * Property tests over whole mutated documents (issue 14): shuffled, truncated, duplicated and nested tables,
 * deep content controls, random Unicode, damaged numbering, damaged bytes, checklist parts of any shape. For
 * every mutant: a result or a refusal naming the file, never an untyped throw, never a hang, the same output
 * twice. `npm run fuzz` runs the same check over hundreds of mutants and prints the counts.
 */
import fc from "fast-check";
import { CORPUS } from "./corpus";
import { mutate } from "./mutate";
import { FORMATS, verdictOf } from "./verdict";

describe.each(CORPUS.map((doc) => [doc.name, doc.bytes] as const))("mutants of %s", (_, docx) => {
  test("give a result or a clean refusal, within 5 s, the same twice", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const mutant = mutate(docx, seed);
        const verdict = await verdictOf(mutant.bytes, FORMATS[seed % FORMATS.length]);
        if (verdict.kind === "failure") throw new Error(`seed ${seed} (${mutant.name}): ${verdict.detail}`);
      }),
      { numRuns: 6, seed: 14 },
    );
  });
});
