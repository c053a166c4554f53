/**
 * What a clerk does in the pane, in a real browser, against the scripted Word host: each scenario checks what the
 * clerk sees and what Word received. Every scenario opens a fresh browser context (empty localStorage).
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { Pane } from "./harness/browser";
import { recordFigure, screenshot } from "./harness/artifacts";
import { largeDocument, seedDocument, seedLabels, shortDate } from "./harness/documents";
import { expectClean, paneSuite } from "./harness/suite";
import { TAY_NINH, chooseLanguage, en, scanDocument, setUpProfile, ui, vi } from "./harness/ui";

const { pane } = paneSuite();

test("the pane opens with its four tabs, the header button and the language menu", async () => {
  const p = await pane();
  const screen = ui(p.page);
  expect(await screen.tabs.allInnerTexts()).toEqual(["Soạn thảo", "Nhiệm vụ", "Kiểm tra", "Cài đặt"]);
  expect(await screen.tab("Soạn thảo").getAttribute("aria-selected")).toBe("true");
  await screen.language.waitFor();
  // No profile yet: the Drafting tab says so and offers the way to Cài đặt.
  await p.page.getByText(vi.profileMissing).waitFor();
  await screen.button(vi.goToSettings).waitFor();
  expect((await p.host.stats()).runs).toBe(0); // opening the pane does not touch the document
  await expectClean(p);
});

test("the pane's one clock: the issue date and the date picker start on the page's day, not the machine's", async () => {
  const p = await pane(); // the harness stops the page clock on E2E_NOW, 25/11/2026
  await setUpProfile(p.page);
  const screen = ui(p.page);
  await screen.open(vi.tabDraft);
  expect(await screen.textbox(vi.issueDate).inputValue()).toBe("25/11/2026");
  await screen.open(vi.tabTasks);
  await screen.button(vi.addTask).click();
  await p.page.getByRole("combobox", { name: vi.deadline }).click();
  const month = p.page.getByRole("grid").filter({ has: p.page.locator("th") });
  expect(await month.getAttribute("aria-label")).toMatch(/^Tháng 11 2026/);
  await expectClean(p);
});

test("Cài đặt: the clerk fills in the agency and saves; it is kept after reopening the pane", async () => {
  const p = await pane();
  await setUpProfile(p.page);
  await p.page.reload();
  const screen = ui(p.page);
  await screen.open(vi.tabSettings);
  expect(await screen.textbox(vi.issuingAgency).inputValue()).toBe(TAY_NINH.issuingAgency);
  expect(await screen.textbox(vi.issuerAbbreviation).inputValue()).toBe(TAY_NINH.issuerAbbreviation);
  await screen.open(vi.tabDraft);
  await screen.button(vi.insertHeader).waitFor();
  expect((await p.host.stats()).runs).toBe(0); // the profile lives in the pane, not in the document
  await expectClean(p);
});

test("Soạn thảo: 'Chèn tiêu đề văn bản' inserts one kl:header block at the cursor in one sync", async () => {
  const p = await pane();
  await setUpProfile(p.page);
  const screen = ui(p.page);
  await screen.open(vi.tabDraft);
  await screen.textbox(vi.documentNumber).fill("05");
  await p.host.resetStats();
  await screen.button(vi.insertHeader).click();
  await screen.status.filter({ hasText: vi.inserted }).waitFor();

  const insertions = await p.host.insertions();
  expect(insertions).toHaveLength(1);
  expect(insertions[0]).toMatchObject({ target: "selection", location: "After" });
  expect(insertions[0].tags).toContain("kl:header");
  for (const line of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "THANH TRA TỈNH",
    "05/KL-TTr",
  ]) {
    expect(insertions[0].text).toContain(line);
  }
  expect(insertions[0].text).toMatch(/Tây Ninh, ngày \d+ tháng \d+ năm \d{4}/);
  // The action checks for an existing header (read), then inserts: the insertion itself is one run, one sync.
  const stats = await p.host.stats();
  recordFigure("syncs: insert header (check, insert)", stats.syncsPerRun);
  expect(stats.calls.filter((c) => c.endsWith("insertOoxml"))).toEqual(["selection.insertOoxml"]);
  expect(stats.syncsPerRun[stats.syncsPerRun.length - 1]).toBe(1);
  expect(stats.syncs).toBeLessThanOrEqual(2);
  await expectClean(p);
});

test("Soạn thảo: the scaffold and the recipients + signature go in as their own tagged blocks, one sync each", async () => {
  const p = await pane();
  await setUpProfile(p.page);
  const screen = ui(p.page);
  await screen.open(vi.tabDraft);
  await p.page.getByRole("combobox", { name: vi.draftKind, exact: true }).selectOption("thong-bao-ket-luan");
  await p.host.resetStats();

  await screen.button(vi.insertScaffold).click();
  await screen.status.filter({ hasText: vi.inserted }).waitFor();
  await screen.button(vi.insertSignature).click();
  await p.page.waitForFunction(
    () => (window as never as { __host: { insertions(): unknown[] } }).__host.insertions().length === 2,
  );

  const insertions = await p.host.insertions();
  expect(insertions.map((i) => i.tags[0])).toEqual(["kl:scaffold", "kl:signature"]);
  expect(insertions[0].text).toContain("I. ĐÁNH GIÁ CHUNG");
  expect(insertions[0].text).toMatch(/II\. NHIỆM VỤ/);
  expect(insertions[1].text).toContain("Nơi nhận:");
  expect(insertions[1].text).toMatch(/Lưu: VT/);
  const stats = await p.host.stats();
  // Each click: a read (is the block already there?) then the insert in one sync.
  expect(stats.syncsPerRun).toEqual([1, 1, 1, 1]);
  await expectClean(p);
});

/** The seed's labelled tasks a scan must find (optional ones may or may not be listed). */
const seed = seedLabels();
const required = seed.tasks.filter((t) => !t.optional);
const ownerTask = required.find((t) => t.owner === "các phòng")!;

