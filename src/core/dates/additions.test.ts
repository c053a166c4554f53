/**
 * The deadline language of spec/deadlines.md's "Additions of 2026-12", one row per rule, in phrases written for these
 * tests after the spec's own examples (not copied from any corpus).
 */
import { findDeadline, fromIso } from "./index";
import type { PhraseMode } from "./index";

const iss = (s: string) => fromIso(s)!;
type Row = [issued: string, phrase: string, want: Record<string, unknown>, mode?: PhraseMode];
const deadlineOf = (issued: string, phrase: string, mode: PhraseMode = "text") =>
  findDeadline(phrase, { issued: iss(issued), mode, notBefore: iss(issued) }).deadline;

describe("times and windows", () => {
  const rows: Row[] = [
    ["2026-01-05", "báo cáo trước 11g00 ngày 20/01/2026", { date: "2026-01-20", time: "11:00", kind: "by" }],
    ["2026-01-05", "gửi trước 11h00’ ngày 20/01/2026", { date: "2026-01-20", time: "11:00" }],
    ["2026-01-05", "có mặt trước 11 giờ ngày 20/01/2026", { date: "2026-01-20", time: "11:00" }],
    ["2026-01-05", "nộp trước 16 giờ 30 phút ngày 21/01/2026", { date: "2026-01-21", time: "16:30" }],
    [
      "2026-01-05",
      "tắt đèn từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23/01",
      { date: "2026-01-23", time: "20:45", kind: "by" },
    ],
    // A list of days the work runs on is due at its last day, not "2 ngày" counted from the issue date.
    ["2018-09-22", "tổ chức treo cờ rủ trong 2 ngày 26/9 và 27/9/2018.", { date: "2018-09-27", kind: "by" }],
    ["2020-04-20", "treo cờ Tổ quốc trong các ngày: 30/4/2020, 01/5/2020.", { date: "2020-05-01", kind: "by" }],
    // The span a report covers ("tính từ … đến …") is not when it is due; the day said apart is.
    [
      "2026-10-01",
      "gửi báo cáo chậm nhất ngày 17 tháng 12. Số liệu báo cáo tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12.",
      { date: "2026-12-17", kind: "by" },
    ],
    // A work window still counted "tính từ" is due at its end.
    ["2026-10-01", "Thời gian thực hiện tính từ ngày 15/10/2026 đến ngày 14/11/2026", { date: "2026-11-14" }],
    // A window closed by "trước" is due at its end, never at its start.
    ["2025-09-01", "nộp từ 9:00 ngày 15/09/2025 trước 16:00 ngày 13/10/2025", { date: "2025-10-13", kind: "by" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("a dotted day with a four-digit year ('trước ngày 13.12.2007'); never an amount or a clause number", () => {
  const rows: Row[] = [
    ["2007-12-03", "gửi ý kiến về Phòng Khảo thí trước ngày 14.12.2007.", { date: "2007-12-14", kind: "by" }],
    ["2009-11-20", "nộp báo cáo chậm nhất ngày 05.01.2010", { date: "2010-01-05", kind: "by" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test.each([
    ["2007-12-03", "hỗ trợ trước 1.000.000 đồng mỗi hộ"],
    ["2007-12-03", "thực hiện trước ngày 14.12 các việc sau"],
    ["2007-12-03", "trong khoản 2.1.2007 của Quy chế"],
  ])("%s | %s has no day", (issued, phrase) => expect(deadlineOf(issued, phrase)).toBeNull());
});

describe("a day named with its weekday is set for the work, with no deadline word ('nghỉ học ngày thứ hai, 26 …')", () => {
  const rows: Row[] = [
    ["2018-11-24", "cho học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2018.", { date: "2018-11-26", kind: "by" }],
    ["2018-11-24", "tổng vệ sinh trường học thứ Ba ngày 27/11/2018", { date: "2018-11-27", kind: "by" }],
    // the weekday in brackets after the day
    ["2024-08-20", "2. Tổ chức khai giảng năm học mới: Ngày 05/9/2024 (thứ Năm).", { date: "2024-09-05", kind: "by" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test.each([
    // a stretch's first day, a past meeting's day, a cited document's day
    ["2022-08-25", "được nghỉ từ thứ Năm ngày 01/9/2022 đến hết kỳ nghỉ"],
    ["2018-11-24", "Ngày thứ Hai, 19/11/2018, Sở đã họp giao ban"],
    ["2018-11-24", "theo Công văn số 12/SGDĐT ngày 26/11/2018 của Sở"],
    ["2020-03-10", "nghỉ từ ngày 23/3/2020 (Thứ Hai) theo lịch"],
    // an ordinal that is no weekday of that day: 28/11/2025 and 26/12/2025 are Fridays
    ["2025-11-20", "thông qua tại Kỳ họp thứ 7, ngày 28/11/2025 của Hội đồng nhân dân tỉnh"],
    ["2025-11-20", "tổ chức Hội nghị lần thứ hai, ngày 26/12/2025 tại hội trường"],
  ])("%s | %s has no day", (issued, phrase) => expect(deadlineOf(issued, phrase)).toBeNull());
});

describe("an opening 'Hằng năm' before the work it times, with no comma ('Hằng năm xây dựng kế hoạch …')", () => {
  test.each([
    ["2012-06-25", "Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà trình Ủy ban nhân dân tỉnh phê duyệt."],
    ["2012-06-25", "Hằng năm lập dự toán kinh phí mua thẻ bảo hiểm y tế cho các đối tượng."],
  ])("%s | %s is yearly", (issued, phrase) =>
    expect(deadlineOf(issued, phrase)).toMatchObject({ kind: "recurring", rule: "yearly", date: "2012-12-31" }),
  );
  test("the neighbour: 'kế hoạch hằng năm' names a plan and times nothing", () => {
    expect(deadlineOf("2012-06-25", "Xây dựng kế hoạch hằng năm của đơn vị.")).toBeNull();
  });
});

describe("once in each period ('tối thiểu một lần/năm', '3 tháng một lần', 'mỗi quý một lần') recurs", () => {
  const rows: Row[] = [
    [
      "2012-10-23",
      "kiểm tra tại các phường, xã tối thiểu một lần/năm.",
      { kind: "recurring", rule: "yearly", date: "2012-12-31" },
    ],
    [
      "2014-04-10",
      "Báo cáo tình hình hỗ trợ nhà ở 3 tháng một lần.",
      { kind: "recurring", rule: "quarterly", date: "2014-06-30" },
    ],
    ["2014-04-10", "Tổ chức giao ban mỗi quý một lần.", { kind: "recurring", rule: "quarterly", date: "2014-06-30" }],
    ["2014-04-10", "Sơ kết 6 tháng một lần.", { kind: "recurring", rule: "semiannual", date: "2014-06-30" }],
    // The slash form says the same: "01 tuần/lần" is once a week, due at the issue week's end (a Sunday).
    [
      "2026-11-25",
      "sao lưu dữ liệu hệ thống định kỳ tối thiểu 01 tuần/lần ra thiết bị lưu trữ khác",
      { kind: "recurring", rule: "weekly", date: "2026-11-29" },
    ],
    ["2014-04-10", "Kiểm tra thiết bị 03 tháng/lần.", { kind: "recurring", rule: "quarterly", date: "2014-06-30" }],
    // The period may carry its own count: "01 lần/01 năm".
    [
      "2010-04-26",
      "Kiểm tra việc thực hiện Quy định này ít nhất 01 lần/01 năm.",
      { kind: "recurring", rule: "yearly", date: "2010-12-31" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: a frequency a document lays down ('trong đó quy định … tối thiểu một lần/năm') times nothing", () => {
    const phrase = "Xây dựng kế hoạch ứng phó sự cố; trong đó quy định cụ thể việc diễn tập tối thiểu một lần/năm.";
    expect(deadlineOf("2025-11-20", phrase)).toBeNull();
  });
});

describe("a day of each quarter's last month ('trước ngày 20 tháng cuối quý') refines the cadence said before it", () => {
  const rows: Row[] = [
    [
      "2014-06-28",
      "báo cáo tiến độ định kỳ hàng quý gửi về Sở Xây dựng (trước ngày 20 tháng cuối quý) để tổng hợp",
      { kind: "recurring", rule: "quarterly", date: "2014-09-20" },
    ],
    [
      "2022-04-02",
      "gửi kết quả trước ngày 15 của tháng cuối cùng hàng quý",
      { kind: "recurring", rule: "quarterly", date: "2022-06-15" },
    ],
    // The day of the month after each period closes: the quarter to June is reported by 15 July.
    [
      "2010-04-26",
      "Doanh nghiệp định kỳ hàng quý (trước ngày 15 của tháng kế tiếp) báo cáo Sở Thông tin và Truyền thông",
      { kind: "recurring", rule: "quarterly", date: "2010-07-15" },
    ],
    [
      "2026-03-10",
      "định kỳ hằng tháng, trước ngày 05 của tháng tiếp theo, báo cáo kết quả về Văn phòng",
      { kind: "recurring", rule: "monthly", date: "2026-04-05" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: two different cadences still take the earliest first due day", () => {
    expect(deadlineOf("2014-06-28", "báo cáo hàng quý và tổng kết trước ngày 20 tháng 12 hằng năm")).toMatchObject({
      date: "2014-06-30",
    });
  });
});

describe("a day of another month of each quarter, a quarter's first days, a month's last day, two days a year", () => {
  const rows: Row[] = [
    [
      "2025-08-29",
      "Trước ngày cuối cùng của tháng đầu mỗi quý, đơn vị gửi báo cáo",
      { kind: "recurring", rule: "quarterly", date: "2025-10-31" },
    ],
    ["2025-11-20", "vào ngày 10 tháng thứ hai hằng quý", { kind: "recurring", rule: "quarterly", date: "2026-02-10" }],
    ["2025-09-15", "Trong 15 ngày đầu mỗi quý, đơn vị lập danh sách", { rule: "quarterly", date: "2025-10-15" }],
    ["2025-08-29", "Chậm nhất ngày cuối cùng của tháng, báo cáo về Cục", { rule: "monthly", date: "2025-08-31" }],
    ["2024-02-10", "chậm nhất ngày cuối cùng của tháng.", { rule: "monthly", date: "2024-02-29" }],
    // 31/5/2026 is a Sunday: the last working day is Friday 29/5.
    [
      "2026-05-15",
      "Định kỳ vào ngày làm việc cuối cùng của tháng hoặc khi có thay đổi",
      { rule: "monthly", date: "2026-05-29" },
    ],
    ["2026-05-30", "báo cáo vào ngày làm việc cuối cùng của tháng.", { rule: "monthly", date: "2026-06-30" }],
    ["2024-10-16", "Trước ngày 10 tháng đầu tiên các quý, báo cáo kết quả", { rule: "quarterly", date: "2025-01-10" }],
    // Like twice a month: the first of the named days on or after the issue date.
    ["2021-06-29", "báo cáo trước ngày 15 tháng 6 và 15 tháng 12 hằng năm", { rule: "yearly", date: "2021-12-15" }],
    ["2021-03-01", "báo cáo trước ngày 15 tháng 01 và 15 tháng 7 hằng năm", { rule: "yearly", date: "2021-07-15" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbours: one named quarter, and the last day of the month an event falls in", () => {
    expect(deadlineOf("2025-08-29", "trước ngày 10 tháng đầu quý III")?.kind).not.toBe("recurring");
    expect(deadlineOf("2025-08-29", "chậm nhất là ngày cuối cùng của tháng thôi phục vụ")).toBeNull();
  });
});

describe("recurring, with a start, twice a month, weekly by a time, without a period", () => {
  const rows: Row[] = [
    // "chậm nhất là ngày 07 hàng tháng": the stated day of each month, as without "là".
    [
      "2014-06-04",
      "gửi báo cáo chậm nhất là ngày 07 hàng tháng",
      { kind: "recurring", rule: "monthly", date: "2014-06-07" },
    ],
    [
      "2025-11-20",
      "định kỳ hằng tháng báo cáo kết quả, bắt đầu từ tháng 01/2026",
      { kind: "recurring", rule: "monthly", date: "2026-01-31" },
    ],
    [
      "2025-11-20",
      "định kỳ hằng tháng (trước ngày 25) gửi báo cáo, bắt đầu từ tháng 01/2026",
      { kind: "recurring", rule: "monthly", date: "2026-01-25" },
    ],
    [
      "2026-03-02",
      "họp giao ban vào thứ Sáu tuần thứ 2 và tuần thứ 4 hằng tháng",
      { kind: "recurring", rule: "monthly", date: "2026-03-13" },
    ],
    [
      "2026-03-16",
      "họp giao ban vào thứ Sáu tuần thứ 2 và tuần thứ 4 hằng tháng",
      { kind: "recurring", rule: "monthly", date: "2026-03-27" },
    ],
    [
      "2026-07-01",
      "gửi số liệu trước 16 giờ hằng tuần",
      { kind: "recurring", rule: "weekly", date: "2026-07-05", time: "16:00" },
    ],
    // A named weekday of each week: its first occurrence on or after the issue date; "15:00" is a time too.
    [
      "2026-07-01",
      "cập nhật tiến độ trước 15:00 ngày thứ Sáu hàng tuần",
      { kind: "recurring", rule: "weekly", date: "2026-07-03", time: "15:00" },
    ],
    [
      "2026-07-01",
      "họp giao ban vào chiều thứ Hai hằng tuần",
      { kind: "recurring", rule: "weekly", date: "2026-07-06" },
    ],
    ["2026-07-01", "giao ban vào thứ Năm mỗi tuần", { kind: "recurring", rule: "weekly", date: "2026-07-02" }],
    [
      "2026-05-20",
      "Định kỳ thứ Hai hàng tuần tổng hợp tình hình",
      { kind: "recurring", rule: "weekly", date: "2026-05-25" },
    ],
    [
      "2026-07-03",
      "gửi báo cáo trước 16 giờ thứ Sáu hàng tuần",
      { kind: "recurring", rule: "weekly", date: "2026-07-03" },
    ],
    ["2026-07-01", "Định kỳ báo cáo Ủy ban nhân dân tỉnh", { kind: "recurring", rule: null, date: null }],
    ["2026-07-01", "báo cáo theo định kỳ hoặc đột xuất", { kind: "recurring", rule: null, date: null }],
    [
      "2026-04-01",
      "báo cáo định kỳ hằng quý và hằng tháng",
      { kind: "recurring", rule: "quarterly", date: "2026-06-30" },
    ],
    [
      "2026-04-10",
      "gửi trước ngày 18 hằng tháng và định kỳ hằng quý",
      { kind: "recurring", rule: "monthly", date: "2026-04-18" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("'chậm nhất sau N ngày (làm việc), kể từ …': counted from the issue date when the start is the document", () => {
  const rows: Row[] = [
    [
      "2026-11-19",
      "khóa chức năng tiếp nhận hồ sơ chậm nhất sau 05 ngày làm việc, kể từ ngày quyết định được ký ban hành",
      { kind: "relative", date: "2026-11-26" },
    ],
    ["2026-11-19", "báo cáo chậm nhất sau 10 ngày kể từ ngày kết thúc đợt kiểm tra", { kind: "relative", date: null }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("'không quá 24 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành' is a cap counted from the document", () =>
    expect(
      deadlineOf("2025-11-27", "thời gian thực hiện không quá 24 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành"),
    ).toMatchObject({ kind: "relative", date: "2027-11-27" }));
  test("'không quá' with no start is how long a procedure may take: no deadline", () =>
    expect(deadlineOf("2025-11-27", "thời gian giải quyết không quá 10 ngày làm việc")).toBeNull());
  test("without 'chậm nhất' the count says when work may start", () =>
    expect(deadlineOf("2026-11-19", "thực hiện sau 03 tháng, kể từ ngày ban hành Quyết định này")).toBeNull());
});

describe("days after each period closes: the first such day on or after the issue date", () => {
  const rows: Row[] = [
    [
      "2026-10-23",
      "Hằng quý lập báo cáo gửi Sở chậm nhất sau khi kết thúc quý 15 ngày.",
      { kind: "recurring", rule: "quarterly", date: "2027-01-15" },
    ],
    // Early in a quarter the one just closed is still due.
    ["2026-10-05", "báo cáo chậm nhất 15 ngày sau khi kết thúc quý", { rule: "quarterly", date: "2026-10-15" }],
    ["2026-10-23", "gửi trong vòng 10 ngày kể từ ngày kết thúc tháng", { rule: "monthly", date: "2026-11-10" }],
    ["2026-10-23", "nộp 05 ngày làm việc sau khi kết thúc năm", { rule: "yearly", date: "2027-01-07" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("a named quarter is one day to come, not a repetition", () =>
    expect(deadlineOf("2026-01-05", "báo cáo trong 15 ngày sau khi kết thúc quý I/2026")).not.toMatchObject({
      kind: "recurring",
    }));
});

test("a weekday of each week with no word that times work names a programme, not a due day", () => {
  expect(deadlineOf("2026-07-01", "Chương trình thứ Bảy hàng tuần được phát sóng trên sóng phát thanh")).toBeNull();
});

describe("'chậm nhất đến ngày …' is a due day, as 'chậm nhất ngày …' is", () => {
  const rows: Row[] = [
    [
      "2008-12-30",
      "Chậm nhất đến ngày 30/6/2009, đảm bảo 100% máy trạm của đơn vị được cài đặt.",
      { kind: "by", date: "2009-06-30" },
    ],
    ["2025-12-01", "hoàn thành chậm nhất đến ngày 15 tháng 01 năm 2026", { kind: "by", date: "2026-01-15" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("events, months from the document, occasions, Tết", () => {
  const rows: Row[] = [
    [
      "2026-02-10",
      "triển khai khi có kết quả đánh giá chính thức",
      { kind: "event", date: null, raw: "khi có kết quả đánh giá chính thức" },
    ],
    [
      "2026-02-10",
      "rà soát sau khi UBND tỉnh ban hành quyết định phê duyệt",
      { kind: "event", date: null, raw: "sau khi UBND tỉnh ban hành quyết định phê duyệt" },
    ],
    ["2026-02-10", "chuẩn bị khi có thông báo lịch làm việc", { kind: "event", date: null }],
    [
      "2024-12-01",
      "hoàn thành trong thời gian 03 tháng kể từ ngày ban hành Thông báo này",
      { kind: "relative", date: "2025-03-01" },
    ],
    ["2026-09-01", "tổ chức tuyên truyền nhân ngày Chuyển đổi số quốc gia 10/10", { kind: "by", date: "2026-10-10" }],
    ["2025-08-01", "trang trí cờ hoa chào mừng 80 năm Quốc khánh 02/9", { kind: "by", date: "2025-09-02" }],
    // Without "nhân": the work runs on the occasion, its day perhaps in a bracket after the lunar day.
    ["2026-08-20", "các cơ quan treo cờ Tổ quốc trong ngày Quốc khánh 02/9", { kind: "by", date: "2026-09-02" }],
    [
      "2026-04-10",
      "treo cờ trong ngày Lễ giỗ Tổ Hùng Vương (10 tháng 3 âm lịch, tức ngày 26/4/2026).",
      { kind: "by", date: "2026-04-26" },
    ],
    ["2025-12-01", "triển khai từ nay đến Tết Nguyên đán Bính Ngọ 2026", { kind: "by", date: "2026-02-17" }],
    ["2025-12-01", "bảo đảm an ninh trước Tết Nguyên đán Bính Ngọ", { kind: "by", date: "2026-02-17" }],
    ["2026-11-20", "chăm lo cho người nghèo trong dịp Tết Nguyên đán", { kind: "by", date: "2027-02-06" }],
    // Tết Dương lịch is 1 January, never the lunar Tết; "trong thời gian nghỉ …" makes a holiday the time of work.
    ["2025-12-20", "trong thời gian nghỉ tết Dương lịch, các phòng bố trí trực", { kind: "by", date: "2026-01-01" }],
    ["2025-11-10", "treo cờ trong dịp Tết Dương lịch năm 2026", { kind: "by", date: "2026-01-01" }],
    ["2026-01-10", "trong những ngày nghỉ Tết Nguyên đán, bố trí trực 24/24", { kind: "by", date: "2026-02-17" }],
    // Work over Tết, said as the holiday, the season that ends with it, or the stretch around it: due on Tết day.
    [
      "2021-12-27",
      "thực hiện nghiêm các quy định phòng, chống dịch trong dịp nghỉ Tết",
      { kind: "by", date: "2022-02-01" },
    ],
    [
      "2021-12-27",
      "theo dõi nguồn cung hàng hóa trong dịp cuối năm và Tết Nguyên đán",
      { kind: "by", date: "2022-02-01" },
    ],
    ["2021-12-27", "kiểm tra an toàn thực phẩm trước, trong và sau Tết Nguyên đán", { kind: "by", date: "2022-02-01" }],
    [
      "2021-12-27",
      "kiểm tra cơ sở kinh doanh thuốc trong thời gian trước, trong và sau Tết",
      { kind: "by", date: "2022-02-01" },
    ],
    // "3 ngày Tết" are the days of the holiday, not a window counted from the document.
    [
      "2021-12-27",
      "Báo cáo nhanh kết quả hoạt động trong 3 ngày Tết, gửi trước 10 giờ 00 ngày 03/02/2022",
      { kind: "by", date: "2022-02-03" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("a heading's Tết passes down as a period", () => {
    expect(deadlineOf("2025-12-01", "NHIỆM VỤ TỪ NAY ĐẾN TẾT BÍNH NGỌ 2026", "heading")).toMatchObject({
      date: "2026-02-17",
    });
  });
});

describe("periods: one edition, a completion verb, a heading's year", () => {
  const rows: Row[] = [
    ["2026-03-01", "tổ chức kiểm tra định kỳ tháng 8/2026", { kind: "within", date: "2026-08-31" }],
    ["2025-03-01", "phấn đấu hoàn thành chỉ tiêu giao năm 2025", { kind: "within", date: "2025-12-31" }],
    ["2025-03-01", "hoàn thành giải ngân trong năm 2026", { kind: "within", date: "2026-12-31" }],
    ["2025-11-20", "II. NHIỆM VỤ NĂM 2026", { kind: "within", date: "2026-12-31" }, "heading"],
    [
      "2025-12-01",
      "I. NHỮNG NHIỆM VỤ CẦN TRIỂN KHAI NGAY TRONG THÁNG 12/2025",
      { kind: "within", date: "2025-12-31" },
      "heading",
    ],
    ["2025-03-01", "Thường xuyên, liên tục", { kind: "ongoing", date: null }, "cell"],
  ];
  // A rest parameter: with four named ones Jest would take the fourth for a `done` callback on 3-element rows.
  test.each(rows)("%s | %s", (...row) => {
    const [issued, phrase, want, mode] = row;
    expect(deadlineOf(issued, phrase, mode)).toMatchObject(want);
  });
});

describe("round 8: until the end of a period, cadences written with a leading zero or in brackets", () => {
  const rows: Row[] = [
    ["2025-11-20", "bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm", { date: "2025-12-31", kind: "within" }],
    ["2025-11-20", "Đến hết năm 2026, hoàn thành sắp xếp bộ máy", { date: "2026-12-31", kind: "within" }],
    ["2025-11-20", "Định kỳ 06 tháng các cơ quan báo cáo kết quả", { date: "2025-12-31", rule: "semiannual" }],
    ["2025-11-20", "định kỳ 03 tháng báo cáo", { date: "2025-12-31", rule: "quarterly" }],
    ["2025-11-20", "định kỳ (hằng năm) đánh giá chính sách", { date: "2025-12-31", rule: "yearly" }],
    ["2025-11-20", "định kỳ 06 tháng (trước ngày 20 tháng 6 hằng năm) báo cáo", { date: "2026-06-20" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("not deadlines", () => {
  test.each([
    ["2026-01-10", "tham mưu kỷ niệm 75 năm ngày thành lập ngành", "text"],
    ["2025-11-20", "xây dựng Kế hoạch cải cách hành chính hằng năm", "text"],
    ["2025-11-20", "lập dự toán năm 2026", "text"],
    ["2025-11-20", "tỷ lệ giải ngân vốn đầu tư công trong năm 2026 đạt 95% kế hoạch", "text"],
    ["2025-11-20", "Hội được thành lập năm 2010, hoạt động trong năm 2010 rất tích cực", "text"],
    ["2025-11-20", "kết quả giai đoạn 2016-2020", "text"],
    ["2025-11-20", "ngay từ đầu năm 2026 triển khai quyết liệt", "text"],
    ["2025-11-20", "hội nghị kết thúc trước 08h00’", "text"],
    ["2025-11-20", "số đại biểu có mặt 09/09", "text"],
    ["2025-11-20", "bảo đảm kinh phí chi thường xuyên", "text"],
    ["2025-11-20", "xây dựng chương trình công tác hàng tuần", "text"],
    ["2025-11-20", "Ký bởi: Văn phòng, 22-12-2025 15:26:06 +07:00", "text"],
    ["2025-11-20", "thực hiện kiểm toán năng lượng định kỳ; hỗ trợ doanh nghiệp", "text"],
    ["2025-11-28", "đã hoàn thành trước ngày 30 tháng 10 năm 2025", "text"],
    ["2025-11-20", "tổ chức thi đua khen thưởng hàng năm", "text"],
    ["2025-11-20", "đội ngũ cán bộ thường xuyên tham gia", "text"],
    ["2016-12-20", "Phòng Đào tạo, Trung tâm Giáo dục thường xuyên phối hợp thông báo lịch nghỉ", "text"],
    // Round 8: a stretch from now names the time left; a schedule's span names how far it reaches.
    ["2025-11-03", "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, yêu cầu các bộ", "text"],
    ["2025-11-20", "lập tiến độ chi tiết theo tuần, tháng đến hết năm 2026, bám sát quyết định", "text"],
  ] as const)("%s | %s", (issued, phrase, mode) => expect(deadlineOf(issued, phrase, mode)).toBeNull());
});

describe("impossible dates: a warning naming the phrase, never a deadline (issue 14)", () => {
  test.each([
    ["hoàn thành trước ngày 31/02/2021", "31/02/2021"],
    ["báo cáo trước ngày 32 tháng 13", "ngày 32 tháng 13"],
    ["nộp hồ sơ trước 00/00/2026", "00/00/2026"],
    ["gửi trước ngày 21/9/025", "21/9/025"],
    ["hoàn thành trong tháng 13/2026", "tháng 13/2026"],
    ["hoàn thành trong quý V/2026", "quý V/2026"],
  ])("%s", (phrase, named) => {
    const r = findDeadline(phrase, { issued: iss("2021-01-05") });
    expect(r.deadline).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["impossible-date"]);
    expect(r.warnings[0].message).toContain(named);
  });
});

describe("the choice between two dates", () => {
  test("the earliest due date, and how many others were seen", () => {
    const r = findDeadline("báo cáo trong năm 2026, riêng phần dự thảo trước ngày 30/6/2026", {
      issued: iss("2026-01-05"),
    });
    expect(r.deadline).toMatchObject({ date: "2026-06-30", kind: "by" });
    expect(r.alternatives).toBe(1);
  });
  test("a date before the issue date is history, never the deadline", () => {
    const r = findDeadline("đã yêu cầu báo cáo trước ngày 15/10/2025; nay đề nghị hoàn thành trước ngày 15/12/2025", {
      issued: iss("2025-11-28"),
      notBefore: iss("2025-11-28"),
    });
    expect(r.deadline).toMatchObject({ date: "2025-12-15" });
  });
});

describe("synthetic: a span counted from an event other than the document has no date (spec: relative, date null)", () => {
  const rows: Row[] = [
    ["2024-12-05", "xem lịch thi trong vòng 5 ngày trước ngày thi", { kind: "relative", date: null }, "text"],
    ["2025-05-20", "1 tuần sau khi kết thúc thực tập", { kind: "relative", date: null }, "cell"],
    ["2025-05-20", "2 tuần sau khi nhận báo cáo", { kind: "relative", date: null }, "cell"],
    ["2025-05-20", "6 tuần trước khi thực tập bắt đầu", { kind: "relative", date: null }, "cell"],
    [
      "2025-05-20",
      "báo cáo trong vòng 5 ngày sau khi ban hành Kế hoạch này",
      { kind: "relative", date: "2025-05-25" },
      "text",
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want, mode) =>
    expect(deadlineOf(issued, phrase, mode)).toMatchObject(want),
  );
});

describe("synthetic: a deadline cell with two days joined by a dash is a window, due at its end", () => {
  test.each([
    ["04/08/2025-27/08/2025", "2025-08-27"],
    ["08/09/2025 – 14/09/2025", "2025-09-14"],
    ["20/7/2026-30/08/2026", "2026-08-30"],
    ["15/12/2025", "2025-12-15"],
  ])("%s → %s", (cell, date) => {
    expect(deadlineOf("2025-08-01", cell, "cell")?.date).toBe(date);
  });

  test("in running text a dash between days is not read as a deadline on its own", () => {
    expect(deadlineOf("2025-08-01", "Tuần lễ hội nhập 08/09/2025-14/09/2025 gồm các buổi sau")).toBeNull();
  });
});

describe("synthetic: a deadline cell holding only a year is due within that year", () => {
  test.each([
    ["2025", "2025-12-31"],
    [" 2026 ", "2026-12-31"],
    ["Năm 2026", "2026-12-31"],
  ])("cell %p → %s", (cell, date) => {
    expect(deadlineOf("2025-11-18", cell, "cell")?.date).toBe(date);
  });
  test("in running text a bare year is no deadline ('… 2025 …' is a figure or a name)", () => {
    expect(deadlineOf("2025-11-18", "Tổng kết 2025 các phong trào thi đua")).toBeNull();
  });
  test("a cell with a year and other figures is not a bare year", () => {
    expect(deadlineOf("2025-11-18", "2025 hồ sơ", "cell")).toBeNull();
  });
});

describe("a Party cell's monthly day, and a next-month day that does not repeat", () => {
  const rows: Row[] = [
    [
      "2023-02-26",
      "tổ chức sinh hoạt chi bộ vào buổi sáng ngày 01 của tháng",
      { date: "2023-03-01", kind: "recurring", rule: "monthly" },
    ],
    ["2023-02-26", "tổ chức sinh hoạt trong cùng ngày 01 hàng tháng", { date: "2023-03-01", rule: "monthly" }],
    ["2023-02-26", "họp giao ban vào ngày 03 mỗi tháng", { date: "2023-03-03", rule: "monthly" }],
    ["2023-02-26", "nộp báo cáo trước ngày 10 của tháng sau", { kind: "within" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("a planned month ('dự kiến tổ chức tháng 12/2017') is due at its end", () => {
  const rows: Row[] = [
    ["2017-07-13", "Hội nghị sơ kết dự kiến tổ chức tháng 12/2017", { date: "2017-12-31", kind: "within" }],
    ["2017-07-13", "dự kiến quý IV/2017", { date: "2017-12-31" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
});

describe("round 7: 'không muộn hơn' and spans of months", () => {
  const rows: Row[] = [
    // "không muộn hơn / không chậm hơn" say "trước" in other words.
    [
      "2025-11-18",
      "điều chỉnh giá không muộn hơn 15 giờ 00’ ngày 20 tháng 11 năm 2025",
      { date: "2025-11-20", time: "15:00", kind: "by" },
      "text",
    ],
    ["2025-11-18", "báo cáo không chậm hơn ngày 25/11/2025", { date: "2025-11-25", kind: "by" }, "text"],
    // A span of months of one year is due when its last month ends; a month alone is unchanged.
    ["2025-11-10", "hoàn thành trong tháng 11 - 12/2025", { date: "2025-12-31", kind: "within" }, "text"],
    ["2025-11-10", "Tháng 11 - 12/2025", { date: "2025-12-31", kind: "within" }, "cell"],
    ["2025-11-10", "hoàn thành trong tháng 11/2025", { date: "2025-11-30", kind: "within" }, "text"],
    // A list of months sharing a year, as "Quý III và Quý IV/2026" is: the last ends it (round 10, k29).
    ["2013-11-11", "Tháng 11, 12/2013 và kiện toàn thường xuyên", { date: "2013-12-31", kind: "within" }, "cell"],
    ["2013-11-11", "hoàn thành trong tháng 11 và tháng 12/2013", { date: "2013-12-31", kind: "within" }, "text"],
    // The neighbour: without a year after it, a number after the month counts something.
    ["2013-11-11", "trong tháng 11, 12 xã hoàn thành kiểm kê", { date: "2013-11-30", kind: "within" }, "text"],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want, mode) =>
    expect(deadlineOf(issued, phrase, mode)).toMatchObject(want),
  );
});

describe("round 9: a roadmap item's year span in its closing bracket", () => {
  test.each([
    ["Hoàn thiện hạ tầng công nghệ thông tin, tiến tới thí điểm (2025 - 2026).", "2026-12-31"],
    ["Đào tạo nhân lực, huy động doanh nghiệp tham gia (xuyên suốt 2025 - 2035).", "2035-12-31"],
  ])("%s", (phrase, date) => {
    expect(deadlineOf("2025-11-19", phrase)).toMatchObject({ date, kind: "within" });
  });
  test.each([
    // The neighbours: a bracket inside the sentence names a plan's years; a bare span in a sentence stays no deadline.
    "Triển khai Kế hoạch (2026 - 2030) của tỉnh về chuyển đổi số.",
    "Tổng kết Chương trình mục tiêu quốc gia 2021 - 2025 trên địa bàn tỉnh.",
  ])("%s", (phrase) => {
    expect(deadlineOf("2025-11-19", phrase)).toBeNull();
  });
});

describe("round 11: a year that opens a line, a span of a count of years, and the end of a year the line commits to", () => {
  test.each([
    ["- Năm 2026: Rà soát, tổng kết hệ thống văn bản chính sách.", "2026-12-31", "Năm 2026"],
    ["- Năm 2027, hoàn thành việc hỗ trợ nhà ở cho các hộ gia đình.", "2027-12-31", "Năm 2027"],
    ["Đến năm 2028, giải quyết căn bản hồ sơ còn tồn đọng.", "2028-12-31", "Đến năm 2028"],
    ["1. Kết thúc năm 2026, Ủy ban nhân dân tỉnh báo cáo kết quả.", "2026-12-31", "Kết thúc năm 2026"],
    ["Tiếp tục hỗ trợ nhà ở, thực hiện cơ bản xong trong hai năm 2026 - 2027.", "2027-12-31", undefined],
    [
      "d) Hoàn thành việc hỗ trợ nhà ở theo Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ đến hết năm 2026.",
      "2026-12-31",
      "đến hết năm 2026",
    ],
  ])("%s", (phrase, date, raw) => {
    expect(deadlineOf("2025-11-19", phrase)).toMatchObject({ date, kind: "within", ...(raw ? { raw } : {}) });
  });
  test.each([
    // The neighbours: a year inside the sentence, a year that is the subject, and the time left are no deadlines.
    "Năm 2026 là năm đầu thực hiện Kế hoạch.",
    "Từ năm 2025 đến năm 2027, các sở tổ chức tuyên truyền.",
    "Từ nay đến hết năm 2026 chỉ còn ít thời gian; các sở khẩn trương triển khai.",
    "Hoàn thành việc hỗ trợ nhà ở. Kế hoạch kéo dài đến hết năm 2026.",
  ])("%s", (phrase) => {
    expect(deadlineOf("2025-11-19", phrase)).toBeNull();
  });
});

describe("round 11: a figure's thousands dot does not end a purpose clause", () => {
  test("'Để đảm bảo hỗ trợ … cho khoảng 71.000 hộ … trong năm 2026, …' names the goal's year: no deadline", () => {
    const phrase =
      "Để đảm bảo hỗ trợ về nhà ở cho khoảng 71.000 hộ gia đình trong năm 2026, Sở Xây dựng đề nghị các huyện thực hiện:";
    expect(deadlineOf("2025-11-19", phrase)).toBeNull();
  });
  test("the neighbour: a purpose that finishes the work ('Để hoàn thành … 1.500 hộ … trong năm 2026') still dates it", () => {
    const phrase =
      "Để hoàn thành việc hỗ trợ nhà ở cho khoảng 1.500 hộ gia đình trong năm 2026, các huyện khẩn trương:";
    expect(deadlineOf("2025-11-19", phrase)).toMatchObject({ date: "2026-12-31" });
  });
});

describe("a bare cadence in running text times work that is reported or entered, not a noun", () => {
  test("'nhập dữ liệu kết quả … hàng tháng vào ứng dụng' is monthly data entry", () =>
    expect(
      deadlineOf(
        "2026-03-02",
        "Chỉ đạo nghiêm túc công tác nhập dữ liệu kết quả thanh tra, kiểm tra hàng tháng vào ứng dụng.",
      ),
    ).toMatchObject({ kind: "recurring", rule: "monthly", date: "2026-03-31" }));
  test("the neighbour: a monthly thing that is neither reported nor entered times nothing", () =>
    expect(deadlineOf("2026-03-02", "Rà soát chế độ phụ cấp hàng tháng của cán bộ.")).toBeNull());
});

describe("a cell's window without 'từ' is due at its end", () => {
  const rows: Row[] = [
    ["2025-11-18", "tháng 11/2025 đến tháng 4/2026", { kind: "within", date: "2026-04-30" }, "cell"],
    ["2025-11-18", "15/12/2025 đến 20/12/2025", { kind: "by", date: "2025-12-20" }, "cell"],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want, mode) =>
    expect(deadlineOf(issued, phrase, mode)).toMatchObject(want),
  );
  test("in a sentence a span without 'từ' stays no window: its first month names when work starts", () =>
    expect(deadlineOf("2025-11-18", "triển khai trong tháng 12/2025 đến các xã")).toMatchObject({
      date: "2025-12-31",
    }));
});

describe("'tiếp theo' names the next period, as 'tới' and 'sau' do", () => {
  const rows: Row[] = [
    ["2014-10-10", "tiếp tục thực hiện hỗ trợ trong năm tiếp theo.", { kind: "within", date: "2015-12-31" }],
    ["2014-10-10", "hoàn thành trong quý tiếp theo", { kind: "within", date: "2015-03-31" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("'những năm tiếp theo' are the years after, open-ended: the span's end stands", () =>
    expect(deadlineOf("2025-12-01", "Giai đoạn 2026-2030 và những năm tiếp theo", "cell")).toMatchObject({
      date: "2030-12-31",
    }));
});

describe("weekdays listed together are the days something happens on, not a due day", () => {
  test("'ra viện vào thứ bảy, chủ nhật, ngày nghỉ' dates nothing", () =>
    expect(
      deadlineOf("2026-05-13", "triển khai cho người bệnh ra viện vào thứ bảy, chủ nhật, ngày nghỉ, ngày lễ."),
    ).toBeNull());
  test("the neighbour: one weekday after 'vào' is the next such day", () =>
    expect(deadlineOf("2026-05-13", "gửi báo cáo vào thứ Sáu")).toMatchObject({ date: "2026-05-15" }));
});

describe("a purpose that amends a rule or submits to a body is the work's own end, and its year dates it", () => {
  const rows: Row[] = [
    [
      "2025-05-15",
      "Rà soát để sửa đổi các quy định có liên quan trong năm 2025.",
      { kind: "within", date: "2025-12-31" },
    ],
    [
      "2025-05-15",
      "Khẩn trương báo cáo để trình Quốc hội sửa đổi Luật Đất đai trong năm 2026.",
      { date: "2026-12-31" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: a purpose that serves another's work stays the goal's year", () =>
    expect(deadlineOf("2025-05-15", "Bố trí vốn để phục vụ việc giải ngân các dự án trong năm 2025.")).toBeNull());
});

describe("an opening 'Hằng năm' before joining or leading work times it", () => {
  const rows: Row[] = [
    [
      "2025-11-20",
      "Hằng năm phối hợp với Sở Tài chính, rà soát nguồn kinh phí.",
      { kind: "recurring", date: "2025-12-31" },
    ],
    ["2025-11-20", "Hằng năm chủ trì tổng kết công tác thi đua.", { kind: "recurring", date: "2025-12-31" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: 'hằng năm' after a noun names it ('Kinh phí hằng năm …' is not timed)", () =>
    expect(deadlineOf("2025-11-20", "Kinh phí hằng năm ngân sách tỉnh bố trí cho công tác này.")).toBeNull());
});

describe("'định kỳ hằng quý (trước ngày 05 của tháng đầu quý sau)': the day of a named month of the next quarter", () => {
  test("after a cadence the named month of the quarter wins over a bare day", () =>
    expect(
      deadlineOf("2026-05-15", "Báo cáo định kỳ hằng quý (trước ngày 05 của tháng đầu quý sau) và báo cáo đột xuất."),
    ).toMatchObject({ kind: "recurring", date: "2026-07-05" }));
  test("the neighbour: a cadence with a bare day keeps that day", () =>
    expect(deadlineOf("2026-05-15", "Định kỳ hằng tháng (trước ngày 20) báo cáo Sở Nội vụ.")).toMatchObject({
      kind: "recurring",
      date: "2026-05-20",
    }));
});

describe("a list of years and 'trong năm X - Y' are due at the end of the last year", () => {
  const rows: Row[] = [
    [
      "2023-10-30",
      "Rà soát các luật trong năm 2023, 2024.",
      { kind: "within", date: "2024-12-31", raw: "trong năm 2023, 2024" },
    ],
    ["2023-10-30", "hoàn thành trong năm 2024 và 2025", { kind: "within", date: "2025-12-31" }],
    ["2023-10-30", "Trong năm 2026 - 2027: xây dựng và lắp đặt thiết bị.", { kind: "within", date: "2027-12-31" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: 'giai đoạn 2021 - 2030' in a sentence still names a horizon", () =>
    expect(deadlineOf("2023-10-30", "Tăng cường hợp tác quốc tế trong giai đoạn 2021 - 2030.")).toBeNull());
});

describe("'định kỳ tối đa / không quá 06 tháng' sets the longest interval: it recurs as 'định kỳ 06 tháng' does", () => {
  const rows: Row[] = [
    [
      "2025-11-20",
      "… ngay sau khi được cấp và định kỳ tối đa 06 tháng phải thay đổi mật khẩu trong quá trình sử dụng;",
      { kind: "recurring", rule: "semiannual", date: "2025-12-31", raw: "định kỳ tối đa 06 tháng" },
    ],
    [
      "2026-02-10",
      "Kiểm tra hệ thống định kỳ không quá 03 tháng một lần.",
      { kind: "recurring", rule: "quarterly", date: "2026-03-31" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: 'tối đa 06 tháng' with no 'định kỳ' is a length, not a cadence", () =>
    expect(deadlineOf("2025-11-20", "Thời gian lưu trữ tối đa 06 tháng.")).toBeNull());
});

describe("'trong N ngày (làm việc) đầu (tiên của) tháng' is due each month by its N-th (working) day, first on or after the issue date", () => {
  const rows: Row[] = [
    [
      "2021-07-21",
      "5. Trong thời hạn 10 ngày làm việc đầu tháng, báo cáo Ngân hàng Nhà nước tình hình giải ngân.",
      { kind: "recurring", rule: "monthly", date: "2021-08-13", raw: "Trong thời hạn 10 ngày làm việc đầu tháng" },
    ],
    [
      "2021-07-05",
      "Trong thời hạn 15 ngày làm việc đầu tiên của tháng tiếp theo, gửi báo cáo về Vụ Tín dụng.",
      { kind: "recurring", rule: "monthly", date: "2021-07-21" },
    ],
    ["2026-03-02", "Các đơn vị báo cáo trong 05 ngày đầu mỗi tháng.", { kind: "recurring", date: "2026-03-05" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: 'trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ' is still one span from an event", () =>
    expect(
      deadlineOf("2021-07-21", "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ, Sở X thẩm định."),
    ).toMatchObject({ kind: "relative", date: null }));
});

describe("a yearly cadence with a day of the next year ('Hằng năm, … báo cáo … trước ngày 30 tháng 01 của năm sau') is due yearly on that day", () => {
  const rows: Row[] = [
    [
      "2023-12-29",
      "4. Hằng năm, tổng hợp, báo cáo việc ủy quyền gửi về Bộ trước ngày 30 tháng 01 của năm sau theo mẫu.",
      { kind: "recurring", rule: "yearly", date: "2024-01-30", raw: "trước ngày 30 tháng 01 của năm sau" },
    ],
    [
      "2024-03-05",
      "Định kỳ hằng năm, Ban quản lý báo cáo tình hình gửi Bộ chậm nhất ngày 15/01 năm tiếp theo.",
      { kind: "recurring", rule: "yearly", date: "2025-01-15" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: without a cadence '… năm sau' is one day", () =>
    expect(deadlineOf("2025-03-10", "Báo cáo kết quả năm 2025 trước ngày 15 tháng 01 năm sau.")).toMatchObject({
      kind: "by",
      date: "2026-01-15",
    }));
});

describe("a cadence counted from the document ('Định kỳ 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành') is first due that many months after the issue date", () => {
  const rows: Row[] = [
    [
      "2026-04-07",
      "k) Định kỳ 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành, báo cáo Chính phủ kết quả thực hiện.",
      { kind: "recurring", rule: "quarterly", date: "2026-07-07" },
    ],
    [
      "2026-04-07",
      "Định kỳ 6 tháng kể từ ngày Quyết định này được ban hành, Sở Tài chính tổng hợp, báo cáo.",
      { kind: "recurring", rule: "semiannual", date: "2026-10-07" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: 'Định kỳ 03 tháng' alone is due at the end of the quarter", () =>
    expect(deadlineOf("2026-04-07", "Định kỳ 03 tháng, Sở Tài chính báo cáo.")).toMatchObject({
      kind: "recurring",
      date: "2026-06-30",
    }));
});

describe("a span opened by 'chậm nhất' ('chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định') is counted as 'trong' opens it", () => {
  const rows: Row[] = [
    [
      "2025-11-17",
      "Rà soát, xây dựng quy trình nội bộ. Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.",
      { kind: "relative", date: "2025-11-24" },
    ],
    [
      "2025-11-17",
      "Sở Tư pháp thẩm định chậm nhất là 10 ngày kể từ ngày ký Kế hoạch này.",
      { kind: "relative", date: "2025-11-27" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: counted from an event the text cannot date, it has no day", () =>
    expect(
      deadlineOf("2025-11-17", "Sở X trả kết quả chậm nhất 05 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ."),
    ).toMatchObject({ kind: "relative", date: null }));
});

describe("work that readies something to start officially ('… bảo đảm để … chính thức hoạt động từ ngày 01/7/2026') is due that day", () => {
  const rows: Row[] = [
    [
      "2026-06-10",
      "Các cơ quan khẩn trương chuẩn bị, bảo đảm để bộ máy mới chính thức hoạt động từ ngày 01 tháng 7 năm 2026.",
      { kind: "by", date: "2026-07-01" },
    ],
    [
      "2026-06-10",
      "Sở X hoàn thiện hệ thống để chính thức vận hành từ ngày 15/8/2026.",
      { kind: "by", date: "2026-08-15" },
    ],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: work that only starts on a day ('thực hiện từ ngày 01/7/2026') is not due then", () =>
    expect(deadlineOf("2026-06-10", "Các đơn vị thực hiện chế độ báo cáo mới từ ngày 01/7/2026.")).toBeNull());
});

describe("an occasion named with its day in brackets or after 'kỷ niệm' ('Kỷ niệm Ngày Dân số Thế giới (11/7)') is due that day; an anniversary's historic day is not", () => {
  const rows: Row[] = [
    [
      "2026-03-18",
      "Tổ chức các hoạt động truyền thông: Kỷ niệm Ngày Dân số Thế giới (11/7); Tháng hành động vì trẻ em.",
      { kind: "by", date: "2026-07-11", raw: "Kỷ niệm Ngày Dân số Thế giới (11/7)" },
    ],
    ["2026-03-18", "Tổ chức mít tinh kỷ niệm Ngày Dân số Thế giới 11/7.", { kind: "by", date: "2026-07-11" }],
    ["2026-03-18", "Treo băng rôn nhân Ngày Môi trường thế giới (05/6).", { kind: "by", date: "2026-06-05" }],
  ];
  test.each(rows)("%s | %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("the neighbour: the day of the event an anniversary counts from is history ('kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954)')", () =>
    expect(
      deadlineOf("2021-05-04", "Để chào mừng kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954), các hộ treo cờ."),
    ).toBeNull());
});

test("'nhân' opens an occasion only as 'nhân dịp/ngày/lễ …': 'Nhân viên … ngày 06/4/2026' names staff, and its bare day is no due day", () =>
  expect(deadlineOf("2026-03-31", "Nhân viên bảo vệ kiểm tra kho và ghi sổ ngày 06/4/2026.")).toBeNull());

describe("a day of each month at a clause's start, with no 'trước' or 'vào' (k43 Bảo hiểm xã hội Việt Nam, k47 kinds)", () => {
  const rows: Row[] = [
    [
      "2021-10-01",
      "tổ chức thực hiện việc hỗ trợ; ngày 25 hằng tháng báo cáo kết quả về Bộ",
      { date: "2021-10-25", kind: "recurring", rule: "monthly" },
    ],
    [
      "2021-10-28",
      "Ngày 25 hằng tháng, các đơn vị gửi báo cáo tiến độ",
      { date: "2021-11-25", kind: "recurring", rule: "monthly" },
    ],
  ];
  test.each(rows)("%s: %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  // Inside a clause the day names what the report covers, not when it is due.
  test("'số liệu tính đến ngày 25 hằng tháng' dates nothing", () =>
    expect(deadlineOf("2021-10-01", "tổng hợp số liệu tính đến ngày 25 hằng tháng của các đơn vị")).toBeNull());
});

describe("a cadence between a body and its work ('Kiểm toán nhà nước hằng năm thực hiện kiểm toán …'; k46 kinds)", () => {
  const rows: Row[] = [
    [
      "2025-11-20",
      "Kiểm toán nhà nước hằng năm thực hiện kiểm toán việc giao dự toán và báo cáo kết quả.",
      { date: "2025-12-31", kind: "recurring", rule: "yearly" },
    ],
    [
      "2025-11-20",
      "Sở Nội vụ hằng quý tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh.",
      { date: "2025-12-31", kind: "recurring", rule: "quarterly" },
    ],
    // A month before the cadence is the day it names, not a subject (k47).
    ["2025-11-20", "Tháng 6 hằng năm, lập dự toán phần ngân sách nhà nước đóng bảo hiểm y tế.", { date: "2026-06-30" }],
  ];
  test.each(rows)("%s: %s", (issued, phrase, want) => expect(deadlineOf(issued, phrase)).toMatchObject(want));
  test("a cadence that names a document or a fund stays none ('dự toán ngân sách hằng năm thực hiện theo …')", () =>
    expect(
      deadlineOf("2025-11-20", "Việc lập dự toán ngân sách hằng năm thực hiện theo quy định của Luật Ngân sách."),
    ).toBeNull());
});

describe("a period after what was done or achieved names the results, not a due day (k95 Sở Nội vụ Bắc Giang 1185/SNV-VP)", () => {
  test.each([
    "Xây dựng báo cáo tổng kết, đánh giá những kết quả đã đạt được trong năm 2012, chỉ ra những mặt hạn chế.",
    "Đánh giá những việc đã thực hiện trong năm 2012 và đề ra phương hướng.",
  ])("%s", (phrase) => expect(deadlineOf("2012-11-14", phrase)).toBeNull());
  test("a period after a passive future still dates the work ('Dự án được thực hiện trong năm 2013')", () =>
    expect(deadlineOf("2012-11-14", "Dự án được thực hiện trong năm 2013.")).toMatchObject({ date: "2013-12-31" }));
});
