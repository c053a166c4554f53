import {
  AgencyProfile,
  EMPTY_PROFILE,
  isAbbreviatedPlace,
  normalizeProfile,
  parseProfileJson,
  profileToJson,
  validateProfile,
} from ".";

const good: AgencyProfile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn A",
  recipients: ["LĐ Thanh tra tỉnh"],
  archive: "VT, HS",
};

const issuesOf = (p: Partial<AgencyProfile>) => validateProfile({ ...good, ...p });
const fields = (p: Partial<AgencyProfile>) => issuesOf(p).map((i) => `${i.field}:${i.severity}`);

describe("validateProfile", () => {
  test("a complete profile has no issues", () => {
    expect(validateProfile(good)).toEqual([]);
  });

  test("missing issuing agency is an error with both languages", () => {
    const [issue] = issuesOf({ issuingAgency: "  " });
    expect(issue).toMatchObject({ field: "issuingAgency", severity: "error" });
    expect(issue.message).toContain("cơ quan ban hành");
    expect(issue.messageEn).toContain("issuing agency");
  });

  test("abbreviation with spaces is an error; missing is a warning", () => {
    expect(fields({ issuerAbbreviation: "T Tr" })).toEqual(["issuerAbbreviation:error"]);
    expect(fields({ issuerAbbreviation: "" })).toEqual(["issuerAbbreviation:warning"]);
  });

  test.each(["TP. HCM", "P.3", "Tp Hà Nội", "TP Hồ Chí Minh", "HCM", "Q.1"])(
    "place %s must be written in full",
    (place) => {
      expect(fields({ place })).toEqual(["place:error"]);
    },
  );

  test.each(["Thành phố Hồ Chí Minh", "Phường 3", "Hà Nội", "Tây Ninh", "Lào Cai", "Bà Rịa - Vũng Tàu"])(
    "place %s is accepted",
    (place) => {
      expect(isAbbreviatedPlace(place)).toBe(false);
      expect(fields({ place })).toEqual([]);
    },
  );

  test("missing place is an error", () => {
    expect(fields({ place: "" })).toEqual(["place:error"]);
  });

  test("missing signer title and name are warnings; KT. without the head's title warns", () => {
    expect(fields({ signerTitle: "", signerName: "" })).toEqual(["signerTitle:warning", "signerName:warning"]);
    expect(fields({ signerAuthority: "KT.", headTitle: "" })).toEqual(["headTitle:warning"]);
    expect(fields({ signerAuthority: "KT.", headTitle: "CHÁNH THANH TRA" })).toEqual([]);
  });

  test("body size must be 13 or 14", () => {
    expect(fields({ bodySizePt: 12 as 13 })).toEqual(["bodySizePt:error"]);
    expect(fields({ bodySizePt: 13 })).toEqual([]);
  });

  test.each([
    [{ topMm: 19, bottomMm: 20, leftMm: 30, rightMm: 20 }, "topMm", "Lề trên 19 mm"],
    [{ topMm: 20, bottomMm: 26, leftMm: 30, rightMm: 20 }, "bottomMm", "Lề dưới 26 mm"],
    [{ topMm: 20, bottomMm: 20, leftMm: 25, rightMm: 20 }, "leftMm", "Lề trái 25 mm"],
    [{ topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 21 }, "rightMm", "Lề phải 21 mm"],
  ])("margins %j out of range: one issue naming the margin", (margins, part, message) => {
    const issues = issuesOf({ margins });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "margins", part, severity: "error" });
    expect(issues[0].message).toContain(message);
  });

  test("margins at the limits are legal", () => {
    expect(fields({ margins: { topMm: 25, bottomMm: 25, leftMm: 35, rightMm: 15 } })).toEqual([]);
  });
});

describe("normalizeProfile", () => {
  test("NFC and trim every string", () => {
    const nfd = "  Thanh tra tỉnh Tây Ninh  ".normalize("NFD");
    const p = normalizeProfile({ issuingAgency: nfd, place: " Tây Ninh ".normalize("NFD") });
    expect(p.issuingAgency).toBe("Thanh tra tỉnh Tây Ninh");
    expect(p.issuingAgency).toBe(p.issuingAgency.normalize("NFC"));
    expect(p.place).toBe("Tây Ninh");
  });

  test("missing, null and wrongly typed fields fall back to defaults without throwing", () => {
    for (const input of [undefined, null, 42, "x", [], {}, { recipients: null, margins: "x", bodySizePt: "abc" }]) {
      const p = normalizeProfile(input);
      expect(p.margins).toEqual(EMPTY_PROFILE.margins);
      expect(p.recipients).toEqual([]);
      expect(p.bodySizePt).toBe(14);
      expect(p.archive).toBe("VT");
    }
  });

  test("recipients lose their '- ' and ';' (the template adds them); archive its 'Lưu:' and full stop", () => {
    const p = normalizeProfile({ recipients: ["- LĐ Thanh tra tỉnh;", "Tất cả CC", " "], archive: "Lưu: VT, HS." });
    expect(p.recipients).toEqual(["LĐ Thanh tra tỉnh", "Tất cả CC"]);
    expect(p.archive).toBe("VT, HS");
  });

  test("authority prefixes are recognised with or without the dot; anything else is none", () => {
    expect(normalizeProfile({ signerAuthority: "kt" }).signerAuthority).toBe("KT.");
    expect(normalizeProfile({ signerAuthority: "TM." }).signerAuthority).toBe("TM.");
    expect(normalizeProfile({ signerAuthority: "XYZ" }).signerAuthority).toBe("");
  });

  test("partial margins keep what is there", () => {
    expect(normalizeProfile({ margins: { leftMm: "35" } }).margins).toEqual({
      topMm: 20,
      bottomMm: 20,
      leftMm: 35,
      rightMm: 20,
    });
  });
});

describe("profile JSON import/export", () => {
  test("bad JSON gives a clear message and a usable empty profile", () => {
    const r = parseProfileJson("{ issuingAgency: ");
    expect(r.error?.message).toContain("không phải JSON hợp lệ");
    expect(r.error?.messageEn).toContain("not valid JSON");
    expect(r.profile.margins).toEqual(EMPTY_PROFILE.margins);
  });

  test("a JSON array is not a profile", () => {
    expect(parseProfileJson("[1,2]").error?.messageEn).toContain("JSON object");
  });

  test("round trip through profileToJson keeps every field; a BOM is tolerated", () => {
    const text = profileToJson(good);
    const back = parseProfileJson(`\uFEFF${text}`);
    expect(back.error).toBeUndefined();
    expect(back.profile).toEqual(normalizeProfile(good));
    expect(back.issues).toEqual([]);
  });

  test("issues come with the parsed profile", () => {
    const r = parseProfileJson(JSON.stringify({ issuingAgency: "THANH TRA TỈNH", place: "TP. HCM" }));
    expect(r.issues.map((i) => i.field)).toContain("place");
  });
});