async function scanSeed(p: Pane): Promise<number> {
  await p.host.loadDocument(seedDocument());
  return scanDocument(p.page);
}

/** Waits until the tab has read the checklist stored in the document (its first Word run). */
async function checklistLoaded(p: Pane): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if ((await p.host.stats()).calls.some((call) => call.startsWith("customXmlParts"))) return;
    await p.page.waitForTimeout(20);
  }
  throw new Error("the Nhiệm vụ tab never read the stored checklist");
}

test("Nhiệm vụ: scanning the seed lists its tasks with the right owners and deadlines", async () => {
  const p = await pane();
  await p.host.loadDocument(seedDocument());
  const screen = ui(p.page);
  await screen.open(vi.tabTasks);
  await checklistLoaded(p); // opening the tab reads the stored checklist: not part of the scan's count
  await p.host.resetStats();
  const n = await scanSeed(p);
  expect(n).toBeGreaterThanOrEqual(required.length);
  expect(n).toBeLessThanOrEqual(seed.tasks.length);

  for (const task of required) {
    const row = screen.taskRow(task.text);
    const text = await row.innerText();
    expect(text).toContain(`${vi.owner}: ${task.owner ?? vi.ownerUnknown}`);
    if (task.deadline?.date) expect(text).toContain(`${vi.deadline}: ${shortDate(task.deadline.date)}`);
  }
  expect(await screen.taskRow(ownerTask.text).innerText()).toContain("Thời hạn: 13/11/2020");

  // One read of the whole document (paragraphs and tables in one sync), then the checklist saved.
  const stats = await p.host.stats();
  recordFigure("syncs: scan seed (read, save)", stats.syncsPerRun);
  expect(stats.syncsPerRun[0]).toBe(1);
  expect(stats.calls.slice(0, 2).sort()).toEqual(["body.paragraphs.load", "body.tables.load"]);
  expect(stats.syncsPerRun.slice(1).every((syncs) => syncs <= 2)).toBe(true);
  await expectClean(p);
});

