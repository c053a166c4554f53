import fc from "fast-check";
import { execAtWordStart } from "./fold";
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
  test("a short Unicode text with headings in capitals (Ò, Ô, Í are TCVN3 code points too) is not TCVN3", () => {
    // synthetic: the capitals of a header share Latin-1 code points with TCVN3's small letters
    const text = ["VĂN PHÒNG CHÍNH PHỦ", "THÔNG BÁO", "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG", "1. Giao Bộ Tài chính rà soát."];
    expect(detectEncodingProblem(text.join("\n"))).toBeNull();
    expect(detectEncodingProblem("PHÒNG TỔ CHỨC – HÀNH CHÍNH. THÔNG BÁO. CHÍNH PHỦ")).toBeNull();
  });
  test("TCVN3 is still found under a header typed in Unicode (letters a TCVN3 text cannot hold are counted, not trusted blindly)", () => {
    const tcvn =
      "Giao Së Tµi chÝnh chñ tr× rµ so¸t nguån vèn tr−íc ngµy 15/12/2020. Céng hoµ x· héi chñ nghÜa ViÖt Nam.";
    expect(detectEncodingProblem(["ỦY BAN NHÂN DÂN TỈNH", tcvn, tcvn].join("\n"))?.code).toBe("legacy-tcvn3");
  });
});

describe("execAtWordStart: a leading lookbehind without writing one", () => {
  // The lookbehind below is test code only (Node runs it); shipped code may not hold one (older WebKit).
  const words = ["ngay", "khẩn cấp", "cấp bách", "giao", "đề nghị"];
  const alphabet = ["a", "x", " ", ",", "1", "😀", ...words];
  it("finds exactly the matches the lookbehind pattern finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const body = `(?:${words.join("|")})(?![\\p{L}])`;
        const expected = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${body}`, "gu"))].map((m) => m.index);
        const rx = new RegExp(body, "gu");
        const found: number[] = [];
        for (let m = execAtWordStart(rx, text); m; m = execAtWordStart(rx, text)) found.push(m.index);
        expect(found).toEqual(expected);
      }),
    );
  });
});
