import { ChecklistRow } from "../../../core/checklist";
import { AsOf, arrange, badgeOf, countByFilter, matchesFilter } from "./taskView";

const asOf: AsOf = { today: "2026-11-25", dueSoonDays: 3 };

const row = (id: string, owner: string | null, date: string | null, done = false, doneOn?: string): ChecklistRow => ({
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
  ...(doneOn ? { doneOn } : {}),
  status: "present",
  edited: false,
  manual: false,
});

describe("badges are the follow-up statuses as of today (25/11/2026), due soon within 3 days (Cài đặt)", () => {
  it.each([
    ["2026-11-24", false, undefined, "overdue"],
    ["2026-11-25", false, undefined, "due-soon"],
    ["2026-11-28", false, undefined, "due-soon"],
    ["2026-11-29", false, undefined, "in-time"],
    ["2026-11-20", true, "2026-11-20", "done-on-time"],
    ["2026-11-20", true, "2026-11-21", "done-late"],
    [null, false, undefined, "no-deadline"],
  ] as const)("deadline %s, done %s on %s → %s", (date, done, doneOn, badge) => {
    expect(badgeOf(row("1", "Sở Tài chính", date, done, doneOn), asOf)).toBe(badge);
  });

  it("the due-soon window is the clerk's setting", () => {
    expect(badgeOf(row("1", null, "2026-12-02"), asOf)).toBe("in-time");
    expect(badgeOf(row("1", null, "2026-12-02"), { ...asOf, dueSoonDays: 7 })).toBe("due-soon");
  });
});

describe("filters", () => {
  it("finds an owner typed without diacritics and đ as d", () => {
    expect(matchesFilter(row("1", "Sở Tài chính", null), "all", "so tai chinh", asOf)).toBe(true);
    expect(matchesFilter(row("2", "Đoàn thanh tra", null), "all", "doan thanh", asOf)).toBe(true);
    expect(matchesFilter(row("3", "Sở Xây dựng", null), "all", "tai chinh", asOf)).toBe(false);
  });

  const rows = [
    row("1", null, "2026-11-01"),
    row("2", null, "2026-12-30"),
    row("3", null, null, true),
    row("4", null, "2026-11-10", true, "2026-11-12"),
    row("5", null, "2026-11-27"),
  ];
  const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
    rows.filter((r) => matchesFilter(r, filter, "", asOf)).map((r) => r.task.id);

  it("keeps open or done rows, or the rows of one status", () => {
    expect(ids("open")).toEqual(["1", "2", "5"]);
    expect(ids("done")).toEqual(["3", "4"]);
    expect(ids("overdue")).toEqual(["1"]);
    expect(ids("due-soon")).toEqual(["5"]);
    expect(ids("done-late")).toEqual(["4"]);
    expect(ids("done-on-time")).toEqual(["3"]);
  });

  it("counts what each filter keeps: the summary the chips show", () => {
    expect(countByFilter(rows, asOf)).toEqual({
      all: 5,
      open: 3,
      done: 2,
      overdue: 1,
      "due-soon": 1,
      "in-time": 1,
      "no-deadline": 0,
      "done-late": 1,
      "done-on-time": 1,
    });
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

  it("by deadline: one list by due day, undated last, a tick changing nothing in the order", () => {
    const order = (list: ChecklistRow[]) => arrange(list, "deadline", asOf).map((g) => g.rows.map((r) => r.task.id));
    expect(order(rows)).toEqual([["4", "2", "1", "5", "3"]]);
    expect(order(rows.map((r) => (r.task.id === "4" ? { ...r, done: true, doneOn: "2026-11-25" } : r)))).toEqual([
      ["4", "2", "1", "5", "3"],
    ]);
  });

  it("a recurring duty sorts by its next repetition, not its first day", () => {
    const monthly = row("7", null, "2026-01-31");
    monthly.task.deadline = { raw: "hằng tháng", date: "2026-01-31", kind: "recurring", rule: "monthly" };
    const groups = arrange([monthly, row("8", null, "2026-11-29")], "deadline", asOf);
    expect(groups[0].rows.map((r) => r.task.id)).toEqual(["8", "7"]);
  });

  it("groups by owner in Vietnamese alphabetical order, unknown owner last", () => {
    const groups = arrange(rows, "owner", asOf);
    expect(groups.map((g) => g.owner)).toEqual(["Ban Quản lý", "Sở Công Thương", "Ủy ban nhân dân xã", null]);
    expect(groups[1].rows.map((r) => r.task.id)).toEqual(["4", "3"]);
  });
});
