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

/** Rules checked whatever their impact: the issue named each (a page heading, landmarks with one name each). */
const ALWAYS = [
  "page-has-heading-one",
  "landmark-unique",
  "heading-order",
  "duplicate-id-aria",
  "aria-valid-attr-value",
];

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
    .filter((v) => v.impact === "serious" || v.impact === "critical" || ALWAYS.includes(v.id))
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function ready(): Promise<Pane> {
  const p = await pane();
  await setUpProfile(p.page);
  await p.host.loadDocument(seedDocument());
  return p;
}

test.each([
  ["the welcome screen (first start)", async () => undefined],
  ["Soạn thảo", async (p: Pane) => ui(p.page).open(vi.tabDraft)],
  [
    "Soạn thảo (a question asked)",
    async (p: Pane) => {
      const screen = ui(p.page);
      await screen.open(vi.tabDraft);
      await screen.button(vi.insertSignature).click();
      await screen.toaster.getByText(/^Đã chèn/).waitFor();
      await screen.button(vi.insertSignature).click();
      await screen.button(vi.replaceBlock).waitFor();
    },
  ],
  ["Nhiệm vụ (after a scan)", async (p: Pane) => void (await scanDocument(p.page))],
  [
    "Nhiệm vụ (filtered, grouped by owner, a row's menu open)",
    async (p: Pane) => {
      await scanDocument(p.page);
      await p.page.getByRole("button", { name: /^Chưa rõ chủ trì \(\d+\)$/ }).click();
      await p.page.getByRole("combobox", { name: vi.groupBy }).selectOption("owner");
      await p.page
        .getByRole("button", { name: /^Thao tác với nhiệm vụ/ })
        .first()
        .click();
      await p.page.getByRole("menuitem").first().waitFor();
    },
  ],
  ["Cài đặt", async (p: Pane) => ui(p.page).open(vi.tabSettings)],
  [
    "Cài đặt (empty profile, every section open, errors shown)",
    async (p: Pane) => {
      const screen = ui(p.page);
      await screen.open(vi.tabSettings);
      for (const section of [vi.sectionAgency, vi.sectionSignature, vi.sectionPage, vi.sectionProfiles]) {
        await screen.section(section);
      }
      await screen.button(vi.save).click();
      await p.page.getByText("Chưa nhập tên cơ quan ban hành.").waitFor();
    },
  ],
])("axe: no serious or critical violations on %s", async (name, show) => {
  const p = name.includes("empty") || name.includes("welcome") ? await pane() : await ready();
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
  if (!(await isFocused(locator))) {
    const trail: string[] = [];
    for (let i = 0; i < 30; i++) {
      trail.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          return `${e?.tagName}:${e?.getAttribute("aria-label") ?? e?.textContent?.slice(0, 25)}`;
        }),
      );
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    }
    throw new Error(`not reachable with ${back ? "Shift+" : ""}Tab: ${locator}\n${trail.join("\n")}`);
  }
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
  // Quét keeps the focus (as "Quét lại"): the next Tab goes on from there, not from the top of the page.
  expect(await isFocused(screen.button(vi.rescan))).toBe(true);

  const firstRow = (await screen.taskRows.first().getAttribute("aria-label"))!;
  const firstBox = screen.taskRow(firstRow).getByRole("checkbox");
  await tabTo(page, firstBox);
  await page.keyboard.press("Space");
  expect(await firstBox.isChecked()).toBe(true);

  // Inside the row, the arrows lead to its ⋯ menu; "Xem trong văn bản" is in it.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: vi.showInDocument }).waitFor();
  await page.keyboard.press("Enter"); // the menu opens on its first item
  await page.waitForFunction(() => (window as never as { __host: { selection(): unknown } }).__host.selection());

  // Back to the tab list, past Kiểm tra, Space on Cài đặt.
  await tabTo(page, screen.tab(vi.tabTasks), { back: true });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  expect(await screen.tab(vi.tabSettings).getAttribute("aria-selected")).toBe("true");
  await tabTo(page, screen.button(vi.save));

  // The language, in its section of Cài đặt: Enter opens the section, then the menu; the arrows pick English.
  const languageSection = page.getByRole("button", { name: "Ngôn ngữ · Language" });
  await tabTo(page, languageSection, { back: true });
  await page.keyboard.press("Enter");
  await tabTo(page, screen.language);
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "Draft", exact: true }).waitFor();
  await tabTo(page, page.getByRole("combobox", { name: "Language" }), { back: true });
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
  await screen.toaster.getByText(/^Đã chèn tiêu đề: Số …\/KL-TTr/).waitFor();
  expect(await isFocused(screen.button(vi.insertHeader))).toBe(true);
  expect((await p.host.insertions()).map((i) => i.tags)).toEqual([["kl:header"]]);
  await expectClean(p);
});
