/**
 * `npm run bench`: the figures (not pass/fail) that tell whether the add-in stays fast and small.
 * Extraction time on a 6,000-paragraph document, syncs per action, bundle sizes, rendering 1,000 tasks in
 * jsdom, and the consolidated tracker over 100 documents.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatSpeed, measureExtractionSpeed } from "./extraction-speed";
import { measureSyncs } from "./syncs";
import { measureBundle } from "./bundle-size";
import { measureTracker } from "./tracker";
import { measureCheckSpeed } from "./check-speed";
import { measureFollowUp } from "./followUp";

const section = (title: string) => console.log(`\n== ${title}`);

async function main() {
  section("Extraction, 6,000 paragraphs built from the corpus");
  const speed = measureExtractionSpeed();
  console.log(formatSpeed(speed));

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

  section("Follow-up: progress report and reminder letters, 1,000 tasks of 50 owners");
  const followUp = measureFollowUp();
  console.log(
    `report ${Math.round(followUp.reportMs)} ms (${(followUp.reportMs / (followUp.tasks / 100)).toFixed(1)} ms per 100 tasks), ` +
      `${Math.round(followUp.reportKb)} KB; ${followUp.letters} letters ${Math.round(followUp.lettersMs)} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
