import { ICS_PRODID, shortenSummary, toIcs, type ExportRow } from "../../src/core/export";
import { SOURCE, by, labelRows, task } from "./fixtures";
import { nthDueDay } from "../../src/core/followup";

// Jest's CommonJS runtime resolves ical.js to its "require" build (dist/ical.es5.cjs): same code, same API.
import ICAL from "ical.js";

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

describe("ICS export", () => {
  const { label, rows } = labelRows("thong-bao-ket-luan-ubnd");
  const dated = label.map((t, i) => ({ t, i })).filter(({ t }) => t.deadline?.date);
  rows[dated[0].i].done = true;

  test("parsed back with ical.js: one VTODO per dated task, DUE as VALUE=DATE, UIDs and STATUS from the ticks", async () => {
    const ics = await toIcs(rows, { stamp: "2026-06-20T08:30:00Z" });
    const cal = parse(ics);
    expect(cal.name).toBe("vcalendar");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBe(ICS_PRODID);
    const todos = cal.getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(dated.length);
    // And an all-day event on each due day, for calendars that import events only (Google, Outlook).
    const events = cal.getAllSubcomponents("vevent");
    expect(events).toHaveLength(dated.length);
    dated.forEach(({ t, i }, k) => {
      const event = events[k];
      expect(event.getFirstPropertyValue("uid")).toBe(`t${i}-han@soan-thao-ket-luan`);
      const start = event.getFirstProperty("dtstart")!;
      expect(start.type).toBe("date");
      expect(start.getFirstValue()!.toString()).toBe(t.deadline!.date);
      const end = (event.getFirstPropertyValue("dtend") as { toJSDate(): Date }).toJSDate();
      const startDay = (start.getFirstValue() as unknown as { toJSDate(): Date }).toJSDate();
      expect((end.getTime() - startDay.getTime()) / 86_400_000).toBe(1);
      expect(String(event.getFirstPropertyValue("summary"))).toMatch(k === 0 ? /^Đã xong: / : /^Hạn: /);
      expect(event.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    });
    dated.forEach(({ t, i }, k) => {
      const todo = todos[k];
      expect(todo.getFirstPropertyValue("uid")).toBe(`t${i}@soan-thao-ket-luan`);
      const due = todo.getFirstProperty("due")!;
      expect(due.type).toBe("date");
      expect(due.getFirstValue()!.toString()).toBe(t.deadline!.date);
      expect(todo.getFirstPropertyValue("status")).toBe(k === 0 ? "COMPLETED" : "NEEDS-ACTION");
      expect(todo.getFirstPropertyValue("description")).toContain(`Chủ trì: ${t.owner}`);
      expect(String(todo.getFirstPropertyValue("description"))).toContain(t.text);
      expect(todo.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-06-20T08:30:00Z");
    });
    // The raw text: CRLF everywhere, DUE written as an all-day date, lines folded at 75 octets.
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(ics).toMatch(/\r\nDUE;VALUE=DATE:20261231\r\n/);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test("co-owners, source and urgency go into the to-do; undated tasks are left out", async () => {
    const rows: ExportRow[] = [
      {
        task: task("k1", "- Khẩn trương rà soát hồ sơ", {
          owner: "Sở Tài chính",
          coOwners: ["Sở Nội vụ", "các cơ quan liên quan"],
          deadline: by("2020-11-13", "chậm nhất ngày 13/11"),
          urgent: true,
          paragraphIndex: 23,
        }),
        done: false,
        source: SOURCE,
      },
      {
        task: task("k2", "Theo dõi thường xuyên.", { deadline: { raw: "thường xuyên", date: null, kind: "ongoing" } }),
        done: false,
        source: SOURCE,
      },
      { task: task("k3", "Báo cáo.", { owner: "Các phòng" }), done: false, source: SOURCE },
    ];
    const todos = parse(await toIcs(rows, { stamp: "2020-11-10" })).getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(1);
    const description = String(todos[0].getFirstPropertyValue("description"));
    expect(description.split("\n")).toEqual([
      "Chủ trì: Sở Tài chính",
      "Phối hợp: Sở Nội vụ; các cơ quan liên quan",
      "Thời hạn: chậm nhất ngày 13/11 (Trước ngày)",
      "Khẩn",
      "Văn bản: Số 05/KL-TTr ngày 10/11/2020 (ket-luan.docx), đoạn 24",
      "",
      "Khẩn trương rà soát hồ sơ",
    ]);
    expect(todos[0].getFirstPropertyValue("summary")).toBe("Khẩn trương rà soát hồ sơ");
    expect(todos[0].getFirstPropertyValue("priority")).toBe(1);
    expect(todos[0].getFirstPropertyValue("dtstamp")!.toString()).toBe("2020-11-10T00:00:00Z");
  });

  test("a long task is shortened for the title at its first clause or a word, never mid-word", () => {
    const long = label.find((t) => t.text.length > 200)!.text;
    const s = shortenSummary(long);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(long.startsWith(s.replace(/…$/, ""))).toBe(true);
    if (s.endsWith("…")) expect(long[s.length - 1]).toMatch(/[\s,;:.]/);
    expect(shortenSummary("Rà soát; báo cáo")).toBe("Rà soát; báo cáo");
    const words =
      "Tham mưu Ủy ban nhân dân tỉnh ưu tiên cân đối bố trí ngân sách hằng năm để các xã phường đầu tư hoàn thiện";
    const cut = shortenSummary(words);
    expect(cut.endsWith("…")).toBe(true);
    expect(words.startsWith(cut.slice(0, -1) + " ")).toBe(true);
  });

  test("the same tasks give the same UIDs, whatever the order or the stamp", async () => {
    const uids = async (rs: ExportRow[], stamp: string) =>
      parse(await toIcs(rs, { stamp }))
        .getAllSubcomponents("vtodo")
        .map((c) => c.getFirstPropertyValue("uid"))
        .sort();
    expect(await uids([...rows].reverse(), "2027-01-01")).toEqual(await uids(rows, "2026-06-20"));
  });

  test("control characters in a task never reach the file: a lenient parser sees no extra component", async () => {
    const hostile =
      "Rà soát\rEND:VTODO\rBEGIN:VEVENT\rSUMMARY:giả\u0000\u0007\u001b[31m\u007f\u0085 hồ sơ\r\nngay\u000bhôm nay.";
    const row: ExportRow = {
      task: task("h1", hostile, { owner: "Sở\u0000 Tài chính", deadline: by("2020-11-13", "ngày\r13/11") }),
      done: false,
      source: SOURCE,
    };
    const ics = await toIcs([row], { stamp: "2020-11-10" });
    // Only CRLF line ends and the folds' spaces: no bare CR or LF, no other C0/C1 control, no DEL.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    // A parser that splits on any CR or LF (as lenient ones do) sees one to-do and one event with its two alarms,
    // nothing more.
    const lines = ics.replace(/\r\n /g, "").split(/\r\n|\r|\n/);
    expect(lines.filter((l) => l.startsWith("BEGIN:"))).toEqual([
      "BEGIN:VCALENDAR",
      "BEGIN:VTODO",
      "BEGIN:VEVENT",
      "BEGIN:VALARM",
      "BEGIN:VALARM",
    ]);
    const todo = parse(ics).getFirstSubcomponent("vtodo")!;
    expect(todo.getFirstPropertyValue("description")).toContain(
      "Rà soát\nEND:VTODO\nBEGIN:VEVENT\nSUMMARY:giả[31m hồ sơ\nngay\nhôm nay.",
    );
    expect(todo.getFirstPropertyValue("description")).toContain("Chủ trì: Sở Tài chính");
  });

  test("long Vietnamese lines are folded at 75 octets, never inside a character", async () => {
    const long = "Ủy ban nhân dân các huyện, thị xã, thành phố chủ trì rà soát, đề xuất điều chỉnh quy hoạch ".repeat(
      6,
    );
    const row: ExportRow = {
      task: task("l1", long, { deadline: by("2020-11-13", "13/11") }),
      done: false,
      source: SOURCE,
    };
    const ics = await toIcs([row], { stamp: "2020-11-10" });
    const lines = ics.split("\r\n");
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(5);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\ufffd");
    expect(String(parse(ics).getFirstSubcomponent("vtodo")!.getFirstPropertyValue("description"))).toContain(
      long.trim(),
    );
  });
});

describe("ICS reminders without a server", () => {
  const stamp = "2026-06-20T08:30:00Z";
  const recurring = (rule: "weekly" | "monthly" | "quarterly" | "semiannual" | "yearly", date: string) => ({
    raw: `định kỳ ${rule}`,
    date,
    kind: "recurring" as const,
    rule,
  });

  test("VALARM 3 and 1 days before by default, at 08:00, on the event only, none once done", async () => {
    const rows: ExportRow[] = [
      { task: task("a", "Nộp báo cáo.", { deadline: by("2026-07-10") }), done: false, source: SOURCE },
      { task: task("b", "Họp tổng kết.", { deadline: by("2026-07-20") }), done: true, source: SOURCE },
    ];
    const cal = parse(await toIcs(rows, { stamp }));
    const [open, done] = cal.getAllSubcomponents("vevent");
    const alarms = open.getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(2);
    const start = (open.getFirstPropertyValue("dtstart") as unknown as InstanceType<typeof ICAL.Time>).clone();
    const rings = alarms.map((a) => {
      expect(a.getFirstPropertyValue("action")).toBe("DISPLAY");
      const when = start.clone();
      when.isDate = false; // a date-only time ignores the hours of a duration
      when.addDuration(a.getFirstPropertyValue("trigger") as unknown as InstanceType<typeof ICAL.Duration>);
      return [when.toString(), String(a.getFirstPropertyValue("description"))];
    });
    expect(rings).toEqual([
      ["2026-07-07T08:00:00", "Còn 3 ngày đến hạn: Nộp báo cáo."],
      ["2026-07-09T08:00:00", "Còn 1 ngày đến hạn: Nộp báo cáo."],
    ]);
    expect(done.getAllSubcomponents("valarm")).toHaveLength(0);
    for (const todo of cal.getAllSubcomponents("vtodo")) expect(todo.getAllSubcomponents("valarm")).toHaveLength(0);
  });

  test("the alarm days set in Cài đặt, including the day itself; none when the list is empty", async () => {
    const rows: ExportRow[] = [
      { task: task("a", "Nộp báo cáo.", { deadline: by("2026-07-10") }), done: false, source: SOURCE },
    ];
    const event = parse(await toIcs(rows, { stamp, alarmDays: [7, 0] })).getFirstSubcomponent("vevent")!;
    const triggers = event.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger")));
    expect(triggers).toEqual(["-P6DT16H", "PT8H"]);
    const none = parse(await toIcs(rows, { stamp, alarmDays: [] })).getFirstSubcomponent("vevent")!;
    expect(none.getAllSubcomponents("valarm")).toHaveLength(0);
  });

  test.each([
    ["weekly", "2026-06-07"],
    ["monthly", "2026-01-18"],
    ["monthly", "2026-01-31"], // last of the month: 28/2, 31/3, 30/4 …
    ["quarterly", "2026-03-31"],
    ["semiannual", "2026-06-30"],
    ["yearly", "2026-12-10"],
    ["yearly", "2028-02-29"],
  ] as const)("a %s duty first due %s repeats with RRULE on the days the status logic expects", async (rule, first) => {
    const deadline = recurring(rule, first);
    const rows: ExportRow[] = [{ task: task("r", "Báo cáo định kỳ.", { deadline }), done: false, source: SOURCE }];
    const cal = parse(await toIcs(rows, { stamp }));
    for (const component of [cal.getFirstSubcomponent("vevent")!, cal.getFirstSubcomponent("vtodo")!]) {
      expect(component.getFirstPropertyValue("rrule")).not.toBeNull();
      const start = component.getFirstPropertyValue("dtstart") as unknown as InstanceType<typeof ICAL.Time>;
      const expand = new ICAL.RecurExpansion({ component, dtstart: start });
      const days: string[] = [];
      for (let next = expand.next(); next && days.length < 14; next = expand.next()) days.push(next.toString());
      expect(days).toEqual(Array.from({ length: 14 }, (_, n) => nthDueDay(first, rule, n)));
    }
  });

  // ical.js 2.x applies BYSETPOS to BYDAY sets only, so this one is checked as text: RFC 5545 takes the last
  // existing day of 28…30 in each month, which is what nthDueDay gives (28/2, then the 30th).
  test("a duty on the 30th falls back to the last day of shorter months instead of skipping them", async () => {
    const rows: ExportRow[] = [
      { task: task("r", "Báo cáo.", { deadline: recurring("monthly", "2026-01-30") }), done: false, source: SOURCE },
    ];
    const event = parse(await toIcs(rows, { stamp })).getFirstSubcomponent("vevent")!;
    expect(String(event.getFirstPropertyValue("rrule"))).toBe("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1");
    expect([1, 2, 3].map((n) => nthDueDay("2026-01-30", "monthly", n))).toEqual([
      "2026-02-28",
      "2026-03-30",
      "2026-04-30",
    ]);
  });

  test("a plain deadline does not repeat, and a done recurring duty stops repeating", async () => {
    const rows: ExportRow[] = [
      { task: task("a", "Nộp báo cáo.", { deadline: by("2026-07-10") }), done: false, source: SOURCE },
      {
        task: task("q", "Báo cáo quý.", { deadline: recurring("quarterly", "2026-06-30") }),
        done: true,
        source: SOURCE,
      },
    ];
    const cal = parse(await toIcs(rows, { stamp }));
    for (const c of [...cal.getAllSubcomponents("vevent"), ...cal.getAllSubcomponents("vtodo")])
      expect(c.getFirstPropertyValue("rrule")).toBeNull();
  });
});
