import fc from "fast-check";
import { findDeadline, formatDecree30Date, formatShortDate, fromIso, isValidDate } from "./index";

const iss = (s: string) => fromIso(s)!;

// Rows of spec/deadlines.md's deadline table and relative/recurring rules; expectations from the spec text.
const rows: [string, string, string, string | null, string?, string?][] = [
  // issue date, phrase, kind, date, rule, time
  ["2020-11-10", "trước ngày 15/12/2020", "by", "2020-12-15"],
  ["2020-11-10", "chậm nhất ngày 13/11", "by", "2020-11-13"],
  ["2020-11-10", "chậm nhất là ngày 20/11/2020", "by", "2020-11-20"],
  ["2026-06-01", "trước 15h00 ngày 15/6/2026", "by", "2026-06-15", undefined, "15:00"],
  ["2026-06-01", "trước 08 giờ 00 ngày 22/6/2026", "by", "2026-06-22", undefined, "08:00"],
  ["2026-01-10", "với thời hạn trước ngày 05 tháng 02 năm 2026", "by", "2026-02-05"],
  ["2026-01-10", "thời hạn: 30/6/2026", "by", "2026-06-30"],
  ["2020-11-10", "trong tháng 11/2020", "within", "2020-11-30"],
  ["2026-01-10", "trong tháng 9 năm 2026", "within", "2026-09-30"],
  ["2021-01-05", "trong quý I/2021", "within", "2021-03-31"],
  ["2026-01-05", "xong trong quý 2/2026", "within", "2026-06-30"],
  ["2026-01-05", "trong Quý III và Quý IV/2026", "within", "2026-12-31"],
  ["2021-01-05", "trong 6 tháng đầu năm 2021", "within", "2021-06-30"],
  ["2021-01-05", "trong năm 2021", "within", "2021-12-31"],
  ["2026-01-05", "hoàn thành trước năm 2030", "within", "2029-12-31"],
  ["2020-11-10", "hoàn thành trong tháng sáu năm 2021", "within", "2021-06-30"],
  ["2020-11-10", "trong tuần sau", "within", "2020-11-22"],
  ["2020-11-10", "trong tháng sau", "within", "2020-12-31"],
  ["2020-11-10", "trong quý tới", "within", "2021-03-31"],
  ["2020-11-10", "trong năm sau", "within", "2021-12-31"],
  ["2020-11-10", "trong 3 tháng tới", "within", "2021-02-28"],
  ["2020-11-10", "thứ năm tuần tới", "by", "2020-11-19"],
  ["2020-11-10", "trước thứ 6", "by", "2020-11-13"],
  ["2026-05-26", "trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp", "relative", "2026-05-29"],
  ["2026-05-29", "trong thời hạn 05 ngày làm việc kể từ ngày ký", "relative", "2026-06-05"],
  ["2026-05-29", "trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ", "relative", null],
  ["2026-05-29", "chậm nhất trước 01 ngày đêm", "relative", null],
  ["2026-04-01", "trước ngày 18 hằng tháng", "recurring", "2026-04-18", "monthly"],
  ["2026-06-01", "Định kỳ hằng quý", "recurring", "2026-06-30", "quarterly"],
  ["2026-04-01", "Định kỳ 6 tháng, hàng năm", "recurring", "2026-06-30", "semiannual"],
  ["2026-04-01", "định kỳ hàng năm (trước ngày 10/12)", "recurring", "2026-12-10", "yearly"],
  ["2026-07-01", "Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu", "recurring", "2026-07-03", "weekly", "16:00"],
  ["2026-04-01", "thực hiện thường xuyên", "ongoing", null],
];

