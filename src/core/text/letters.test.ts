import { spellOutProperties, unicodeRegExp } from "./letters";

/**
 * EdgeHTML (Office 2019) has no Unicode property escapes; there the patterns are spelled over the Latin blocks. Every
 * character a Vietnamese document uses must match alike both ways.
 */
describe("\\p{…} spelled out for engines without property escapes", () => {
  const sample = Array.from(
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬàáảãạằắẳẵặầấẩẫậÈÉẺẼẸỀẾỂỄỆèéẻẽẹềếểễệ" +
      "ÌÍỈĨỊìíỉĩịÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢòóỏõọồốổỗộờớởỡợÙÚỦŨỤỪỨỬỮỰùúủũụừứửữựỲÝỶỸỴỳýỷỹỵ0123456789 .,;:-–/()“”\"'!?%§",
  );

  test.each(["^[\\p{L}\\p{N}]$", "^\\p{L}$", "^\\p{Lu}{2,}$", '[\\p{L}\\d)”"]$', "^[\\p{L} .]{2,40},\\s*\\d"])(
    "%s matches the same Vietnamese text spelled out",
    (source) => {
      const modern = new RegExp(source, "u");
      const spelled = new RegExp(spellOutProperties(source), "u");
      expect(spellOutProperties(source)).not.toContain("\\p{");
      for (const c of sample) expect([c, spelled.test(c)]).toEqual([c, modern.test(c)]);
      for (const text of ["HÀ NỘI", "Hà Nội, 05", "ĐỒNG THÁP", "Đà Nẵng, 1", "kết luận)", "x"])
        expect([text, spelled.test(text)]).toEqual([text, modern.test(text)]);
    },
  );

  test("an engine that throws on \\p{…} gets the spelled pattern, one that has it gets \\p{…} itself", () => {
    const Native = RegExp;
    const thrower = function (source: string, flags?: string) {
      if (/\\p\{/.test(source)) throw new SyntaxError("Invalid regular expression: invalid escape");
      return new Native(source, flags);
    } as unknown as RegExpConstructor;
    global.RegExp = thrower;
    try {
      const old = unicodeRegExp("^\\p{L}$");
      expect(old.source).not.toContain("\\p{");
      expect(old.test("Ư")).toBe(true);
      expect(old.test("7")).toBe(false);
    } finally {
      global.RegExp = Native;
    }
    expect(unicodeRegExp("^\\p{L}$").source).toBe("^\\p{L}$");
  });
});
