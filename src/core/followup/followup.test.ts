import type { Deadline } from "../dates";
import type { Task } from "../tasks";
import {
  dueDayAsOf,
  followUpStatus,
  formatPermille,
  parseAlarmDays,
  readFollowUpSettings,
  remindersAsOf,
  safeFileStem,
  shares,
  summarizeStatuses,
  uniqueStems,
} from ".";

const by = (date: string): Deadline => ({ raw: date, date, kind: "by" });
const status = (done: boolean, doneOn: string | null, deadline: Deadline | null, asOf: string, soon = 3) =>
  followUpStatus({ done, doneOn, deadline }, asOf, soon);

describe("statuses at the boundaries", () => {
  const deadline = by("2026-06-15");

  it("a task due today and not done is still within the deadline, and due soon", () => {
    expect(status(false, null, deadline, "2026-06-15")).toBe("due-soon");
    expect(status(false, null, deadline, "2026-06-15", 0)).toBe("due-soon");
  });

  it("the day after the deadline an open task is overdue", () => {
    expect(status(false, null, deadline, "2026-06-16")).toBe("overdue");
  });

  it("due soon counts N days ahead, the Nth included; a day further is within the deadline", () => {
    expect(status(false, null, deadline, "2026-06-12")).toBe("due-soon");
    expect(status(false, null, deadline, "2026-06-11")).toBe("in-time");
    expect(status(false, null, deadline, "2026-06-08", 7)).toBe("due-soon");
  });

  it("done on the deadline is on time; done a day late is late, whatever the as-of day", () => {
    expect(status(true, "2026-06-15", deadline, "2026-06-20")).toBe("done-on-time");
    expect(status(true, "2026-06-16", deadline, "2026-06-20")).toBe("done-late");
    expect(status(true, "2026-06-01", deadline, "2026-06-01")).toBe("done-on-time");
  });

  it("a tick dated after the as-of day does not count yet: as of then the task was open", () => {
    expect(status(true, "2026-06-20", deadline, "2026-06-18")).toBe("overdue");
    expect(status(true, "2026-06-20", deadline, "2026-06-10")).toBe("in-time");
  });

  it("a tick from an older checklist, without a day, counts as done on time", () => {
    expect(status(true, null, deadline, "2027-01-01")).toBe("done-on-time");
  });

  it("no deadline, an ongoing duty and a relative deadline without a start are 'no deadline' until done", () => {
    expect(status(false, null, null, "2026-06-15")).toBe("no-deadline");
    expect(status(false, null, { raw: "thường xuyên", date: null, kind: "ongoing" }, "2026-06-15")).toBe("no-deadline");
    expect(status(false, null, { raw: "trong 5 ngày", date: null, kind: "relative" }, "2026-06-15")).toBe(
      "no-deadline",
    );
    expect(status(true, "2026-06-15", null, "2026-06-15")).toBe("done-on-time");
  });

  it("a recurring duty is judged by its next repetition, never overdue by a past one", () => {
    const quarterly: Deadline = { raw: "hằng quý", date: "2026-03-31", kind: "recurring", rule: "quarterly" };
    expect(dueDayAsOf(quarterly, "2026-04-01")).toBe("2026-06-30");
    expect(dueDayAsOf(quarterly, "2026-09-30")).toBe("2026-09-30");
    expect(dueDayAsOf(quarterly, "2031-12-31")).toBe("2031-12-31");
    expect(status(false, null, quarterly, "2026-06-28")).toBe("due-soon");
    expect(status(false, null, quarterly, "2026-05-01")).toBe("in-time");
    const monthly18: Deadline = {
      raw: "trước ngày 18 hằng tháng",
      date: "2026-01-18",
      kind: "recurring",
      rule: "monthly",
    };
    expect(dueDayAsOf(monthly18, "2026-02-19")).toBe("2026-03-18");
    const weekly: Deadline = { raw: "hằng tuần", date: "2026-06-07", kind: "recurring", rule: "weekly" };
    expect(dueDayAsOf(weekly, "2026-06-08")).toBe("2026-06-14");
    expect(status(true, "2026-07-01", monthly18, "2026-07-02")).toBe("done-on-time");
  });

  it("a due day the caller has already worked out gives the same status, and is the one judged", () => {
    const quarterly: Deadline = { raw: "hằng quý", date: "2026-03-31", kind: "recurring", rule: "quarterly" };
    for (const [d, asOf] of [
      [quarterly, "2026-06-28"],
      [quarterly, "2026-05-01"],
      [deadline, "2026-06-16"],
      [null, "2026-06-16"],
    ] as const) {
      const known = dueDayAsOf(d, asOf);
      expect(followUpStatus({ done: false, deadline: d }, asOf, 3, known)).toBe(status(false, null, d, asOf));
    }
    // Not worked out again: a stale due day would show (the list keeps its own per as-of day).
    expect(followUpStatus({ done: false, deadline }, "2026-06-16", 3, "2026-06-30")).toBe("in-time");
    expect(followUpStatus({ done: false, deadline }, "2026-06-16", 3, null)).toBe("no-deadline");
  });

  it("a malformed deadline day or done day is ignored rather than trusted", () => {
    expect(status(false, null, by("2026-02-31"), "2026-06-15")).toBe("no-deadline");
    expect(status(true, "hôm qua", deadline, "2026-06-20")).toBe("done-on-time");
  });
});

