/**
 * What Word receives, through the pane, against the scripted host's Office.js model (test/fakes/officeWord): the
 * order of successive inserts, the structure a replace keeps, a scan on Word on the web with tracked changes, and
 * jumping to a sentence across a manual line break (issue 13, points 2, 6, 8, 9).
 */
import { Pane } from "./harness/browser";
import { recordFigure } from "./harness/artifacts";
import { expectClean, paneSuite } from "./harness/suite";
import { scanDocument, setUpProfile, ui, vi } from "./harness/ui";

const { pane } = paneSuite();

const inserted = (p: Pane, n: number) =>
  p.page.waitForFunction(
    (count) => (window as never as { __host: { insertions(): unknown[] } }).__host.insertions().length === count,
    n,
  );

test("header, title, then signature, clicked one after another, come out in that order", async () => {
  const p = await pane();
  await setUpProfile(p.page);
  const screen = ui(p.page);
  await screen.open(vi.tabDraft);
  const buttons = [vi.insertHeader, vi.insertTitle, vi.insertSignature];
  for (const [i, name] of buttons.entries()) {
    await screen.button(name).click();
    await inserted(p, i + 1);
  }
  expect(await p.host.blockOrder()).toEqual(["kl:header", "kl:title", "kl:signature"]);
  await expectClean(p);
});

test("'Cập nhật số, ngày và đường kẻ' replaces the header with the structure it was inserted with", async () => {
  const p = await pane();
  await setUpProfile(p.page);
  const screen = ui(p.page);
  await screen.open(vi.tabDraft);
  await screen.button(vi.insertHeader).click();
  await inserted(p, 1);
  const before = await p.host.controlStructure("kl:header");

  await screen.textbox(vi.documentNumber).fill("12");
  await p.host.resetStats();
  await screen.button(vi.updateNumberDate).click();
  await inserted(p, 2);
  expect(await p.host.controlStructure("kl:header")).toEqual(before);
  expect((await p.host.insertions())[1]).toMatchObject({ target: "contentControl", location: "Replace" });
  expect((await p.host.insertions())[1].text).toContain("Số: 12/");
  // One read of what the clerk typed in the header and title (to refit the rules), then one replace.
  expect((await p.host.stats()).syncsPerRun).toEqual([1, 1]);
  await expectClean(p);
});

test("Word on the web with tracked changes: the scan lists the tasks without the deleted words", async () => {
  const p = await pane();
  await p.host.setPlatform("OfficeOnline");
  await p.host.loadDocument({
    paragraphs: [
      { text: "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban, Chánh Thanh tra kết luận như sau:" },
      { text: "Các phòng rà soát kế hoạch, chậm nhất ngày 13/11/2020.", isListItem: true, listString: "1." },
      {
        text: "Văn phòng tổng hợp báo cáo, chậm nhất ngày 20/11/2020.",
        deleted: " Phòng 2 tổ chức hội nghị, chậm nhất ngày 25/11/2020.",
        isListItem: true,
        listString: "2.",
      },
    ],
  });
  await p.host.resetStats();
  expect(await scanDocument(p.page)).toBeGreaterThanOrEqual(2);
  const list = await p.page.getByRole("list").first().innerText();
  expect(list).toContain("Văn phòng tổng hợp báo cáo");
  expect(list).not.toContain("hội nghị");
  recordFigure("syncs: scan on the web with tracked changes", (await p.host.stats()).syncsPerRun);
  await expectClean(p);
});

test("'Xem trong văn bản' finds a sentence broken by a manual line break", async () => {
  const p = await pane();
  const sentence = "Các phòng rà soát kế hoạch, chậm nhất ngày 13/11/2020.";
  await p.host.loadDocument({
    paragraphs: [
      { text: "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban, Chánh Thanh tra kết luận như sau:" },
      { text: `- ${sentence.replace("kế hoạch, ", "kế hoạch,\v")}` },
    ],
  });
  await scanDocument(p.page);
  const row = ui(p.page).taskRows.filter({ hasText: "rà soát kế hoạch" }).first();
  await ui(p.page).rowAction((await row.getAttribute("aria-label"))!, vi.showInDocument);
  await p.page.waitForFunction(() => (window as never as { __host: { selection(): unknown } }).__host.selection());
  expect(await p.host.selection()).toMatchObject({ paragraphIndex: 1 });
  expect((await p.host.selection())!.text).toContain("kế hoạch,\v");
  await expectClean(p);
});
