import { formatDecree30Date as decree30DateText } from "../dates";
import { parseIsoDate, placeAndDateLine, validateDate } from "./placeAndDate";

describe("Decree 30 date text (§2.4): leading zero for days < 10 and months 1–2 only", () => {
  test.each([
    [{ year: 2020, month: 1, day: 5 }, "ngày 05 tháng 01 năm 2020"],
    [{ year: 2021, month: 2, day: 7 }, "ngày 07 tháng 02 năm 2021"],
    [{ year: 2019, month: 6, day: 29 }, "ngày 29 tháng 6 năm 2019"],
    [{ year: 2020, month: 11, day: 15 }, "ngày 15 tháng 11 năm 2020"],
    [{ year: 2020, month: 3, day: 9 }, "ngày 09 tháng 3 năm 2020"],
    [{ year: 2020, month: 12, day: 10 }, "ngày 10 tháng 12 năm 2020"],
    [{ year: 2020, month: 10, day: 1 }, "ngày 01 tháng 10 năm 2020"],
  ])("%j → %s", (date, expected) => {
    expect(decree30DateText(date)).toBe(expected);
  });

  test("a draft leaves the day blank: 'ngày      tháng 6 năm 2026'", () => {
    expect(decree30DateText({ year: 2026, month: 6 })).toMatch(/^ngày {2,}tháng 6 năm 2026$/);
  });

  test("place and date with a comma after the place", () => {
    expect(placeAndDateLine("Tây Ninh", { year: 2020, month: 11, day: 10 })).toBe(
      "Tây Ninh, ngày 10 tháng 11 năm 2020",
    );
    expect(placeAndDateLine("Thành phố Hồ Chí Minh", { year: 2019, month: 6, day: 29 })).toBe(
      "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
    );
  });
});

describe("date validation", () => {
  test("29/02 exists in a leap year (2020, 2000) and not in 2021 or 1900-style centuries (2100)", () => {
    expect(validateDate({ year: 2020, month: 2, day: 29 }).ok).toBe(true);
    expect(validateDate({ year: 2000, month: 2, day: 29 }).ok).toBe(true);
    const nonLeap = validateDate({ year: 2021, month: 2, day: 29 });
    expect(nonLeap.ok).toBe(false);
    expect(validateDate({ year: 2100, month: 2, day: 29 }).ok).toBe(false);
    if (!nonLeap.ok) {
      expect(nonLeap.message).toContain("không tồn tại");
      expect(nonLeap.messageEn).toContain("does not exist");
    }
  });

  test.each([
    [{ year: 2020, month: 2, day: 31 }],
    [{ year: 2020, month: 4, day: 31 }],
    [{ year: 2020, month: 13, day: 1 }],
    [{ year: 2020, month: 0, day: 1 }],
    [{ year: 2020, month: 5, day: 0 }],
    [{ year: 2020, month: 5, day: 1.5 }],
    [{ year: 20, month: 5, day: 1 }],
  ])("rejects %j with a Vietnamese message", (date) => {
    const result = validateDate(date);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/không|Năm/);
  });

  test("month 13 names the month rule", () => {
    const result = validateDate({ year: 2020, month: 13 });
    expect(result.ok === false && result.message).toContain("tháng phải từ 1 đến 12");
  });

  test("accepts 31/12 and 30/4", () => {
    expect(validateDate({ year: 2020, month: 12, day: 31 }).ok).toBe(true);
    expect(validateDate({ year: 2020, month: 4, day: 30 }).ok).toBe(true);
  });
});

describe("parseIsoDate", () => {
  test("full, month-only and unknown-day forms", () => {
    expect(parseIsoDate("2020-11-10")).toEqual({ ok: true, value: { year: 2020, month: 11, day: 10 } });
    expect(parseIsoDate("2026-06")).toEqual({ ok: true, value: { year: 2026, month: 6, day: undefined } });
    expect(parseIsoDate("2026-06-15", true)).toEqual({ ok: true, value: { year: 2026, month: 6 } });
  });

  test("rejects other forms and impossible dates", () => {
    expect(parseIsoDate("10/11/2020").ok).toBe(false);
    expect(parseIsoDate("2021-02-29").ok).toBe(false);
    expect(parseIsoDate("2020-13-01").ok).toBe(false);
  });
});
