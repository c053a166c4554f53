import type { Deadline } from "../dates";
import type { ExportRow, SourceDocument } from "../export";
import {
  Block,
  DocumentModel,
  Table,
  TaggedBlock,
  isSectionBreak,
  plainParagraphs,
  singleSectionBlocks,
} from "../model";
import { TAY_NINH } from "../../../test/fakes/profiles";
import { progressReportDocument, reminderLetters, reportSubject, defaultReplyBy, REPORT_COLUMNS } from ".";
import { pageSetup } from "./pageSetup";
import { CELL_PADDING_TWIPS } from "./typography";
import { textWidthPt } from "./textWidth";

// The Tây Ninh inspectorate as a clerk fills it in, with its unit for công văn numbers.
const profile = { ...TAY_NINH, recipients: ["Chủ tịch UBND tỉnh (b/c)"], unitAbbreviation: "NV" };

const KL: SourceDocument = { number: "05/KL-TTr", issuedDate: "2020-11-10", fileName: "kl.docx", kind: "Kết luận" };
const TB: SourceDocument = { number: "12/TB-TTr", issuedDate: "2020-11-20", fileName: "tb.docx", kind: "Thông báo" };
const by = (date: string): Deadline => ({ raw: date, date, kind: "by" });

const row = (
  id: string,
  owner: string | null,
  deadline: Deadline | null,
  source: SourceDocument,
  extra: Partial<ExportRow> = {},
): ExportRow => ({
  task: {
    id,
    text: `- Nhiệm vụ ${id}.`,
    owner,
    coOwners: [],
    deadline,
    urgent: false,
    section: null,
    paragraphIndex: Number(id.replace(/\D/g, "")) || 0,
  },
  done: false,
  source,
  ...extra,
});

const tablesOf = (blocks: TaggedBlock[]): Table[] =>
  blocks.flatMap((b) => b.blocks).filter((b: Block): b is Table => b.kind === "table" && b.borders === "grid");
const text = (blocks: TaggedBlock[]): string[] => blocks.flatMap((b) => plainParagraphs(b.blocks));

/** The document's sections in order: each one's page and the names and blocks it holds. */
function sections(model: DocumentModel) {
  const out = [{ page: model.page, restart: false, blocks: [] as TaggedBlock[] }];
  for (const item of model.body)
    if (isSectionBreak(item)) out.push({ page: item.page, restart: item.restartPageNumbers === true, blocks: [] });
    else out[out.length - 1].blocks.push(item);
  return out;
}

