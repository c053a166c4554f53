import { restoreGlued, unglue } from "./glued";

describe("glued words from a PDF's text layer (synthetic phrases)", () => {
  test.each([
    ["Đảng uỷxây dựng kế hoạch", "Đảng uỷ xây dựng kế hoạch"],
    ["ĐềnghịUỷ ban kiểm tra rà soát", "Đề nghị Uỷ ban kiểm tra rà soát"],
    ["Yêu cầuSở Tài chính báo cáo", "Yêu cầu Sở Tài chính báo cáo"],
    ["Banthườngvụ Huyện ủy chỉ đạo", "Ban thường vụ Huyện ủy chỉ đạo"],
    ["Sở Y tế chủtrì, phốihợp với Sở Tài chính", "Sở Y tế chủ trì, phối hợp với Sở Tài chính"],
  ])("%s → %s", (glued, spaced) => {
    expect(unglue(glued)).toBe(spaced);
  });

  test.each([
    "Đề nghị Sở Tài chính chủ trì, phối hợp với Sở Nội vụ.",
    "Ủy ban nhân dân tỉnh; Đảng ủy Khối; chi bộ cơ sở",
    "kiến nghị nghịch lý", // a syllable that goes on ("nghịch") is no glue
    "Ban Thường vụ Tỉnh ủy",
  ])("text without glue is left as it is: %s", (text) => {
    expect(unglue(text)).toBe(text);
  });

  test("a piece of the spaced text maps back to the document's own characters", () => {
    const written = "- ĐềnghịUỷ ban kiểm tra rà soát hồ sơ.";
    const spaced = unglue(written);
    expect(restoreGlued(written, spaced, spaced.slice(2))).toBe("ĐềnghịUỷ ban kiểm tra rà soát hồ sơ.");
    expect(restoreGlued(written, spaced, "kiểm tra rà soát")).toBe("kiểm tra rà soát");
    expect(restoreGlued(written, spaced, "not in it")).toBe("not in it");
  });
});
