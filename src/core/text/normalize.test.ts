import { cleanLine } from "./normalize";
import { UPPER_CHARS, WORD_CHARS, isWordUnit } from "./letters";

describe("cleanLine: what the extractor reads", () => {
  // Issue 14: format characters split owner names and deadline phrases; full-width digits were not read.
  test.each([
    ["zero-width space inside a word", "Sở Tài ch\u200bính", "Sở Tài chính"],
    ["zero-width non-joiner and joiner", "Sở Tài\u200c chính\u200d", "Sở Tài chính"],
    ["word joiner", "trước ngày\u2060 15/12/2026", "trước ngày 15/12/2026"],
    ["bidi override and isolate", "\u202eSở Nội vụ\u202c \u2066báo cáo\u2069", "Sở Nội vụ báo cáo"],
    ["left-to-right and right-to-left marks", "Sở\u200e Y tế\u200f", "Sở Y tế"],
    ["soft hyphen", "Ủy ban nhân dân tỉnh hướng\u00addẫn", "Ủy ban nhân dân tỉnh hướngdẫn"],
    ["a BOM in the middle", "Giao\ufeff Sở Xây dựng", "Giao Sở Xây dựng"],
    ["full-width digits and slash", "trước ngày １５／１２／２０２６", "trước ngày 15/12/2026"],
    ["full-width colon", "Đơn vị chủ trì： Sở Tư pháp", "Đơn vị chủ trì: Sở Tư pháp"],
    ["tabs, no-break and ideographic spaces collapse", "Sở\tTài\u00a0chính\u3000 báo cáo", "Sở Tài chính báo cáo"],
    ["NFD composes, even around a removed joiner", "Sở Ta\u200d\u0300i chính", "Sở Tài chính"],
    ["an ordinary line is only trimmed", "  Giao Sở Nội vụ.  ", "Giao Sở Nội vụ."],
  ])("%s", (_name, input, want) => {
    expect(cleanLine(input)).toBe(want);
  });
});

describe("letter classes without \\p{L} (ES2017)", () => {
  test("WORD_CHARS matches Vietnamese letters and digits, not punctuation", () => {
    const rx = new RegExp(`^[${WORD_CHARS}]+$`);
    expect(rx.test("ĐườngỞỹ09")).toBe(true);
    expect(rx.test("a-b")).toBe(false);
    expect(rx.test("×")).toBe(false);
  });
  test("UPPER_CHARS matches capitals only", () => {
    const rx = new RegExp(`^[${UPPER_CHARS}]+$`);
    expect(rx.test("ĐƯỜNGỞỸA")).toBe(true);
    expect(rx.test("đ")).toBe(false);
    expect(rx.test("Sở")).toBe(false);
  });
  test("isWordUnit agrees with WORD_CHARS on the Latin blocks", () => {
    const rx = new RegExp(`[${WORD_CHARS}]`);
    for (let c = 0; c < 0x2000; c++) expect([c, isWordUnit(c)]).toEqual([c, rx.test(String.fromCharCode(c))]);
  });
});
