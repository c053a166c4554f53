import {
  findDocumentNumber,
  rowsFromChecklist,
  sortRows,
  summarizeByOwner,
  type ExportRow,
} from "../../src/core/export";
import { emptyChecklist, mergeChecklist, recordScan, setDone, editTask } from "../../src/core/checklist";
import { SOURCE, by, task } from "./fixtures";

const row = (id: string, owner: string | null, date: string | null, extra: Partial<ExportRow> = {}): ExportRow => ({
  task: task(id, `Nhiệm vụ ${id}`, { owner, deadline: date ? by(date) : null, paragraphIndex: id.charCodeAt(0) }),
  done: false,
  source: SOURCE,
  ...extra,
});

describe("ordering and the per-owner summary", () => {
  test("by deadline: earliest first, no date last, ties in Vietnamese order (D < Đ < E), unowned after", () => {
    const rows = [
      row("a", "Em", "2020-12-01"),
      row("b", null, null),
      row("c", "Đài Phát thanh", "2020-12-01"),
      row("d", "Dân tộc", "2020-12-01"),
      row("e", "Sở Y tế", null),
      row("f", "Ủy ban nhân dân", "2020-11-15"),
    ];
    expect(sortRows(rows, "deadline", "2020-11-01").map((r) => r.task.id)).toEqual(["f", "d", "c", "a", "e", "b"]);
  });

  test("by deadline, a recurring duty sits at its next repetition as of the day given", () => {
    const quarterly = { raw: "hằng quý", date: "2020-03-31", kind: "recurring" as const, rule: "quarterly" as const };
    const rows = [
      row("a", "X", "2020-12-15"),
      { ...row("q", "X", null), task: task("q", "Báo cáo quý", { deadline: quarterly, paragraphIndex: 1 }) },
    ];
    expect(sortRows(rows, "deadline", "2020-11-01").map((r) => r.task.id)).toEqual(["a", "q"]); // q: 31/12
    expect(sortRows(rows, "deadline", "2020-09-01").map((r) => r.task.id)).toEqual(["q", "a"]); // q: 30/9
  });

  test("by document: by file name, then paragraph, vanished tasks last within their file", () => {
    const other = { ...SOURCE, fileName: "b.docx" };
    const rows = [
      row("z", "X", null, { source: other }),
      row("m", "X", null, { source: { ...SOURCE, fileName: "a.docx" } }),
      { ...row("g", "X", null, { source: other }), task: task("g", "gone", { paragraphIndex: -1 }) },
      row("c", "X", null, { source: other }),
    ];
    expect(sortRows(rows, "document", "2020-11-01").map((r) => r.task.id)).toEqual(["m", "c", "z", "g"]);
  });

  test("summary per owner: every status counted apart, adding up to the owner's total", () => {
    const rows = [
      row("a", "Sở Tài chính", "2020-11-01"),
      row("b", "Sở Tài chính", "2020-11-01", { done: true }),
      row("c", "Sở Tài chính", "2021-01-01"),
      row("d", "Ban Quản lý", null),
      row("e", null, "2020-01-01"),
    ];
    const counts = (c: Partial<Record<string, number>>) => ({
      "done-on-time": 0,
      "done-late": 0,
      overdue: 0,
      "due-soon": 0,
      "in-time": 0,
      "no-deadline": 0,
      ...c,
    });
    expect(summarizeByOwner(rows, { today: "2020-11-20" })).toEqual([
      { owner: "Ban Quản lý", counts: counts({ "no-deadline": 1 }), total: 1 },
      { owner: "Sở Tài chính", counts: counts({ "done-on-time": 1, overdue: 1, "in-time": 1 }), total: 3 },
      { owner: "Chưa xác định", counts: counts({ overdue: 1 }), total: 1 },
    ]);
  });
});

describe("model", () => {
  test("rows from the checklist carry ticks and edits, and leave out tasks no longer in the document", () => {
    const a = task("a", "Rà soát.", { owner: "Các phòng" });
    const b = task("b", "Báo cáo.");
    let state = setDone(recordScan(emptyChecklist(), [a, b]), "a", true);
    state = editTask(state, "a", { owner: "Phòng Nghiệp vụ 1" });
    const rows = rowsFromChecklist(mergeChecklist([a], state), SOURCE);
    expect(rows.map((r) => [r.task.id, r.task.owner, r.done])).toEqual([["a", "Phòng Nghiệp vụ 1", true]]);
  });

  test("the document number is read from the header line, a draft's blank number kept as written", () => {
    expect(findDocumentNumber([{ text: "UBND TỈNH" }, { text: "Số: 05/KL-TTr" }])).toBe("05/KL-TTr");
    expect(findDocumentNumber([{ text: "Số:           /TB-VP" }])).toBe("/TB-VP");
    expect(findDocumentNumber([{ text: "Số lượng cụm công nghiệp: 10" }])).toBeNull();
  });
});
