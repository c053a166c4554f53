import { strToU8 } from "fflate";
import { runReport } from "./report";
import { runRemind } from "./remind";
import { readDocx } from "../docx";
import { AS_OF, PROFILE_JSON, followedNotice, memoryIo } from "../../test/support/followUpFixture";

const notice = followedNotice();
const files = { "tb.docx": notice.bytes, "p.json": PROFILE_JSON };
const textOf = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text);

describe("cli report", () => {
  test("several documents make one report, grouped by source, as of the day given", () => {
    const plan = strToU8("KẾ HOẠCH\nTriển khai\n- Giao Sở Tài chính rà soát trước ngày 15/07/2026.\n");
    const { io, written } = memoryIo({ ...files, "kh.txt": plan });
    expect(runReport(["tb.docx", "kh.txt", "--profile", "p.json", "--out", "r.docx", "--as-of", AS_OF], io)).toBe(0);
    const lines = textOf(written["r.docx"]);
    // Its blank issue day is earlier than the meeting it concludes (19/6): the meeting's day (spec additions of 2026-12).
    expect(lines).toContain("1. Thông báo kết luận số …/TB-VP ngày 19/06/2026");
    expect(lines.some((l) => l.startsWith("2. Kế hoạch"))).toBe(true);
    expect(lines.find((l) => l.startsWith("Tổng số nhiệm vụ"))).toBe(
      `Tổng số nhiệm vụ được giao: ${notice.tasks.length + 1}.`,
    );
  });

  test("the as-of day defaults to the clock's today", () => {
    const { io, written } = memoryIo(files);
    expect(runReport(["tb.docx", "--profile", "p.json", "--out", "r.docx"], io)).toBe(0);
    expect(textOf(written["r.docx"]).find((l) => l.startsWith("Thực hiện"))).toContain("tính đến ngày 01/08/2026");
  });

  test("a report as of an earlier day is dated the day it is written", () => {
    const { io, written } = memoryIo(files);
    expect(runReport(["tb.docx", "--profile", "p.json", "--out", "r.docx", "--as-of", "2026-07-31"], io)).toBe(0);
    const lines = textOf(written["r.docx"]);
    expect(lines).toContain("Lào Cai, ngày 01 tháng 8 năm 2026");
    expect(lines.find((l) => l.startsWith("Thực hiện"))).toContain("tính đến ngày 31/07/2026");
  });

  test("an unreadable input is reported, the report still covers the others, exit 1", () => {
    const { io, written, err } = memoryIo(files);
    expect(runReport(["tb.docx", "missing.docx", "--profile", "p.json", "--out", "r.docx"], io)).toBe(1);
    expect(textOf(written["r.docx"])).toContain("BÁO CÁO");
    expect(err.join("")).toMatch(/missing\.docx/);
  });

  test.each([
    [["tb.docx", "--profile", "p.json"], /Thiếu --out/],
    [["tb.docx", "--out", "r.docx"], /Thiếu --profile/],
    [["--profile", "p.json", "--out", "r.docx"], /Thiếu tên tệp/],
    [["tb.docx", "--profile", "p.json", "--out", "r.docx", "--as-of", "2026-02-30"], /Ngày không hợp lệ/],
    [["tb.docx", "--profile", "p.json", "--out", "r.docx", "--due-soon", "mai"], /--due-soon/],
    [["tb.docx", "--profile", "nope.json", "--out", "r.docx"], /Không đọc được hồ sơ/],
  ])("%j is refused with a clear message, nothing written", (args, message) => {
    const { io, written, err } = memoryIo(files);
    expect(runReport(args, io)).toBe(2);
    expect(written).toEqual({});
    expect(err.join("")).toMatch(message);
  });
});

describe("cli remind", () => {
  test("nothing overdue or due soon: no letter, says so, exit 0", () => {
    const { io, written, err } = memoryIo(files);
    expect(runRemind(["tb.docx", "--profile", "p.json", "--out", "out", "--as-of", "2026-06-02"], io)).toBe(0);
    expect(written).toEqual({});
    expect(err.join("")).toMatch(/Không có nhiệm vụ quá hạn hoặc sắp đến hạn/);
  });

  test("--due-soon widens the window and --reply-by sets the reply day", () => {
    const { io, written } = memoryIo(files);
    const args = ["tb.docx", "--profile", "p.json", "--out", "out/", "--as-of", AS_OF, "--due-soon", "0"];
    expect(runRemind([...args, "--reply-by", "2026-08-20"], io)).toBe(0);
    // With a window of 0 days, 02/08 and 03/08 are not due soon: only the overdue owners get a letter.
    expect(Object.keys(written).sort()).toEqual([
      "out/Sở Nông nghiệp và Môi trường.docx",
      "out/Ủy ban nhân dân các xã, phường có cụm công nghiệp.docx",
    ]);
    expect(textOf(written["out/Sở Nông nghiệp và Môi trường.docx"]).join(" ")).toContain("trước ngày 20/08/2026");
  });

  test("a reply day before the as-of day is refused", () => {
    const { io, err } = memoryIo(files);
    expect(runRemind(["tb.docx", "--profile", "p.json", "--out", "o", "--reply-by", "2026-07-01"], io)).toBe(2);
    expect(err.join("")).toMatch(/--reply-by/);
  });
});
