import { ChecklistRow } from "../../../core/checklist";
import { Deadline } from "../../../core/dates";
import { arrange, badgeOf, countBy, exportBaseName, matchesQuery, page, passes } from "./taskView";

const row = (id: string, owner: string | null, date: string | null, done = false): ChecklistRow => ({
  task: {
    id,
    text: `Nhiệm vụ ${id} của ${owner ?? "ai đó"}`,
    owner,
    coOwners: [],
    deadline: date ? { raw: date, date, kind: "by" } : null,
    urgent: false,
    section: null,
    paragraphIndex: Number(id),
  },
  done,
  status: "present",
  edited: false,
  manual: false,
});

const asOf = (today: string) => ({ today, dueSoonDays: 7 });

describe("badges are the follow-up statuses as of today (25/11/2026)", () => {
  it.each([
    ["2026-11-24", false, "overdue"],
    ["2026-11-25", false, "due-soon"],
    ["2026-12-02", false, "due-soon"],
    ["2026-12-03", false, "in-time"],
    ["2026-11-01", true, "done-on-time"],
    [null, false, "no-deadline"],
  ] as const)("deadline %s, done %s → %s", (date, done, badge) => {
    expect(badgeOf(row("1", "Sở Tài chính", date, done), asOf("2026-11-25"))).toBe(badge);
  });

  it("judges a recurring duty by its next repetition, so old recurring work is not 'Quá hạn' forever", () => {
    const deadline: Deadline = { raw: "hằng quý", date: "2020-12-31", kind: "recurring", rule: "quarterly" };
    const task = { ...row("1", "Văn phòng", null), task: { ...row("1", "Văn phòng", null).task, deadline } };
    expect(badgeOf(task, asOf("2026-11-25"))).toBe("in-time");
    expect(badgeOf(task, asOf("2026-12-28"))).toBe("due-soon");
  });
});

describe("a row's status is worked out once per day and due-soon setting, never kept past them", () => {
  it("the same row asked again on another day, or with another due-soon window, is judged afresh", () => {
    const same = row("1", "Sở Tài chính", "2026-12-01");
    expect(badgeOf(same, asOf("2026-11-20"))).toBe("in-time");
    expect(badgeOf(same, asOf("2026-11-28"))).toBe("due-soon");
    expect(badgeOf(same, { today: "2026-11-20", dueSoonDays: 14 })).toBe("due-soon");
    expect(badgeOf(same, asOf("2026-12-02"))).toBe("overdue");
    // The list sorts by the due day it worked out with the status: earliest first, as before.
    const later = row("2", "Sở Nội vụ", "2026-12-20");
    const groups = arrange([later, same], "owner", asOf("2026-11-20"));
    expect(groups.map((g) => g.owner)).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
    expect(arrange([later, same], "deadline", asOf("2026-11-20"))[0].rows.map((r) => r.task.id)).toEqual(["1", "2"]);
  });
});

describe("filters and search", () => {
  const today = asOf("2026-11-25");
  it("finds an owner typed without diacritics and đ as d", () => {
    expect(matchesQuery(row("1", "Sở Tài chính", null), "so tai chinh")).toBe(true);
    expect(matchesQuery(row("2", "Đoàn thanh tra", null), "doan thanh")).toBe(true);
    expect(matchesQuery(row("3", "Sở Xây dựng", null), "tai chinh")).toBe(false);
  });

  it("counts each part of the summary over the same rows its filter keeps", () => {
    const review = row("5", "Văn phòng", "2026-12-30");
    review.task.confidence = "review";
    const rows = [
      row("1", null, "2026-11-01"),
      row("2", "Văn phòng", "2026-11-30"),
      row("3", "Văn phòng", null, true),
      row("4", null, null),
      review,
    ];
    const counts = countBy(rows, { missing: 2, removed: 1 }, today);
    expect(counts).toEqual({
      all: 5,
      overdue: 1,
      "due-soon": 1,
      "in-time": 1,
      "no-deadline": 1,
      "done-late": 0,
      "done-on-time": 1,
      "no-owner": 2,
      review: 1,
      missing: 2,
      removed: 1,
    });
    for (const filter of ["overdue", "due-soon", "no-deadline", "done-on-time", "no-owner", "review"] as const) {
      expect(rows.filter((r) => passes(r, filter, today))).toHaveLength(counts[filter]);
    }
  });
});

describe("arrange and page", () => {
  const today = asOf("2026-11-25");
  const rows = [
    row("1", "Ủy ban nhân dân xã", "2026-12-10"),
    row("2", null, "2026-11-30"),
    row("3", "Sở Công Thương", null),
    row("4", "Sở Công Thương", "2026-11-20"),
    row("5", "Ban Quản lý", "2026-12-01", true),
  ];

  it("groups by status, overdue first, each by due day", () => {
    const groups = arrange(rows, "deadline", today);
    expect(groups.map((g) => [g.badge, g.rows.map((r) => r.task.id)])).toEqual([
      ["overdue", ["4"]],
      ["due-soon", ["2"]],
      ["in-time", ["1"]],
      ["no-deadline", ["3"]],
      ["done-on-time", ["5"]],
    ]);
  });

  it("groups by owner in Vietnamese alphabetical order, unknown owner last", () => {
    const groups = arrange(rows, "owner", today);
    expect(groups.map((g) => g.owner)).toEqual(["Ban Quản lý", "Sở Công Thương", "Ủy ban nhân dân xã", null]);
    expect(groups[1].rows.map((r) => r.task.id)).toEqual(["4", "3"]);
  });

  it("pages across groups and keeps each group's full count for its header", () => {
    const paged = page(arrange(rows, "owner", today), 2);
    expect(paged.map((g) => [g.owner, g.rows.length, g.total])).toEqual([
      ["Ban Quản lý", 1, 1],
      ["Sở Công Thương", 1, 2],
    ]);
  });
});

describe("export file names", () => {
  it("carry the document's number and date", () => {
    expect(exportBaseName({ number: "05/KL-TTr", issuedDate: "2020-11-10" }, "2026-11-25")).toBe(
      "05-KL-TTr_2020-11-10",
    );
    expect(exportBaseName({ number: "/TB-VP", issuedDate: null }, "2026-11-25")).toBe("TB-VP");
    expect(exportBaseName({ number: null, issuedDate: null }, "2026-11-25")).toBe("2026-11-25");
  });
});
