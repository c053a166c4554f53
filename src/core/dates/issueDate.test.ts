import { parseNumberLineDate, parsePlaceAndDate } from "./issueDate";

describe("the place-and-date line as scans and flattened tables give it", () => {
  it.each([
    ["Hà Nội, ngày / tháng 6 năm 2026", { year: 2026, month: 6, day: 1 }, "issue-day-blank"],
    ["Số: 05/KL-TTr Tây Ninh, ngày 10 tháng 11 năm 2020", { year: 2020, month: 11, day: 10 }, undefined],
    ["Số:      /TB-VP Lào Cai, ngày      tháng 6 năm 2026", { year: 2026, month: 6, day: 1 }, "issue-day-blank"],
    // A letter-spaced web copy splits a figure (round 11, k31).
    ["Hà Nội, ngày 26 tháng 0 6 năm 2018", { year: 2018, month: 6, day: 26 }, undefined],
    ["Hà Nội ngày 2 6 tháng 06 năm 2018", { year: 2018, month: 6, day: 26 }, undefined],
    // A scan's text layer garbled the day (round 13, k40): the month and year still hold, the day is unknown.
    ["41 /CT-TTs Ha Nội, ngàyháng 3 năm 2020", { year: 2020, month: 3, day: 1 }, "issue-day-unreadable"],
    ["Số: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020", { year: 2020, month: 3, day: 1 }, "issue-day-unreadable"],
    // Day and month garbled: only the year holds, as with a blank day and month.
    ["Hà Nội, ngày AF tháng 4Ô năm 2016", { year: 2016, month: 1, day: 1 }, "issue-day-unreadable"],
  ])("%s", (line, date, warning) => {
    const match = parsePlaceAndDate(line);
    expect(match?.date).toEqual(date);
    expect(match?.warning?.code).toBe(warning);
  });

  it("still refuses a sentence that merely contains a date", () => {
    expect(parsePlaceAndDate("Ngày 09/11/2020, Thanh tra tỉnh họp giao ban")).toBeNull();
    expect(parsePlaceAndDate("Số liệu đến ngày 10 tháng 11 năm 2020 cho thấy")).toBeNull();
  });
});

describe("an issue date the calendar lacks (issue 14)", () => {
  it.each([
    "Hà Nội, ngày 31 tháng 02 năm 2026",
    "Hà Nội, ngày 32 tháng 13 năm 2026",
    "Hà Nội, ngày 00 tháng 00 năm 2026",
    "Hà Nội, ngày    tháng 13 năm 2026",
  ])("%s: no date, a warning that names the line", (line) => {
    const match = parsePlaceAndDate(line);
    expect(match?.date).toBeNull();
    expect(match?.warning?.code).toBe("issue-date-impossible");
    expect(match?.warning?.message).toContain(line);
  });
});

describe("synthetic: the place-and-date line as clerks also type it (spec: issue date; audit of issue 12)", () => {
  it.each([
    ["TP. Hồ Chí Minh, Ngày 05 tháng 11 năm 2025", { year: 2025, month: 11, day: 5 }],
    ["Hà Nội, NGÀY 20 THÁNG 11 NĂM 2025", { year: 2025, month: 11, day: 20 }],
    ["Hà Nội, ngày 20/11/2025", { year: 2025, month: 11, day: 20 }],
    ["Hà Nội, ngày 20-11-2025", { year: 2025, month: 11, day: 20 }],
    ["Hà Nội, ngày 20.11.2025", { year: 2025, month: 11, day: 20 }],
    ["Hà Nội, 20/11/2025", { year: 2025, month: 11, day: 20 }],
    ["Số: 12/UBND-KT      Đà Nẵng, ngày 3/2/2026.", { year: 2026, month: 2, day: 3 }],
    ["Ngày 20 tháng 11 năm 2025", { year: 2025, month: 11, day: 20 }],
    // The Công báo title block of a central document: "CHỈ THỊ / CỦA BỘ … SỐ 07/2008/CT-BTTTT / NGÀY 30 THÁNG 12 NĂM 2008".
    ["NGÀY 30 THÁNG 12 NĂM 2008", { year: 2008, month: 12, day: 30 }],
  ])("%s", (line, date) => {
    expect(parsePlaceAndDate(line)?.date).toEqual(date);
  });

  it.each([
    "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban",
    "Ngày 20 tháng 11 năm 2025, Ủy ban nhân dân tỉnh tổ chức họp",
    "Hà Nội, ngày 20/11/2025 Bộ Y tế đã tổ chức hội nghị",
    "Hạn chót, 20/11/2025 là ngày cuối cùng nhận hồ sơ",
    "Phú Thọ, 20/11/2025 - 25/11/2025",
  ])("a sentence or a span, not a date line: %s", (line) => {
    expect(parsePlaceAndDate(line)).toBeNull();
  });
});

describe("synthetic: the place-and-date line with its comma left out", () => {
  test.each([
    ["Hà Nội ngày 01 tháng 12 năm 2025", { year: 2025, month: 12, day: 1 }],
    ["Quảng Ngãi ngày 20 tháng 11 năm 2025.", { year: 2025, month: 11, day: 20 }],
    ["Thành phố Hồ Chí Minh ngày 5 tháng 6 năm 2026", { year: 2026, month: 6, day: 5 }],
  ])("%s", (line, date) => {
    expect(parsePlaceAndDate(line)?.date).toEqual(date);
  });
  test("a sentence that opens with a date is not the date line", () => {
    expect(parsePlaceAndDate("Trong ngày 20 tháng 11 năm 2025, Sở Nội vụ tổ chức họp")).toBeNull();
  });
});

describe("a telegram's number line carries its day when there is no place-and-date line (round 12, k34)", () => {
  it.each([
    ["Số: 07/CĐ-UBND hồi 09 giờ 30 ngày 15/3/2021", { year: 2021, month: 3, day: 15 }],
    ["Số: 12/CĐ-TTg ngày 05 tháng 8 năm 2022", { year: 2022, month: 8, day: 5 }],
  ])("%s", (line, date) => expect(parseNumberLineDate(line)?.date).toEqual(date));

  it("the neighbours: a cited number in a sentence, and a number line without a day", () => {
    expect(parseNumberLineDate("Thực hiện Công điện số 07/CĐ-UBND ngày 15/3/2021 của UBND tỉnh")).toBeNull();
    expect(parseNumberLineDate("Số: 07/CĐ-UBND")).toBeNull();
  });
});
