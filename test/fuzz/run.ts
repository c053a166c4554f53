/**
 * `npm run fuzz [-- --count N --seed S]`: a seeded run over mutants of the corpus .docx files (not part of
 * `npm test`). Prints how many gave a result, how many were refused cleanly (and why), and every failure with
 * the seed that reproduces it. Exit 1 when anything failed.
 */
import { CORPUS } from "./corpus";
import { mutate } from "./mutate";
import { FORMATS, verdictOf, type Verdict } from "./verdict";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main(): Promise<number> {
  const count = option("count", 350);
  const base = option("seed", 14);
  const verbose = process.argv.includes("--verbose");
  const counts = { result: 0, refused: 0, failure: 0 };
  const reasons = new Map<string, number>();
  const failures: string[] = [];
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const doc = CORPUS[i % CORPUS.length];
    const seed = base + i;
    const mutant = mutate(doc.bytes, seed);
    const format = FORMATS[seed % FORMATS.length];
    if (verbose) process.stderr.write(`${seed} ${doc.name} ${mutant.name} ${format}… `);
    const verdict: Verdict = await verdictOf(mutant.bytes, format);
    if (verbose) process.stderr.write(`${verdict.kind} ${Math.round(verdict.ms)} ms\n`);
    counts[verdict.kind]++;
    times.push(verdict.ms);
    if (verdict.kind === "refused") reasons.set(verdict.detail, (reasons.get(verdict.detail) ?? 0) + 1);
    if (verdict.kind === "failure")
      failures.push(`seed ${seed}, ${doc.name}, ${mutant.name}, --format ${format}: ${verdict.detail}`);
  }
  times.sort((a, b) => a - b);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`Fuzz: ${count} mutants of ${CORPUS.length} corpus .docx files, seeds ${base}–${base + count - 1}`);
  console.log(`  results:         ${counts.result}`);
  console.log(`  clean refusals:  ${counts.refused}`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`    ${reason}: ${n}`);
  console.log(`  failures:        ${counts.failure}`);
  for (const failure of failures) console.log(`    ${failure}`);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  console.log(`  time per mutant: median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms, max ${at(1)} ms`);
  console.log(
    `  memory: ${Math.round(process.memoryUsage().rss / 1048576)} MB resident at the end; ${seconds.toFixed(1)} s in all`,
  );
  return counts.failure > 0 ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
