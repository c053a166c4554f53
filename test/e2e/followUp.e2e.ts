/**
 * The follow-up loop in a real browser at 350 px against the scripted Word host: "Soạn báo cáo tiến độ" and "Soạn
 * công văn đôn đốc" open new documents through application.createDocument (the open document is never touched),
 * and where the host refuses, the .docx is downloaded. Screenshots in test-output/e2e/.
 */
import { readFileSync } from "node:fs";
import { readDocx } from "../../src/docx";
import { Pane } from "./harness/browser";
import { recordFigure, screenshot } from "./harness/artifacts";
import { expectClean, paneSuite } from "./harness/suite";
import { scanDocument, setUpProfile, ui, vi } from "./harness/ui";

const { pane } = paneSuite();

/** As of the suite's day, 25/11/2026: one owner overdue, one due soon, one within the deadline. */
const CONCLUSION = [
  "THANH TRA TỈNH",
  "Số: 05/KL-TTr",
  "Tây Ninh, ngày 20 tháng 11 năm 2026",
  "KẾT LUẬN",
  "Cuộc họp giao ban tháng 11/2026",
  "- Giao Phòng Nghiệp vụ 1 rà soát hồ sơ thanh tra, chậm nhất ngày 23/11/2026.",
  "- Giao Văn phòng chuẩn bị hội nghị tổng kết, chậm nhất ngày 27/11/2026.",
  "- Giao Phòng Nghiệp vụ 2 tổng hợp báo cáo năm, chậm nhất ngày 30/12/2026.",
];

const textOf = (base64: string): string[] =>
  readDocx(new Uint8Array(Buffer.from(base64, "base64"))).paragraphs.map((p) => p.text);

async function followedPane(): Promise<Pane> {
  const p = await pane({ width: 350 });
  await setUpProfile(p.page);
  await p.host.loadDocument({ paragraphs: CONCLUSION.map((text) => ({ text })) });
  expect(await scanDocument(p.page)).toBe(3);
  await ui(p.page).section(vi.followUpSection); // the follow-up documents' section, closed at first
  return p;
}

/** The answer appears where the clerk is looking: inside the 350 × 800 viewport. */
async function expectInView(p: Pane, text: string | RegExp) {
  const message = p.page.getByText(text);
  await message.waitFor();
  const box = await message.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
}

test("Soạn báo cáo tiến độ opens the report as a new Word document in one sync, the conclusion untouched", async () => {
  const p = await followedPane();
  const screen = ui(p.page);
  await p.host.resetStats();
  await screen.button(vi.draftReport).click();
  await expectInView(p, /Đã mở .*\.docx trong một cửa sổ Word mới/);

  const documents = await p.host.newDocuments();
  expect(documents).toHaveLength(1);
  const lines = textOf(documents[0]);
  expect(lines).toContain("BÁO CÁO");
  expect(lines).toContain("Kết quả thực hiện Kết luận số 05/KL-TTr ngày 20/11/2026");
  expect(lines.find((l) => l.startsWith("Tổng số nhiệm vụ"))).toBe("Tổng số nhiệm vụ được giao: 3.");
  expect(lines).toEqual(expect.arrayContaining(["Quá hạn", "Sắp đến hạn", "Trong hạn"]));
  // The open document received nothing.
  expect(await p.host.insertions()).toEqual([]);
  const stats = await p.host.stats();
  recordFigure("syncs: open progress report", stats.syncsPerRun);
  expect(stats.calls.filter((c) => c.startsWith("application."))).toEqual(["application.createDocument.open"]);
  expect(stats.syncsPerRun).toEqual([1]);
  await screenshot(p.page, "follow-up-report-350");
  await expectClean(p);
});

test("Soạn công văn đôn đốc lists the owners behind schedule and opens the letter the clerk picks", async () => {
  const p = await followedPane();
  const screen = ui(p.page);
  await screen.button(vi.draftReminders).click();
  const list = p.page.getByRole("region", { name: "Công văn đôn đốc (2)" });
  await list.waitFor();
  expect(await list.getByRole("listitem").allInnerTexts()).toEqual([
    expect.stringMatching(/^Phòng Nghiệp vụ 1\s+1 nhiệm vụ, 1 quá hạn/),
    expect.stringMatching(/^Văn phòng\s+1 nhiệm vụ, 0 quá hạn/),
  ]);
  await screenshot(p.page, "follow-up-letters-350");

  await p.page.getByRole("button", { name: "Mở công văn gửi Phòng Nghiệp vụ 1", exact: true }).click();
  await expectInView(p, /Đã mở Công văn đôn đốc - Phòng Nghiệp vụ 1\.docx/);
  const [letter] = await p.host.newDocuments();
  const lines = textOf(letter);
  expect(lines).toContain("V/v đôn đốc thực hiện nhiệm vụ tại Kết luận số 05/KL-TTr");
  expect(lines).toContain("Kính gửi: Phòng Nghiệp vụ 1.");
  expect(lines).toContain("Quá hạn 2 ngày");
  expect(lines).toContain("- Như trên;");
  expect(await p.host.insertions()).toEqual([]);
  await expectClean(p);
});

test("where Word cannot open a new document, the report is downloaded and the clerk is told", async () => {
  const p = await followedPane();
  await p.host.setCreateDocument(false);
  const download = p.page.waitForEvent("download");
  await ui(p.page).button(vi.draftReport).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Báo cáo tiến độ .*\.docx$/);
  await expectInView(p, /không mở được văn bản mới, nên đã tải xuống tệp/);
  const bytes = new Uint8Array(readFileSync((await file.path())!));
  expect(readDocx(bytes).paragraphs.map((x) => x.text)).toContain("BÁO CÁO");
  expect(await p.host.newDocuments()).toEqual([]);
  await screenshot(p.page, "follow-up-download-350");
  // The host's refusal is expected here, not a problem of the pane.
  await expectClean(p);
});