test("Nhiệm vụ: a tick is stored in the document and survives a re-scan and reopening the tab", async () => {
  const p = await pane();
  await scanSeed(p);
  const screen = ui(p.page);
  const writesBefore = await p.host.customXmlWrites();
  await p.host.resetStats();
  await screen.doneBox(ownerTask.text).check();
  await p.page.waitForFunction(
    (n) => (window as never as { __host: { customXmlWrites(): number } }).__host.customXmlWrites() > n,
    writesBefore,
  );
  const stats = await p.host.stats();
  recordFigure("syncs: tick (save checklist)", stats.syncsPerRun);
  expect(stats.runs).toBe(1);
  expect(stats.syncs).toBeLessThanOrEqual(2);

  const parts = await p.host.customXmlParts();
  expect(parts).toHaveLength(1);
  expect(parts[0].namespace).toBe("urn:soan-thao-ket-luan:checklist");
  const stored = JSON.parse(/<!\[CDATA\[([\s\S]*)\]\]>/.exec(parts[0].xml)![1]) as {
    entries: Record<string, { text: string; done: boolean }>;
  };
  expect(Object.values(stored.entries).find((e) => e.text === ownerTask.text)?.done).toBe(true);

  await screen.button(vi.rescan).click();
  await screen.status.filter({ hasText: /^\d+ nhiệm vụ$/ }).waitFor();
  expect(await screen.doneBox(ownerTask.text).isChecked()).toBe(true);

  // Leaving the tab drops the pane's state; it comes back from the document.
  await screen.open(vi.tabDraft);
  await scanSeed(p);
  expect(await screen.doneBox(ownerTask.text).isChecked()).toBe(true);
  await expectClean(p);
});

test("Nhiệm vụ: 'Tìm trong văn bản' selects the task's sentence in Word in one sync", async () => {
  const p = await pane();
  await scanSeed(p);
  const screen = ui(p.page);
  await p.host.resetStats();
  await screen.taskRow(ownerTask.text).getByRole("button", { name: vi.showInDocument }).click();
  await p.page.waitForFunction(() => (window as never as { __host: { selection(): unknown } }).__host.selection());
  const selection = (await p.host.selection())!;
  expect(ownerTask.text.startsWith(selection.text)).toBe(true);
  expect(selection.paragraphText).toContain(ownerTask.text);
  const stats = await p.host.stats();
  recordFigure("syncs: select task in document", stats.syncsPerRun);
  expect(stats).toMatchObject({ runs: 1, syncs: 1 });
  await expectClean(p);
});

test("Nhiệm vụ: a 300-page document is scanned and the pane stays responsive", async () => {
  const p = await pane();
  const doc = largeDocument(300);
  await p.host.loadDocument(doc);
  const screen = ui(p.page);
  await screen.open(vi.tabTasks);
  await p.page.evaluate(() => {
    const w = window as never as { __longTasks: number[]; __workers: number; Worker: typeof Worker };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
      type: "longtask",
    });
    // Counts the workers the pane starts: the scan must run in one, off the UI thread.
    w.__workers = 0;
    const Native = w.Worker;
    w.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        w.__workers += 1;
      }
    };
  });
  await checklistLoaded(p);
  await p.host.resetStats();
  const t0 = Date.now();
  await screen.button(vi.scan).click();
  const count = screen.status.filter({ hasText: /^\d+ nhiệm vụ$/ });
  await count.waitFor({ timeout: 30000 });
  const ms = Date.now() - t0;
  const tasks = Number((await count.innerText()).split(" ")[0]);

  // Responsive afterwards: the list is paged and a filter answers quickly.
  const rows = await screen.taskRows.count();
  expect(await p.page.getByRole("button", { name: /^Hiện thêm \d+ nhiệm vụ$/ }).count()).toBe(1);
  const t1 = Date.now();
  await p.page.getByRole("button", { name: new RegExp(`^${vi.filterDone} \\(\\d+\\)$`) }).click();
  await p.page.getByRole("listitem").first().waitFor({ state: "detached", timeout: 5000 });
  const filterMs = Date.now() - t1;
  const { longTasks, workers } = await p.page.evaluate(() => {
    const w = window as never as { __longTasks: number[]; __workers: number };
    return { longTasks: w.__longTasks, workers: w.__workers };
  });
  const stats = await p.host.stats();
  recordFigure("300-page scan", {
    paragraphs: doc.paragraphs.length,
    chars: doc.chars,
    tasks,
    msToCount: ms,
    rowsRendered: rows,
    msFilterDone: filterMs,
    // Main-thread tasks of 50 ms or more (the Long Tasks API reports no shorter ones) from the click on "Quét" to the filtered list,
    // and the longest of them, 0 when none (issue 12's target: under 50 ms).
    longTasks: longTasks.length,
    longestMainThreadTaskMs: Math.round(Math.max(0, ...longTasks)),
    syncsPerRun: stats.syncsPerRun,
  });
  expect(tasks).toBeGreaterThan(100);
  expect(workers).toBe(1);
  expect(rows).toBeLessThanOrEqual(50);
  expect(ms).toBeLessThan(10000);
  expect(filterMs).toBeLessThan(2000);
  expect(stats.syncsPerRun[0]).toBe(1);
  await expectClean(p);
});

