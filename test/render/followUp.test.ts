/**
 * The progress report and the reminder letters through the CLI's code path (`cli report`, `cli remind`), validated
 * against ECMA-376 and rendered by LibreOffice: header, title, one table row per task, Nơi nhận at the left of the
 * body's last page, Liberation Serif only (decree30.md §1, §2). test/render/reportAppendix.test.ts looks at the
 * report's landscape appendix with about a hundred tasks.
 */
import { runReport } from "../../src/cli/report";
import { runRemind } from "../../src/cli/remind";
import { Rendered, RenderedPage, findLine, renderDocx } from "../support/render";
import { validateDocx } from "../support/ooxmlSchema";
import { AS_OF, PROFILE_JSON, followedNotice, memoryIo } from "../support/followUpFixture";
import { CONTENT_CENTRE, CONTENT_LEFT, LIBERATION_SERIF, centreX } from "./geometry";

const notice = followedNotice();

/**
 * Words that are a row number at the left edge of a table, after the line `from`, in reading order (page, then top
 * to bottom: pdftotext does not always list a page's lines in that order).
 */
function rowNumbers(pages: RenderedPage[], from: string, columnWidthPt: number): number[] {
  const squashed = from.replace(/\s+/g, "");
  const lines = pages.flatMap((page, p) => page.lines.map((line) => ({ p, line })));
  lines.sort((a, b) => a.p - b.p || a.line.yMin - b.line.yMin);
  const start = lines.findIndex(({ line }) => line.text.replace(/\s+/g, "").includes(squashed));
  return lines
    .slice(start + 1)
    .flatMap(({ line }) => line.words)
    .filter((w) => /^\d+$/.test(w.text) && w.xMin >= CONTENT_LEFT && w.xMax <= CONTENT_LEFT + columnWidthPt)
    .map((w) => Number(w.text));
}

/** Nơi nhận on `last`, flush left, level with the signing authority on the right. */
function expectSignatureOn(last: RenderedPage, asAbove: boolean) {
  const recipients = findLine(last, "Nơi nhận:");
  const authority = findLine(last, "KT. CHÁNH VĂN PHÒNG");
  expect(recipients.xMin).toBeLessThan(CONTENT_LEFT + 8);
  expect(recipients.xMax).toBeLessThan(CONTENT_CENTRE);
  expect(authority.xMin).toBeGreaterThan(CONTENT_CENTRE);
  expect(Math.abs(recipients.yMax - authority.yMax)).toBeLessThan(2);
  expect(findLine(last, "Nguyễn Văn An").yMin).toBeGreaterThan(authority.yMax + 3 * 14);
  expect(findLine(last, "- Lưu: VT, TH.").xMin).toBeLessThan(CONTENT_LEFT + 8);
  if (asAbove) expect(findLine(last, "- Như trên;").yMin).toBeGreaterThan(recipients.yMin + 5);
}

/** The one line whose text is exactly `text` ("VĂN PHÒNG", not "KT. CHÁNH VĂN PHÒNG"). */
function exactLine(page: RenderedPage, text: string) {
  const found = page.lines.filter((l) => l.text === text);
  expect(found).toHaveLength(1);
  return found[0];
}

/** All the text of a render, without spaces: a cell may wrap a phrase anywhere. */
const squashed = (rendered: Rendered): string =>
  rendered.pages
    .flatMap((p) => p.lines.map((l) => l.text))
    .join("")
    .replace(/\s+/g, "");
const squash = (text: string): string => text.replace(/\s+/g, "");

/** A draft's number is blank ("Số:      /BC-VP"): the symbol after the gap. */
function expectHeader(page: RenderedPage, symbol: string) {
  const agency = exactLine(page, "VĂN PHÒNG");
  const national = findLine(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const number = findLine(page, symbol);
  const date = findLine(page, "Lào Cai, ngày 01 tháng 8 năm 2026");
  expect(agency.xMax).toBeLessThan(national.xMin);
  expect(number.yMin).toBeGreaterThan(agency.yMax);
  expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2.5);
}

