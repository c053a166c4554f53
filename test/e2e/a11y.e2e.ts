/**
 * Accessibility in the real browser: axe-core on each tab (no serious or critical violations), and the pane
 * worked from the keyboard alone (Tab to reach, arrows inside the tab list, Enter/Space to operate).
 */
import * as path from "node:path";
import { Locator, Page } from "playwright-core";
import { Pane } from "./harness/browser";
import { ROOT } from "./harness/build";
import { seedDocument } from "./harness/documents";
import { expectClean, paneSuite } from "./harness/suite";
import { scanDocument, setUpProfile, ui, vi } from "./harness/ui";

const { pane } = paneSuite();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as never as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
    // Tabster's focus redirectors (<i aria-hidden tabindex=0 data-tabster-dummy>) are a known axe false positive
    // (aria-hidden-focus; microsoft/tabster#288): they pass focus on at once and must stay hidden from readers.
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    return (await axe.run(context as never, { resultTypes: ["violations"] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function ready(): Promise<Pane> {
  const p = await pane();
  await setUpProfile(p.page);
  await p.host.loadDocument(seedDocument());
  return p;
}

test.each([
  ["Soạn thảo", async (p: Pane) => ui(p.page).open(vi.tabDraft)],
  ["Nhiệm vụ (after a scan)", async (p: Pane) => void (await scanDocument(p.page))],
  ["Cài đặt", async (p: Pane) => ui(p.page).open(vi.tabSettings)],
  ["Cài đặt (empty profile, errors shown)", async (p: Pane) => ui(p.page).open(vi.tabSettings)],
])("axe: no serious or critical violations on %s", async (name, show) => {
  const p = name.includes("empty") ? await pane() : await ready();
  await show(p);
  expect(await seriousViolations(p.page)).toEqual([]);
  await expectClean(p);
});

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until the locator has focus; fails if it is not reachable within `max` presses. */
async function tabTo(page: Page, locator: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  if (!(await isFocused(locator))) throw new Error(`not reachable with ${back ? "Shift+" : ""}Tab: ${locator}`);
}

test("keyboard only: tabs, scan, tick, find in document, language, insert header", async () => {
  const p = await ready();
  const { page } = p;
  const screen = ui(page);
  await page.reload(); // start from a fresh page, focus on the document; the host's document goes with it
  await screen.tab(vi.tabDraft).waitFor();
  await p.host.loadDocument(seedDocument());

  // Into the tab list with Tab, across it with the arrows, Enter selects.
  await tabTo(page, screen.tab(vi.tabDraft));
  await page.keyboard.press("ArrowRight");
  expect(await isFocused(screen.tab(vi.tabTasks))).toBe(true);
  await page.keyboard.press("Enter");
  expect(await screen.tab(vi.tabTasks).getAttribute("aria-selected")).toBe("true");

  await tabTo(page, screen.button(vi.scan));
  await page.keyboard.press("Enter");
  await screen.status.filter({ hasText: /^\d+ nhiệm vụ$/ }).waitFor();

  const firstBox = page.getByRole("checkbox").first();
  await tabTo(page, firstBox);
  await page.keyboard.press("Space");
  expect(await firstBox.isChecked()).toBe(true);

  const find = page.getByRole("button", { name: vi.showInDocument, exact: true }).first();
  await tabTo(page, find);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as never as { __host: { selection(): unknown } }).__host.selection());

  // Back to the tab list, past Kiểm tra, Space on Cài đặt.
  await tabTo(page, screen.tab(vi.tabTasks), { back: true });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  expect(await screen.tab(vi.tabSettings).getAttribute("aria-selected")).toBe("true");
  await tabTo(page, screen.button(vi.save));

  // The language menu: open with Enter, pick English with the arrows.
  await tabTo(page, screen.language, { back: true });
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "Draft", exact: true }).waitFor();
  await tabTo(page, page.getByRole("combobox", { name: "Language" }));
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await screen.tab(vi.tabDraft).waitFor();

  // Soạn thảo: Space on the tab, then the header button with Enter.
  await tabTo(page, screen.tab(vi.tabSettings), { back: true });
  await page.keyboard.press("Home");
  await page.keyboard.press("Space");
  await tabTo(page, screen.button(vi.insertHeader));
  await page.keyboard.press("Enter");
  await screen.status.filter({ hasText: vi.inserted }).waitFor();
  expect((await p.host.insertions()).map((i) => i.tags)).toEqual([["kl:header"]]);
  await expectClean(p);
});
