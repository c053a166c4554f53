import type { Deadline } from "../dates";
import type { ExportRow, SourceDocument } from "../export";
import { Block, Table, TaggedBlock, plainParagraphs } from "../model";
import { TAY_NINH } from "../../../test/fakes/profiles";
import { progressReportDocument, reminderLetters, reportSubject, defaultReplyBy } from ".";

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

describe("progress report", () => {
  const rows = [
    row("a1", "Phòng Nghiệp vụ 1", by("2020-11-30"), KL, { done: true, doneOn: "2020-11-25", note: "Đã trình" }),
    row("a2", "Phòng Nghiệp vụ 2", by("2020-11-30"), KL, { done: true, doneOn: "2020-12-02" }),
    row("a3", "Văn phòng", by("2020-12-01"), KL),
    row("b1", "Phòng Nghiệp vụ 1", by("2020-12-20"), TB),
    row("b2", null, null, TB),
  ];
  const model = progressReportDocument(rows, { profile, asOf: "2020-12-03" });

  it("names the documents it reports on, in the subject and the opening, with the as-of day", () => {
    expect(reportSubject(rows)).toBe(
      "Kết quả thực hiện Kết luận số 05/KL-TTr ngày 10/11/2020 và Thông báo số 12/TB-TTr ngày 20/11/2020",
    );
    const lines = text(model.body);
    expect(lines).toContain("BÁO CÁO");
    expect(lines.find((l) => l.startsWith("Thực hiện "))).toContain("tính đến ngày 03/12/2020");
    expect(lines).toContain("Số:      /BC-TTr");
  });

  it("counts every status and gives shares that add up to 100%", () => {
    const lines = text(model.body);
    expect(lines).toContain("Đã hoàn thành: 2 nhiệm vụ (40%), trong đó đúng hạn 1, quá hạn 1.");
    expect(lines).toContain(
      "Chưa hoàn thành: 3 nhiệm vụ (60%), trong đó còn trong hạn 1 (sắp đến hạn trong 3 ngày: 0), quá hạn 1, " +
        "không có thời hạn 1.",
    );
  });

  it("one task table per source, under the source's name, one row per task plus the titles", () => {
    const [counts, kl, tb] = tablesOf(model.body);
    expect(counts.rows).toHaveLength(1 + 6 + 1);
    expect(kl.rows).toHaveLength(1 + 3);
    expect(tb.rows).toHaveLength(1 + 2);
    expect(plainParagraphs([kl])).toEqual(
      expect.arrayContaining(["Hoàn thành đúng hạn", "Hoàn thành ngày 25/11/2020.\nĐã trình", "Nhiệm vụ a1."]),
    );
    expect(plainParagraphs([tb])).toEqual(expect.arrayContaining(["Chưa xác định", "Không có thời hạn"]));
    const lines = text(model.body);
    expect(lines).toContain("1. Kết luận số 05/KL-TTr ngày 10/11/2020");
    expect(lines).toContain("2. Thông báo số 12/TB-TTr ngày 20/11/2020");
    // Column widths fill the text width of the profile's page (30 + 20 mm margins: 9071 tw).
    expect(kl.columnWidthsTwips.reduce((a, b) => a + b, 0)).toBe(9071);
  });

  it("ends with grey guidance to type over, the closing sentence, then Nơi nhận and signature", () => {
    const names = model.body.map((b) => b.name);
    expect(names).toEqual(["header", "title", "scaffold", "signature"]);
    const body = model.body[2].blocks;
    expect(body.filter((b) => b.kind === "placeholder").map((b) => (b.kind === "placeholder" ? b.title : ""))).toEqual([
      "Khó khăn, vướng mắc",
      "Kiến nghị",
    ]);
    expect(text(model.body)).toContain("Nơi nhận:");
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
    const lines = text(letters[0].model.body);
    expect(lines).toContain("V/v đôn đốc thực hiện nhiệm vụ tại Kết luận số 05/KL-TTr và Thông báo số 12/TB-TTr");
    expect(lines).toContain("Số:      /TTr-NV");
    expect(lines).toContain("Kính gửi: Phòng Nghiệp vụ 1.");
    expect(lines).toEqual(expect.arrayContaining(["Nhiệm vụ a1.", "30/11/2020", "Quá hạn 3 ngày"]));
    expect(lines).toEqual(expect.arrayContaining(["Nhiệm vụ a2.", "05/12/2020", "Còn 2 ngày"]));
    expect(lines.find((l) => l.includes("trước ngày"))).toContain("trước ngày 10/12/2020");
    expect(lines).toContain("- Như trên;");
    const [table] = tablesOf(letters[0].model.body);
    expect(table.rows).toHaveLength(1 + 2);
    expect(letters[0].model.body.map((b) => b.name)).toEqual(["header", "scaffold", "signature"]);
  });

  it("an owner the document wrote in lower case ('các phòng') opens the Kính gửi line with a capital, not the sentences", () => {
    const [letter] = reminderLetters([row("b1", "các phòng nghiệp vụ", by("2020-11-30"), KL)], {
      profile,
      asOf: "2020-12-03",
    }).letters;
    const lines = text(letter.model.body);
    expect(lines).toContain("Kính gửi: Các phòng nghiệp vụ.");
    expect(lines.find((l) => l.startsWith("Thực hiện"))).toContain(", các phòng nghiệp vụ được giao chủ trì");
  });

  it("asks for a reply five working days later, or on the day given", () => {
    expect(defaultReplyBy("2020-12-03")).toBe("2020-12-10"); // Thursday → next Thursday
    expect(defaultReplyBy("2026-08-01")).toBe("2026-08-07"); // Saturday → Friday
    const custom = reminderLetters(rows, { profile, asOf: "2020-12-03", replyBy: "2020-12-31" });
    expect(text(custom.letters[0].model.body).find((l) => l.includes("trước ngày"))).toContain("31/12/2020");
  });

  it("written after the as-of day: dated the day written, the reply counted from it", () => {
    const later = reminderLetters(rows, { profile, asOf: "2020-12-03", date: { year: 2020, month: 12, day: 7 } });
    const lines = text(later.letters[0].model.body);
    expect(lines).toContain("Tây Ninh, ngày 07 tháng 12 năm 2020");
    expect(lines.find((l) => l.startsWith("Thực hiện "))).toContain("Theo dõi đến ngày 03/12/2020");
    expect(lines.find((l) => l.includes("trước ngày"))).toContain("trước ngày 14/12/2020"); // Monday → Monday
  });

  it("nothing to chase, no letter", () => {
    expect(reminderLetters([rows[2]], { profile, asOf: "2020-12-03" }).letters).toEqual([]);
  });
});