describe("progress report (cli report)", () => {
  let bytes: Uint8Array;
  let rendered: Rendered;
  beforeAll(() => {
    const { io, written, err } = memoryIo({ "tb.docx": notice.bytes, "p.json": PROFILE_JSON });
    const code = runReport(["tb.docx", "--as-of", AS_OF, "--profile", "p.json", "--out", "r.docx"], io);
    expect({ code, err: err.filter((e) => /Lỗi|error/i.test(e)) }).toEqual({ code: 0, err: [] });
    bytes = written["r.docx"];
    rendered = renderDocx(bytes, "follow-up-report");
  });

  test("every part validates against ECMA-376", async () => {
    expect(await validateDocx(bytes)).toEqual([]);
  });

  test("header, then BÁO CÁO and the subject naming the notice, centred; Liberation Serif only", () => {
    const page = rendered.pages[0];
    expectHeader(page, "/BC-VP");
    const title = findLine(page, "BÁO CÁO");
    expect(Math.abs(centreX(title) - CONTENT_CENTRE)).toBeLessThan(3);
    // The notice's blank issue day reads as the day of the meeting it concludes (spec additions of 2026-12).
    const subject = findLine(page, "Kết quả thực hiện Thông báo kết luận số …/TB-VP ngày 19/06/2026");
    expect(subject.yMin).toBeGreaterThan(title.yMin);
    expect(Math.abs(centreX(subject) - CONTENT_CENTRE)).toBeLessThan(3);
    for (const font of rendered.fonts) expect(font).toMatch(LIBERATION_SERIF);
  });

  test("the as-of day and the counts per status are stated", () => {
    const text = rendered.pages.flatMap((p) => p.lines.map((l) => l.text)).join(" ");
    expect(text).toContain("tính đến ngày 01/08/2026");
    expect(text).toMatch(/Đã hoàn thành: 2 nhiệm vụ \(\d+,?\d*%\), trong đó đúng hạn 1, quá hạn 1\./);
    expect(text).toMatch(/quá hạn 2, không có thời hạn \d+\./);
  });

  test("the task table has one row per task, numbered 1…N", () => {
    const numbers = rowNumbers(rendered.pages, "II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ", 25);
    expect(numbers).toEqual(notice.tasks.map((_, i) => i + 1));
    // Rows may continue on the next page and pdftotext may read a split cell out of order: look for its words.
    const words = rendered.pages.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    expect(words).toContain("15/07/2026.");
    expect(words.some((w) => w.startsWith("88/SCT-"))).toBe(true);
  });

  test("grey guidance for difficulties and proposals, then Nơi nhận at the left of the last portrait page", () => {
    const text = rendered.pages.flatMap((p) => p.lines.map((l) => l.text)).join(" ");
    expect(text).toContain("III. KHÓ KHĂN, VƯỚNG MẮC");
    expect(text).toContain("IV. KIẾN NGHỊ, ĐỀ XUẤT");
    const portrait = rendered.pages.filter((p) => p.widthPt < p.heightPt);
    expect(portrait.length).toBeLessThan(rendered.pages.length);
    expectSignatureOn(portrait[portrait.length - 1], false);
  });
});

describe("reminder letters (cli remind)", () => {
  let run: ReturnType<typeof memoryIo>;
  beforeAll(() => {
    run = memoryIo({ "tb.docx": notice.bytes, "p.json": PROFILE_JSON });
    const code = runRemind(["tb.docx", "--as-of", AS_OF, "--profile", "p.json", "--out", "out"], run.io);
    expect(code).toBe(0);
  });

  test("one letter per owner with overdue or due-soon tasks, named after the owner", () => {
    expect(Object.keys(run.written).sort()).toEqual([
      "out/Sở Công Thương.docx",
      "out/Sở Nông nghiệp và Môi trường.docx",
      "out/Sở Tài chính.docx",
      "out/Ủy ban nhân dân các xã, phường có cụm công nghiệp.docx",
    ]);
    expect(run.dirs.has("out")).toBe(true);
  });

  test.each([
    ["Sở Nông nghiệp và Môi trường", "Quá hạn 7 ngày"],
    ["Sở Tài chính", "Còn 2 ngày"],
  ])("%s: V/v line, Kính gửi, the task table, reply date, Nơi nhận with Như trên", async (owner, lateness) => {
    const bytes = run.written[`out/${owner}.docx`];
    expect(await validateDocx(bytes)).toEqual([]);
    const rendered = renderDocx(bytes, `follow-up-letter-${owner.replace(/\s+/g, "-")}`);
    const page = rendered.pages[0];
    expectHeader(page, "/VP-TH");
    const number = findLine(page, "/VP-TH");
    const subject = findLine(page, "V/v đôn đốc thực hiện nhiệm vụ");
    expect(squashed(rendered)).toContain(squash("V/v đôn đốc thực hiện nhiệm vụ tại Thông báo kết luận số …/TB-VP"));
    expect(subject.yMin).toBeGreaterThan(number.yMax - 1);
    const dear = findLine(page, `Kính gửi: ${owner}.`);
    expect(Math.abs(centreX(dear) - CONTENT_CENTRE)).toBeLessThan(3);
    expect(rowNumbers(rendered.pages, "Nội dung nhiệm vụ", 30)).toEqual([1]);
    expect(squashed(rendered)).toContain(squash(lateness));
    expect(squashed(rendered)).toContain(squash("trước ngày 07/08/2026")); // five working days after Saturday 01/08
    for (const font of rendered.fonts) expect(font).toMatch(LIBERATION_SERIF);
    expectSignatureOn(rendered.pages[rendered.pages.length - 1], true);
  });
});
