/**
 * Decree 30 Phụ lục II: names written inside sentences, derived from the header's upper-case names.
 * Expected forms are the Appendix's own examples and names as issued documents write them.
 */
import {
  agencyInSentence,
  agencyWithoutPlace,
  breakableName,
  isBareUnit,
  personInSentence,
  titleInSentence,
} from "./names";

describe("agencyInSentence (Phụ lục II: type and field words capitalised, units lower case, names capitalised)", () => {
  test.each([
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"],
    ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bộ Tài nguyên và Môi trường"],
    ["SỞ TÀI CHÍNH", "Sở Tài chính"],
    ["SỞ CÔNG THƯƠNG", "Sở Công Thương"],
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"],
    ["ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Ủy ban nhân dân tỉnh Tây Ninh"],
    ["UBND TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai"],
    ["HĐND HUYỆN GIA LÂM", "Hội đồng nhân dân huyện Gia Lâm"],
    ["VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH", "Ban Quản lý dự án đầu tư xây dựng tỉnh"],
    ["THANH TRA TỈNH", "Thanh tra tỉnh"],
    ["THANH TRA CHÍNH PHỦ", "Thanh tra Chính phủ"],
    ["TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN", "Trường Trung học phổ thông Chu Văn An"],
    ["TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN", "Trường Đại học Khoa học xã hội và Nhân văn"],
    ["ỦY BAN NHÂN DÂN QUẬN 1", "Ủy ban nhân dân Quận 1"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG 15", "Ủy ban nhân dân Phường 15"],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"],
    ["ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ", "Ủy ban nhân dân đặc khu Phú Quý"],
    ["ĐẶC KHU PHÚ QUÝ", "Đặc khu Phú Quý"],
    ["ỦY BAN NHÂN DÂN XÃ YÊN BÌNH", "Ủy ban nhân dân xã Yên Bình"],
    ["ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"],
    ["BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy"],
    ["CÔNG AN TỈNH LÀO CAI", "Công an tỉnh Lào Cai"],
    ["CHI CỤC THUẾ KHU VỰC II", "Chi cục Thuế khu vực II"],
    ["PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch"],
    ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "Trung tâm Phục vụ hành chính công tỉnh"],
    [
      "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH",
      "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
    ],
    ["SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"],
    ["BQL CÁC KHU CÔNG NGHIỆP", "BQL các khu công nghiệp"],
  ])("%s → %s", (upper, expected) => {
    expect(agencyInSentence(upper)).toBe(expected);
  });

  test("a name the clerk wrote in mixed case is already a sentence form and is kept", () => {
    expect(agencyInSentence("Sở Công Thương")).toBe("Sở Công Thương");
  });

  test("empty stays empty", () => {
    expect(agencyInSentence("  ")).toBe("");
  });
});

test.each([
  ["NGUYỄN VĂN AN", "Nguyễn Văn An"],
  ["TRẦN THỊ BÍCH NGỌC", "Trần Thị Bích Ngọc"],
  ["Nguyễn Văn An", "Nguyễn Văn An"],
  ["  LÊ   ĐỨC  ", "Lê Đức"],
])("person %s → %s", (name, expected) => {
  expect(personInSentence(name)).toBe(expected);
});

describe("a unit named by its parent", () => {
  test("a bare type is a unit of its parent; a full name is not", () => {
    expect(isBareUnit("VĂN PHÒNG")).toBe(true);
    expect(isBareUnit("THANH TRA TỈNH")).toBe(false);
    expect(isBareUnit("SỞ CÔNG THƯƠNG")).toBe(false);
  });

  test.each([
    ["UBND TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh"],
    ["ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "Ủy ban nhân dân tỉnh"],
    ["ỦY BAN NHÂN DÂN QUẬN 1", "Ủy ban nhân dân Quận 1"],
    ["BỘ TÀI CHÍNH", "Bộ Tài chính"],
  ])("parent %s without its place → %s", (parent, expected) => {
    expect(agencyWithoutPlace(parent)).toBe(expected);
  });
});

test.each([
  ["CHÁNH THANH TRA", "THANH TRA TỈNH", "Thanh tra tỉnh", "Chánh Thanh tra tỉnh"],
  ["GIÁM ĐỐC", "SỞ TÀI CHÍNH", "Sở Tài chính", "Giám đốc Sở Tài chính"],
  [
    "CHỦ TỊCH",
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
    "Ủy ban nhân dân tỉnh Tây Ninh",
    "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh",
  ],
  ["CHÁNH VĂN PHÒNG", "VĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh", "Chánh Văn phòng Ủy ban nhân dân tỉnh"],
  ["TRƯỞNG BAN", "BAN QUẢN LÝ DỰ ÁN", "Ban Quản lý dự án", "Trưởng Ban Quản lý dự án"],
])("title %s of %s → %s", (title, agency, agencySentence, expected) => {
  expect(titleInSentence(title, agency, agencySentence)).toBe(expected);
});

describe("breakableName: where a header name may wrap", () => {
  const cheapest = (name: string) => {
    const { words, breakBefore } = breakableName(name);
    const best = Math.min(...breakBefore.slice(1));
    return words.filter((_, i) => i > 0 && breakBefore[i] === best);
  };

  test("before 'VÀ', never between the two syllables of a word", () => {
    const { words, breakBefore } = breakableName("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
    expect(words).toEqual(["SỞ", "NÔNG", "NGHIỆP", "VÀ", "MÔI", "TRƯỜNG"]);
    expect(breakBefore[words.indexOf("VÀ")]).toBe(0);
    expect(breakBefore[words.indexOf("TRƯỜNG")]).toBeGreaterThan(breakBefore[words.indexOf("VÀ")]);
    expect(breakBefore[words.indexOf("NGHIỆP")]).toBeGreaterThan(breakBefore[words.indexOf("VÀ")]);
    expect(breakBefore[words.indexOf("MÔI")]).toBeGreaterThan(breakBefore[words.indexOf("VÀ")]);
  });

  test("two-syllable words inside a long field phrase", () => {
    const { words, breakBefore } = breakableName("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH");
    const at = (w: string) => breakBefore[words.indexOf(w)];
    expect(at("DỰ")).toBeLessThan(at("ÁN"));
    expect(at("ĐẦU")).toBeLessThan(at("TƯ"));
    expect(at("TỈNH")).toBe(0);
  });

  test("a proper name and a multi-syllable type stay whole when they can", () => {
    expect(cheapest("ỦY BAN NHÂN DÂN TỈNH TÂY NINH")).toEqual(["TỈNH"]);
    expect(cheapest("TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN")).toEqual(["TRUNG", "CHU"]);
  });

  test("the header keeps abbreviations as given", () => {
    expect(breakableName("UBND TỈNH LÀO CAI").words).toEqual(["UBND", "TỈNH", "LÀO", "CAI"]);
  });
});
