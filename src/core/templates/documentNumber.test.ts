import { DOCUMENT_TYPES, documentType } from "./documentTypes";
import { documentNumberLine, documentSymbol, padNumber, validateDocumentNumber } from "./documentNumber";
import { DRAFT_KINDS } from "./kinds";

describe("Số, ký hiệu (§2.3)", () => {
  test.each([
    [1, "01"],
    [5, "05"],
    [9, "09"],
    [10, "10"],
    [123, "123"],
  ])("number %d → %s", (n, expected) => expect(padNumber(n)).toBe(expected));

  test("the decree's examples", () => {
    expect(documentNumberLine(15, documentSymbol("QĐ", "BNV"))).toBe("Số: 15/QĐ-BNV");
    expect(documentNumberLine(123, documentSymbol("TB", "VPCP"))).toBe("Số: 123/TB-VPCP");
    expect(documentNumberLine(5, documentSymbol("KL", "TTr"))).toBe("Số: 05/KL-TTr");
  });

  test("công văn: issuer then drafting unit, no type abbreviation", () => {
    expect(documentNumberLine(12, documentSymbol(null, "UBND", "VX"))).toBe("Số: 12/UBND-VX");
    expect(documentNumberLine(5, documentSymbol(null, "BNV", "VP"))).toBe("Số: 05/BNV-VP");
    expect(documentSymbol(null, "UBND", "")).toBe("UBND");
  });

  test("a draft leaves the number blank before the slash", () => {
    expect(documentNumberLine(null, "TB-VP")).toMatch(/^Số: {2,}\/TB-VP$/);
  });

  test("number validation", () => {
    expect(validateDocumentNumber(null)).toEqual({ ok: true, value: null });
    expect(validateDocumentNumber(7)).toEqual({ ok: true, value: 7 });
    for (const bad of [0, -1, 2.5, NaN]) {
      const r = validateDocumentNumber(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain("không hợp lệ");
    }
  });
});

describe("type table (Phụ lục III + KL)", () => {
  test("Phụ lục III abbreviations, including the unusual ones", () => {
    expect(documentType("Quy định", "NĐ30")?.abbreviation).toBe("QyĐ");
    expect(documentType("Chương trình")?.abbreviation).toBe("CTr");
    expect(documentType("Tờ trình")?.abbreviation).toBe("TTr");
    expect(documentType("Biên bản")?.abbreviation).toBe("BB");
    expect(documentType("Bản trích sao")?.abbreviation).toBe("TrS");
    expect(DOCUMENT_TYPES.filter((t) => t.standard === "NĐ30" && t.abbreviation !== null)).toHaveLength(30);
  });

  test("công văn has no abbreviation and prints no type name", () => {
    expect(documentType("Công văn")).toMatchObject({ abbreviation: null, printsTypeName: false });
  });

  test("KL is flagged as Party and sector, never NĐ30", () => {
    const kl = DOCUMENT_TYPES.filter((t) => t.abbreviation === "KL");
    expect(kl.map((t) => t.standard).sort()).toEqual(["Party", "sector"]);
  });

  test("draft kinds use the table's abbreviations", () => {
    const abbr = Object.fromEntries(DRAFT_KINDS.map((k) => [k.id, k.typeAbbreviation]));
    expect(abbr).toEqual({
      "ket-luan-giao-ban": "KL",
      "thong-bao-ket-luan": "TB",
      "ket-luan-thanh-tra": "KL",
      "bao-cao": "BC",
      "ke-hoach": "KH",
      "cong-van": null,
      "bien-ban": "BB",
    });
  });
});