test("the clerk switches the pane to English and back", async () => {
  const p = await pane();
  const screen = ui(p.page);
  await chooseLanguage(p.page, vi, "English");
  await ui(p.page, en).tab(en.tabTasks).waitFor();
  expect(await screen.tabs.allInnerTexts()).toEqual([en.tabDraft, en.tabTasks, en.tabCheck, en.tabSettings]);
  await p.page.getByText(en.profileMissing).waitFor();

  await chooseLanguage(p.page, en, "Tiếng Việt");
  await screen.tab(vi.tabTasks).waitFor();
  expect(await screen.tabs.allInnerTexts()).toEqual([vi.tabDraft, vi.tabTasks, vi.tabCheck, vi.tabSettings]);
  await expectClean(p);
});

test("Nhiệm vụ: export CSV downloads the list with the tick, owners and deadlines, in UTF-8 with BOM", async () => {
  const p = await pane();
  await scanSeed(p);
  const screen = ui(p.page);
  await screen.doneBox(ownerTask.text).check();
  await p.host.resetStats();

  const [download] = await Promise.all([p.page.waitForEvent("download"), screen.button(vi.exportCsv).click()]);
  expect(download.suggestedFilename()).toMatch(/^nhiem-vu-.+\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  expect(rows[0].slice(0, 7)).toEqual([
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Loại thời hạn",
    "Tình trạng",
  ]);
  const owner = rows.find((cells) => cells[1] === ownerTask.text)!;
  expect(owner[2]).toBe(ownerTask.owner);
  expect(owner[4]).toBe("13/11/2020");
  // Ticked on the page's day (25/11/2026), long after 13/11/2020: done, but late.
  expect(owner[6]).toBe("Hoàn thành quá hạn");
  // Exporting reads nothing more from Word: the list is already in the pane.
  expect((await p.host.stats()).runs).toBe(0);
  await p.page.getByText(/Đã xuất \d+ nhiệm vụ vào tệp/).waitFor();
  await expectClean(p);
});

test("screenshots of each tab at 320 px and 450 px", async () => {
  for (const width of [320, 450]) {
    const p = await pane({ width, height: 700 });
    const screen = ui(p.page);
    await screen.open(vi.tabSettings);
    await screenshot(p.page, `settings-empty-${width}`);
    await setUpProfile(p.page);
    await screenshot(p.page, `settings-${width}`);
    await screen.open(vi.tabDraft);
    await screenshot(p.page, `drafting-${width}`);
    await scanSeed(p);
    await screenshot(p.page, `tasks-${width}`);
    await expectClean(p);
  }
});

const sidewaysOverflow = (p: Pane) =>
  p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("nothing sticks out sideways at 450 px", async () => {
  const p = await pane({ width: 450 });
  for (const tab of [vi.tabDraft, vi.tabTasks, vi.tabCheck, vi.tabSettings]) {
    await ui(p.page).open(tab);
    expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
  }
});

// At 320 px the language menu wraps under the tabs instead of making the pane scroll sideways.
test("nothing sticks out sideways at 320 px", async () => {
  const p = await pane({ width: 320 });
  for (const tab of [vi.tabDraft, vi.tabTasks, vi.tabCheck, vi.tabSettings]) {
    await ui(p.page).open(tab);
    expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
  }
});
