import { ChecklistRow } from "../../../core/checklist";
import { arrange, badgeOf, matchesFilter } from "./taskView";

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

describe("badges relative to today (25/11/2026)", () => {
  const today = "2026-11-25";
  it.each([
    ["2026-11-24", false, "overdue"],
    ["2026-11-25", false, "due-soon"],
    ["2026-12-02", false, "due-soon"],
    ["2026-12-03", false, "scheduled"],
    ["2026-11-01", true, "done"],
    [null, false, "no-deadline"],
  ] as const)("deadline %s, done %s → %s", (date, done, badge) => {
    expect(badgeOf(row("1", "Sở Tài chính", date, done), today)).toBe(badge);
  });
});

describe("filters", () => {
  it("finds an owner typed without diacritics and đ as d", () => {
    expect(matchesFilter(row("1", "Sở Tài chính", null), "all", "so tai chinh", "2026-11-25")).toBe(true);
    expect(matchesFilter(row("2", "Đoàn thanh tra", null), "all", "doan thanh", "2026-11-25")).toBe(true);
    expect(matchesFilter(row("3", "Sở Xây dựng", null), "all", "tai chinh", "2026-11-25")).toBe(false);
  });

  it("keeps only open, done or overdue rows", () => {
    const rows = [row("1", null, "2026-11-01"), row("2", null, "2026-12-30"), row("3", null, null, true)];
    const ids = (filter: "open" | "done" | "overdue") =>
      rows.filter((r) => matchesFilter(r, filter, "", "2026-11-25")).map((r) => r.task.id);
    expect(ids("open")).toEqual(["1", "2"]);
    expect(ids("done")).toEqual(["3"]);
    expect(ids("overdue")).toEqual(["1"]);
  });
});

describe("arrange", () => {
  const rows = [
    row("1", "Ủy ban nhân dân xã", "2026-12-01"),
    row("2", null, "2026-11-30"),
    row("3", "Sở Công Thương", null),
    row("4", "Sở Công Thương", "2026-11-28"),
    row("5", "Ban Quản lý", "2026-12-10"),
  ];

  it("orders by deadline with undated tasks last", () => {
    expect(arrange(rows, "deadline")[0].rows.map((r) => r.task.id)).toEqual(["4", "2", "1", "5", "3"]);
  });

  it("groups by owner in Vietnamese alphabetical order, unknown owner last", () => {
    const groups = arrange(rows, "owner");
    expect(groups.map((g) => g.owner)).toEqual(["Ban Quản lý", "Sở Công Thương", "Ủy ban nhân dân xã", null]);
    expect(groups[1].rows.map((r) => r.task.id)).toEqual(["4", "3"]);
  });
});