describe("progress report", () => {
  const rows = [
    row("a1", "Phòng Nghiệp vụ 1", by("2020-11-30"), KL, { done: true, doneOn: "2020-11-25", note: "Đã trình" }),
    row("a2", "Phòng Nghiệp vụ 2", by("2020-11-30"), KL, { done: true, doneOn: "2020-12-02" }),
    row("a3", "Văn phòng", by("2020-12-01"), KL),
    row("b1", "Phòng Nghiệp vụ 1", by("2020-12-20"), TB),
    row("b2", null, null, TB),
  ];
  const model = progressReportDocument(rows, { profile, asOf: "2020-12-03" });
  const [main, appendix] = sections(model);

  it("names the documents it reports on, in the subject and the opening, with the as-of day", () => {
    expect(reportSubject(rows)).toBe(
      "Kết quả thực hiện Kết luận số 05/KL-TTr ngày 10/11/2020 và Thông báo số 12/TB-TTr ngày 20/11/2020",
    );
    const lines = text(main.blocks);
    expect(lines).toContain("BÁO CÁO");
    expect(lines.find((l) => l.startsWith("Thực hiện "))).toContain("tính đến ngày 03/12/2020");
    expect(lines).toContain("Số:      /BC-TTr");
  });

  it("counts every status and gives shares that add up to 100%", () => {
    const lines = text(main.blocks);
    expect(lines).toContain("Đã hoàn thành: 2 nhiệm vụ (40%), trong đó đúng hạn 1, quá hạn 1.");
    expect(lines).toContain(
      "Chưa hoàn thành: 3 nhiệm vụ (60%), trong đó còn trong hạn 1 (sắp đến hạn trong 3 ngày: 0), quá hạn 1, " +
        "không có thời hạn 1.",
    );
  });

  it("two sections: the portrait report up to the signature, then the task tables as a landscape Phụ lục", () => {
    expect(sections(model).map((s) => s.blocks.map((b) => b.name))).toEqual([
      ["header", "title", "scaffold", "signature"],
      ["appendix"],
    ]);
    expect(main.page).toEqual(pageSetup(profile));
    // The same A4 turned: width and height swapped, each margin on its side; numbered from 1 as an appendix is.
    expect(appendix.page).toEqual({ ...main.page, widthTwips: 16838, heightTwips: 11906 });
    expect(appendix.restart).toBe(true);
    // The body refers to the appendix where the table used to be; the counts table stays in the body.
    const lines = text(main.blocks);
    const at = lines.indexOf("II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ");
    expect(lines[at + 1]).toBe(
      "Chi tiết kết quả thực hiện từng nhiệm vụ (5 nhiệm vụ) tại Phụ lục kèm theo Báo cáo này.",
    );
    expect(lines[at + 2]).toBe("III. KHÓ KHĂN, VƯỚNG MẮC");
    expect(tablesOf(main.blocks)).toHaveLength(1);
    expect(text(appendix.blocks).slice(0, 3)).toEqual([
      "Phụ lục",
      "KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ",
      "(Kèm theo Báo cáo số [số]/BC-TTr ngày 03 tháng 12 năm 2020 của Thanh tra tỉnh)",
    ]);
  });

  it("the appendix's label does not break the page again: the section break has started it", () => {
    const label = appendix.blocks[0].blocks[0];
    expect(label.kind === "paragraph" && label.pageBreakBefore).toBe(false);
  });

  it("one task table per source, under the source's name, one row per task plus the titles", () => {
    const [counts] = tablesOf(main.blocks);
    const [kl, tb] = tablesOf(appendix.blocks);
    expect(counts.rows).toHaveLength(1 + 6 + 1);
    expect(kl.rows).toHaveLength(1 + 3);
    expect(tb.rows).toHaveLength(1 + 2);
    expect(plainParagraphs([kl])).toEqual(
      expect.arrayContaining(["Hoàn thành đúng hạn", "Hoàn thành ngày 25/11/2020.\nĐã trình", "Nhiệm vụ a1."]),
    );
    expect(plainParagraphs([tb])).toEqual(expect.arrayContaining(["Chưa xác định", "Không có thời hạn"]));
    const lines = text(appendix.blocks);
    expect(lines).toContain("1. Kết luận số 05/KL-TTr ngày 10/11/2020");
    expect(lines).toContain("2. Thông báo số 12/TB-TTr ngày 20/11/2020");
    // The counts fill the portrait text width (30 + 20 mm margins: 9071 tw), the tasks the landscape one (14003 tw).
    expect(counts.columnWidthsTwips.reduce((a, b) => a + b, 0)).toBe(9071);
    expect(kl.columnWidthsTwips.reduce((a, b) => a + b, 0)).toBe(14003);
  });

  it("on the narrowest legal landscape text, STT, 31/12/2026 and every title word fit their column on one line", () => {
    // Left 35 and right 20 mm, the widest margins Decree 30 allows: 16838 − 1984 − 1134 = 13720 tw of text.
    const narrow = progressReportDocument(rows, {
      profile: { ...profile, margins: { ...profile.margins, leftMm: 35, rightMm: 20 } },
      asOf: "2020-12-03",
    });
    const [table] = tablesOf(sections(narrow)[1].blocks);
    expect(table.columnWidthsTwips.reduce((a, b) => a + b, 0)).toBe(13720);
    const room = (column: number) => (table.columnWidthsTwips[column] - 2 * CELL_PADDING_TWIPS) / 20;
    expect(textWidthPt("STT", 12, true)).toBeLessThan(room(0));
    expect(textWidthPt("31/12/2026", 12)).toBeLessThan(room(4));
    REPORT_COLUMNS.forEach((column, i) => {
      for (const word of column.title.split(" "))
        expect([word, textWidthPt(word, 12, true) < room(i)]).toEqual([word, true]);
    });
    // Long words of agency names stay whole in both owner columns (the render test checks the real ones).
    for (const word of ["nghiệp,", "Thương;", "UBND", "Nông-Lâm", "TP.HCM"])
      for (const column of [2, 3]) expect([word, textWidthPt(word, 12) < room(column)]).toEqual([word, true]);
  });

  it("ends with grey guidance to type over, the closing sentence, then Nơi nhận and signature", () => {
    const body = main.blocks[2].blocks;
    expect(body.filter((b) => b.kind === "placeholder").map((b) => (b.kind === "placeholder" ? b.title : ""))).toEqual([
      "Khó khăn, vướng mắc",
      "Kiến nghị",
    ]);
    expect(text(main.blocks)).toContain("Nơi nhận:");
  });

  it("no task: one section, no appendix, and the body says so", () => {
    const empty = progressReportDocument([], { profile, asOf: "2020-12-03" });
    expect(empty.body.some(isSectionBreak)).toBe(false);
    expect(text(sections(empty)[0].blocks)).toContain("Không có nhiệm vụ nào được giao.");
  });
});

