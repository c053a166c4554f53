/** Screenshots and figures for people to look at: test-output/e2e/ (git-ignored). */
import * as fs from "node:fs";
import * as path from "node:path";
import { Page } from "playwright-core";
import { ROOT } from "./build";

export const ARTIFACTS = path.join(ROOT, "test-output", "e2e");

/** `screen`: only what is on screen (the first 720 px), as the clerk sees it; otherwise the whole page. */
export async function screenshot(page: Page, name: string, { screen = false } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Finished transitions (e.g. the tab indicator sliding), so the picture shows the settled pane.
  await page.screenshot({ path: file, fullPage: !screen, animations: "disabled" });
  return file;
}

/** Appends one figure to test-output/e2e/figures.json so a run's numbers can be read after it. */
export function recordFigure(name: string, value: unknown): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, "figures.json");
  const figures = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  figures[name] = value;
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`${name}: ${JSON.stringify(value)}`);
}