describe("findDeadline: spec table", () => {
  test.each(rows.map((r) => ({ name: `${r[0]} | ${r[1]}`, r })))("$name", ({ r }) => {
    const [issued, phrase, kind, date, rule, time] = r;
    const { deadline } = findDeadline(phrase, { issued: iss(issued) });
    expect(deadline).not.toBeNull();
    expect(deadline!.kind).toBe(kind);
    expect(deadline!.date).toBe(date);
    if (rule) expect(deadline!.rule).toBe(rule);
    if (time) expect(deadline!.time).toBe(time);
  });

  test("cell mode reads bare periods and 'Hằng năm'", () => {
    const c = { issued: iss("2026-04-01"), mode: "cell" as const };
    expect(findDeadline("Xong trong Quý II/2026", c).deadline?.date).toBe("2026-06-30");
    expect(findDeadline("Trong năm 2026", c).deadline?.date).toBe("2026-12-31");
    expect(findDeadline("Hằng năm", c).deadline).toMatchObject({
      kind: "recurring",
      rule: "yearly",
      date: "2026-12-31",
    });
    expect(findDeadline("Thường xuyên", c).deadline).toMatchObject({ kind: "ongoing", date: null });
  });

  // A span of years is "within", due at the end of its last year; bare only in a deadline cell.
  test.each([
    ["cell", "2023 - 2024", "2024-12-31"],
    ["cell", "2026-2028", "2028-12-31"],
    ["cell", "Giai đoạn 2027 – 2029", "2029-12-31"],
    ["cell", "Năm 2026 - 2027", "2027-12-31"],
    ["text", "tổ chức đánh giá, hoàn thành trong giai đoạn 2026 - 2027.", "2027-12-31"],
    ["text", "thực hiện trong các năm 2025-2026 theo lộ trình.", "2026-12-31"],
  ] as const)("year span (%s) %s", (mode, phrase, date) => {
    const d = findDeadline(phrase, { issued: iss("2025-03-01"), mode }).deadline;
    expect(d).toMatchObject({ kind: "within", date });
  });
  test.each([
    ["text", "xây dựng chiến lược giai đoạn 2021 - 2030 của ngành"],
    ["cell", "2030 - 2021"],
    ["cell", "Quyết định số 12/2020-2021"],
  ] as const)("not a due span (%s) %s", (mode, phrase) => {
    expect(findDeadline(phrase, { issued: iss("2025-03-01"), mode }).deadline).toBeNull();
  });

  // Recurring work whose first year is stated: the first due day falls in that year, not the issue year.
  test.each([
    ["gửi báo cáo trước ngày 15 tháng 3 hằng năm kể từ năm 2028", "2028-03-15", "yearly"],
    ["nộp số liệu trước ngày 31/1 hằng năm, bắt đầu từ năm 2027", "2027-01-31", "yearly"],
    ["báo cáo trước ngày 20 hằng tháng kể từ năm 2027", "2027-01-20", "monthly"],
    ["gửi trước ngày 15 tháng 3 hằng năm kể từ năm 2024", "2026-03-15", "yearly"], // a past first year: next one due
  ] as const)("recurring from a stated year: %s", (phrase, date, rule) => {
    const d = findDeadline(phrase, { issued: iss("2025-11-20") }).deadline;
    expect(d).toMatchObject({ kind: "recurring", date, rule });
  });

  test("year inference across a year boundary", () => {
    expect(findDeadline("trước ngày 15/01", { issued: iss("2020-12-20") }).deadline?.date).toBe("2021-01-15");
    expect(findDeadline("trước ngày 15/12", { issued: iss("2020-12-20") }).deadline?.date).toBe("2020-12-15");
    expect(findDeadline("trước ngày 10/11", { issued: iss("2020-12-20") }).deadline?.date).toBe("2021-11-10");
    expect(findDeadline("trước ngày 25/11", { issued: iss("2020-12-20") }).deadline?.date).toBe("2020-11-25");
  });

  test("impossible date: warning, no deadline, never shifted", () => {
    const r = findDeadline("hoàn thành trước ngày 31/02/2021", { issued: iss("2021-01-05") });
    expect(r.deadline).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["impossible-date"]);
  });

  test.each([
    "Quyết định số 123/QĐ-UBND ngày 05/3/2020 của UBND tỉnh",
    "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban",
    "Xây dựng kế hoạch thanh tra năm 2021",
    "tổ chức kỷ niệm 75 năm ngày thành lập ngành",
    "lập tiến độ chi tiết đến hết năm 2026",
    "quy hoạch chi tiết 1/500",
    "Thứ hai, tỷ lệ lấp đầy còn thấp",
    "Nghị định số 30/2020/NĐ-CP",
  ])("not a deadline: %s", (s) => {
    expect(findDeadline(s, { issued: iss("2020-11-10") }).deadline).toBeNull();
  });

  test("property: never throws, never returns an impossible day", () => {
    const words = [
      "trước",
      "ngày",
      "tháng",
      "năm",
      "quý",
      "hằng",
      "định kỳ",
      "trong",
      "tới",
      "thứ",
      "sáu",
      "II",
      "/",
      " ",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.integer({ min: 0, max: 2100 }).map(String), fc.string()), {
          maxLength: 12,
        }),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }),
        (parts, d) => {
          const issued = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
          for (const mode of ["text", "cell", "heading"] as const) {
            const r = findDeadline(parts.join(" "), { issued, mode });
            if (r.deadline?.date)
              expect(isValidDate(fromIso(r.deadline.date) ?? { year: 0, month: 0, day: 0 })).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("Decree 30 formatting", () => {
  test("leading zeros for day < 10 and months 1, 2 only", () => {
    expect(formatDecree30Date({ year: 2021, month: 1, day: 5 })).toBe("ngày 05 tháng 01 năm 2021");
    expect(formatDecree30Date({ year: 2021, month: 6, day: 29 })).toBe("ngày 29 tháng 6 năm 2021");
    expect(formatDecree30Date({ year: 2020, month: 2, day: 7 })).toBe("ngày 07 tháng 02 năm 2020");
    expect(formatDecree30Date({ year: 2020, month: 11, day: 15 })).toBe("ngày 15 tháng 11 năm 2020");
  });
  test("unknown day and short form", () => {
    expect(formatDecree30Date({ year: 2026, month: 6 })).toMatch(/^ngày\s{2,}tháng 6 năm 2026$/);
    expect(formatShortDate({ year: 2026, month: 6, day: 5 })).toBe("05/06/2026");
  });
});

test("synthetic (round 14): a month that opens the duty and recurs yearly ('Tháng 12 hằng năm, quyết toán …') is when it is due", () => {
  const due = (text: string) => findDeadline(text, { issued: iss("2025-09-15") }).deadline?.date ?? null;
  expect(due("Tháng 12 hằng năm, quyết toán kinh phí đóng bảo hiểm y tế.")).toBe("2025-12-31");
  expect(due("Tháng 6 hằng năm, lập dự toán ngân sách năm kế tiếp.")).toBe("2026-06-30");
  // The neighbour: a month that opens a fact, with no "hằng năm", dates nothing.
  expect(due("Tháng 12 năm 2025, Sở Tài chính quyết toán kinh phí của năm.")).toBeNull();
});