describe("counts and shares", () => {
  it("shares of 0,1% add up to 100% exactly", () => {
    expect(shares([1, 1, 1])).toEqual([334, 333, 333]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([2, 1, 0])).toEqual([667, 333, 0]);
    expect(formatPermille(333)).toBe("33,3%");
    expect(formatPermille(1000)).toBe("100%");
  });

  it("counts every status, zeros included, and splits done from open", () => {
    const s = summarizeStatuses(["done-on-time", "overdue", "overdue", "no-deadline"]);
    expect(s.total).toBe(4);
    expect(s.done).toBe(1);
    expect(s.open).toBe(3);
    expect(s.counts.map((c) => [c.status, c.count, c.permille])).toEqual([
      ["done-on-time", 1, 250],
      ["done-late", 0, 0],
      ["overdue", 2, 500],
      ["due-soon", 0, 0],
      ["in-time", 0, 0],
      ["no-deadline", 1, 250],
    ]);
  });
});

describe("settings", () => {
  it("reads alarm days as the clerk types them, refusing what is not a day count", () => {
    expect(parseAlarmDays("3, 1")).toEqual([3, 1]);
    expect(parseAlarmDays("1 3 3 7 14")).toEqual([14, 7, 3]);
    expect(parseAlarmDays("")).toEqual([]);
    expect(parseAlarmDays("3, mai")).toBeNull();
    expect(parseAlarmDays("90")).toBeNull();
  });

  it("falls back to the default field by field for stored values it cannot read", () => {
    expect(readFollowUpSettings(undefined)).toEqual({ dueSoonDays: 3, alarmDays: [3, 1] });
    expect(readFollowUpSettings({ dueSoonDays: 5, alarmDays: ["x"] })).toEqual({ dueSoonDays: 5, alarmDays: [3, 1] });
    expect(readFollowUpSettings({ dueSoonDays: -1, alarmDays: [1, 7] })).toEqual({ dueSoonDays: 3, alarmDays: [7, 1] });
  });
});

const task = (id: string, owner: string | null, paragraphIndex = 0): Task => ({
  id,
  text: `Nhiệm vụ ${id}`,
  owner,
  coOwners: [],
  deadline: null,
  urgent: false,
  section: null,
  paragraphIndex,
});

describe("who gets a reminder letter", () => {
  const asOf = "2026-06-15";
  const row = (id: string, owner: string | null, deadline: Deadline | null, done = false, p = 0) => ({
    task: { ...task(id, owner, p), deadline },
    done,
  });

  it("one group per body with overdue or due-soon open tasks, overdue first; other tasks are left out", () => {
    const rows = [
      row("a", "Sở Tài chính", by("2026-06-17"), false, 1),
      row("b", "sở tài chính", by("2026-06-01"), false, 2),
      row("c", "Sở Tài chính", by("2026-08-01"), false, 3), // within the deadline, not soon
      row("d", "Sở Xây dựng", by("2026-06-01"), true, 4), // done
      row("e", "Ủy ban nhân dân xã A; Sở Công Thương", by("2026-06-10"), false, 5),
      row("f", null, by("2026-06-10"), false, 6),
    ];
    const { groups, unowned } = remindersAsOf(rows, asOf, 3);
    expect(groups.map((g) => [g.owner, g.rows.map((r) => [r.row.task.id, r.status])])).toEqual([
      ["Sở Công Thương", [["e", "overdue"]]],
      [
        "Sở Tài chính",
        [
          ["b", "overdue"],
          ["a", "due-soon"],
        ],
      ],
      ["Ủy ban nhân dân xã A", [["e", "overdue"]]],
    ]);
    expect(unowned.map((r) => r.task.id)).toEqual(["f"]);
  });
});

describe("file names from owners", () => {
  it("keeps Vietnamese letters and drops what Windows refuses", () => {
    expect(safeFileStem("Sở Tài chính")).toBe("Sở Tài chính");
    expect(safeFileStem('Phòng "A/B": C\\D|E?*<>')).toBe("Phòng A B C D E");
    expect(safeFileStem("Văn phòng. ")).toBe("Văn phòng");
    expect(safeFileStem("CON")).toBe("CON_");
    expect(safeFileStem("nul.txt")).toBe("nul.txt_");
    expect(safeFileStem("...")).toBe("van-ban");
    expect(safeFileStem("a\u0000b\nc")).toBe("a b c");
    expect(safeFileStem("x".repeat(200)).length).toBe(80);
    // NFD in, NFC out.
    expect(safeFileStem("Sở".normalize("NFD"))).toBe("Sở");
  });

  it("makes stems unique regardless of case", () => {
    expect(uniqueStems(["Sở A", "sở a", "Sở A", "Sở B"])).toEqual(["Sở A", "sở a (2)", "Sở A (3)", "Sở B"]);
  });
});
