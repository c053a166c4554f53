/**
 * `npm run bench`: the figures (not pass/fail) that tell whether the add-in stays fast and small.
 * Extraction time on a 6,000-paragraph document, syncs per action, bundle sizes, rendering 1,000 tasks in
 * jsdom, and the consolidated tracker over 100 documents.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measureExtractionSpeed } from "./extraction-speed";
import { measureSyncs } from "./syncs";
import { measureBundle } from "./bundle-size";
import { measureTracker } from "./tracker";
import { measureCheckSpeed } from "./check-speed";

const section = (title: string) => console.log(`\n== ${title}`);

async function main() {
  section("Extraction, 6,000 paragraphs built from the corpus");
  const speed = measureExtractionSpeed();
  console.log(JSON.stringify(speed));

  section("Kiểm tra thể thức: a ~300-page .docx (unzip alone is the floor)");
  console.log(JSON.stringify(measureCheckSpeed()));

  section("Syncs per user action (Office.js gateway)");
  for (const [action, syncs] of Object.entries(await measureSyncs())) console.log(`${action}: ${syncs}`);

  section("Rendering 1,000 tasks in the Nhiệm vụ tab (jsdom)");
  const out = path.join(mkdtempSync(path.join(tmpdir(), "kl-bench-")), "render.json");
  execFileSync("npx", ["jest", "--config", "test/bench/jest.bench.config.js", "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BENCH_OUT: out },
  });
  console.log(readFileSync(out, "utf8"));

  section("Bundle (production build)");
  await measureBundle();

  section("Tracker: 100 .docx into one .xlsx");
  const tracker = await measureTracker();
  console.log(
    `${tracker.documents} documents, ${tracker.tasks} tasks, ${Math.round(tracker.ms)} ms, ${Math.round(tracker.bytes / 1024)} KB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