describe("reminder letters", () => {
  const rows = [
    row("a1", "Phòng Nghiệp vụ 1", by("2020-11-30"), KL),
    row("a2", "Phòng Nghiệp vụ 1", by("2020-12-05"), TB),
    row("a3", "Văn phòng", by("2020-12-30"), KL), // not yet due soon
    row("a4", 'Phòng/Ban: "Tổ 1"', by("2020-12-04"), KL),
    row("a5", null, by("2020-11-01"), KL),
  ];
  const { letters, unowned } = reminderLetters(rows, { profile, asOf: "2020-12-03" });

  it("one letter per owner with overdue or due-soon tasks; the unowned are handed back", () => {
    expect(letters.map((l) => [l.owner, l.fileStem, l.rows.map((r) => r.task.id)])).toEqual([
      ["Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 1", ["a1", "a2"]],
      ['Phòng/Ban: "Tổ 1"', "Phòng Ban Tổ 1", ["a4"]],
    ]);
    expect(unowned.map((r) => r.task.id)).toEqual(["a5"]);
  });

  it("V/v names every source without dates; Kính gửi the owner; the tasks with deadline and lateness", () => {
    const lines = text(singleSectionBlocks(letters[0].model));
    expect(lines).toContain("V/v đôn đốc thực hiện nhiệm vụ tại Kết luận số 05/KL-TTr và Thông báo số 12/TB-TTr");
    expect(lines).toContain("Số:      /TTr-NV");
    expect(lines).toContain("Kính gửi: Phòng Nghiệp vụ 1.");
    expect(lines).toEqual(expect.arrayContaining(["Nhiệm vụ a1.", "30/11/2020", "Quá hạn 3 ngày"]));
    expect(lines).toEqual(expect.arrayContaining(["Nhiệm vụ a2.", "05/12/2020", "Còn 2 ngày"]));
    expect(lines.find((l) => l.includes("trước ngày"))).toContain("trước ngày 10/12/2020");
    expect(lines).toContain("- Như trên;");
    const [table] = tablesOf(singleSectionBlocks(letters[0].model));
    expect(table.rows).toHaveLength(1 + 2);
    expect(singleSectionBlocks(letters[0].model).map((b) => b.name)).toEqual(["header", "scaffold", "signature"]);
  });

  it("an owner the document wrote in lower case ('các phòng') opens the Kính gửi line with a capital, not the sentences", () => {
    const [letter] = reminderLetters([row("b1", "các phòng nghiệp vụ", by("2020-11-30"), KL)], {
      profile,
      asOf: "2020-12-03",
    }).letters;
    const lines = text(singleSectionBlocks(letter.model));
    expect(lines).toContain("Kính gửi: Các phòng nghiệp vụ.");
    expect(lines.find((l) => l.startsWith("Thực hiện"))).toContain(", các phòng nghiệp vụ được giao chủ trì");
  });

  it("asks for a reply five working days later, or on the day given", () => {
    expect(defaultReplyBy("2020-12-03")).toBe("2020-12-10"); // Thursday → next Thursday
    expect(defaultReplyBy("2026-08-01")).toBe("2026-08-07"); // Saturday → Friday
    const custom = reminderLetters(rows, { profile, asOf: "2020-12-03", replyBy: "2020-12-31" });
    expect(text(singleSectionBlocks(custom.letters[0].model)).find((l) => l.includes("trước ngày"))).toContain(
      "31/12/2020",
    );
  });

  it("written after the as-of day: dated the day written, the reply counted from it", () => {
    const later = reminderLetters(rows, { profile, asOf: "2020-12-03", date: { year: 2020, month: 12, day: 7 } });
    const lines = text(singleSectionBlocks(later.letters[0].model));
    expect(lines).toContain("Tây Ninh, ngày 07 tháng 12 năm 2020");
    expect(lines.find((l) => l.startsWith("Thực hiện "))).toContain("Theo dõi đến ngày 03/12/2020");
    expect(lines.find((l) => l.includes("trước ngày"))).toContain("trước ngày 14/12/2020"); // Monday → Monday
  });

  it("nothing to chase, no letter", () => {
    expect(reminderLetters([rows[2]], { profile, asOf: "2020-12-03" }).letters).toEqual([]);
  });
});
