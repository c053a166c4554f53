import { detectEncodingProblem, foldDiacritics, normalizeForMatch, sortVi } from "./index";

describe("text", () => {
  test("foldDiacritics", () => {
    expect(foldDiacritics("Sở Tài chính")).toBe("so tai chinh");
    expect(foldDiacritics("Đà Nẵng")).toBe("da nang");
  });
  test("normalizeForMatch: NFC, lower case, no punctuation", () => {
    expect(normalizeForMatch("Kết luận này./.".normalize("NFD"))).toBe("kết luận này");
  });
  test("Vietnamese collation", () => {
    expect(sortVi(["đ", "e", "d", "ă", "a", "â"])).toEqual(["a", "ă", "â", "d", "đ", "e"]);
  });
  test("detects TCVN3, VNI and NFD; clean Unicode passes", () => {
    expect(detectEncodingProblem("Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc")?.code).toBe(
      "legacy-tcvn3",
    );
    expect(detectEncodingProblem("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")?.code).toBe("legacy-vni");
    expect(detectEncodingProblem("Cộng hòa xã hội chủ nghĩa Việt Nam".normalize("NFD"))?.code).toBe(
      "decomposed-unicode",
    );
    expect(detectEncodingProblem("Cộng hòa xã hội chủ nghĩa Việt Nam © 2026 · Sở Tài chính")).toBeNull();
    expect(detectEncodingProblem("Céng hoµ x· héi chñ nghÜa ViÖt Nam")?.message).toMatch(/TCVN3.*Unikey/);
  });
});
