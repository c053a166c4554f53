/**
 * The follow-up documents (progress report, reminder letters) pass the Decree 30 check with no error, as every draft
 * does: they are built from the same blocks.
 */
import { Deadline } from "../../src/core/dates";
import type { ExportRow, SourceDocument } from "../../src/core/export";
import { progressReportDocument, reminderLetters } from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { checkDocx } from "../../src/docx";
import { runReport } from "../../src/cli/report";
import { runRemind } from "../../src/cli/remind";
import { PROFILE_JSON, followedNotice, memoryIo } from "../support/followUpFixture";
import { PROFILE } from "./fixture";

const KL: SourceDocument = { number: "05/KL-TTr", issuedDate: "2020-11-10", fileName: "kl.docx", kind: "Kết luận" };
const TB: SourceDocument = { number: "12/TB-TTr", issuedDate: "2020-11-20", kind: "Thông báo" };
const by = (date: string): Deadline => ({ raw: date, date, kind: "by" });

const row = (
  id: number,
  owner: string | null,
  deadline: Deadline | null,
  source: SourceDocument,
  extra = {},
): ExportRow => ({
  task: {
    id: String(id),
    text: `- Nhiệm vụ số ${id} của ${owner ?? "đơn vị"} cần thực hiện.`,
    owner,
    coOwners: id % 2 ? ["Sở Tài chính"] : [],
    deadline,
    urgent: false,
    section: null,
    paragraphIndex: id,
  },
  done: false,
  source,
  ...extra,
});

const ROWS = [
  row(1, "Sở Công Thương", by("2020-11-30"), KL, { done: true, doneOn: "2020-11-25", note: "Đã có Văn bản số 88/SCT" }),
  row(2, "Sở Xây dựng", by("2020-11-30"), KL, { done: true, doneOn: "2020-12-02" }),
  row(3, "Văn phòng", by("2020-12-01"), KL),
  row(4, "Sở Công Thương", by("2020-12-04"), TB),
  row(5, null, null, TB),
];

const errors = (bytes: Uint8Array) => {
  const { report } = checkDocx(bytes);
  return { placed: report.placed, errors: report.findings.filter((f) => f.severity === "error") };
};

test("the progress report has no Decree 30 error", () => {
  const model = progressReportDocument(ROWS, { profile: PROFILE, asOf: "2020-12-03" });
  expect(errors(writeDocx(model))).toEqual({ placed: "administrative", errors: [] });
});

test("every reminder letter has no Decree 30 error", () => {
  const { letters } = reminderLetters(ROWS, { profile: PROFILE, asOf: "2020-12-03", dueSoonDays: 3 });
  expect(letters.length).toBeGreaterThan(1);
  for (const letter of letters)
    expect(errors(writeDocx(letter.model))).toEqual({ placed: "administrative", errors: [] });
});

test("what cli report and cli remind write for the followed Lào Cai notice has no Decree 30 error", () => {
  const { io, written } = memoryIo({ "tb.docx": followedNotice().bytes, "p.json": PROFILE_JSON });
  expect(runReport(["tb.docx", "--profile", "p.json", "--out", "r.docx"], io)).toBe(0);
  expect(runRemind(["tb.docx", "--profile", "p.json", "--out", "thu"], io)).toBe(0);
  const names = Object.keys(written);
  expect(names.length).toBeGreaterThan(2);
  for (const name of names)
    expect([name, errors(written[name])]).toEqual([name, { placed: "administrative", errors: [] }]);
});
