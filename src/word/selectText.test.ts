import { findParagraph, rawPattern, searchPattern } from "./selectText";

describe("Word search patterns for a task's sentence", () => {
  it("joins words with ^w, escapes carets, and stays within Word's 255 characters at a word boundary", () => {
    expect(searchPattern("Tỷ lệ  10^3\tđạt")).toBe("Tỷ^wlệ^w10^^3^wđạt");
    const long = searchPattern("giao ".repeat(100));
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith("giao")).toBe(true);
  });

  it("writes the sentence as the paragraph holds it: tabs, line breaks, non-breaking spaces, decomposed letters", () => {
    const paragraph = `- Sở\tTài chính,\vchủ trì\u00a0ngay. Hết.`.normalize("NFD");
    expect(rawPattern(paragraph, "Sở Tài chính, chủ trì ngay.")).toBe(
      "Sở^tTài chính,^lchủ trì^sngay.".normalize("NFD"),
    );
    expect(rawPattern(paragraph, "Không có.")).toBeNull();
  });

  it("prefers the scan's paragraph when it still holds the sentence, else the first that does", () => {
    const texts = ["Sở Tài chính chủ trì.", "Mở đầu.", "Sở\tTài chính chủ trì."];
    expect(findParagraph(texts, "Sở Tài chính chủ trì.", 2)).toBe(2);
    expect(findParagraph(texts, "Sở Tài chính chủ trì.", 1)).toBe(0);
    expect(findParagraph(texts, "Vắng mặt.", 0)).toBe(-1);
  });
});
