import { EMPTY_PROFILE, normalizeProfile, parseProfileJson, profileToJson, sentenceForms } from ".";

const laoCai = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH LÀO CAI",
  issuingAgency: "VĂN PHÒNG",
  issuerAbbreviation: "VP",
  place: "Lào Cai",
  signerTitle: "CHÁNH VĂN PHÒNG",
};

describe("sentence forms of the profile's names", () => {
  test("a unit issuing for its parent is named with it; the parent in full", () => {
    expect(sentenceForms(laoCai)).toEqual({
      issuer: "Văn phòng Ủy ban nhân dân tỉnh",
      parent: "Ủy ban nhân dân tỉnh Lào Cai",
      head: "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    });
  });

  test("the head's title comes from the title after KT., not from the deputy who signs", () => {
    const profile = {
      ...EMPTY_PROFILE,
      parentAgency: "UBND TỈNH TÂY NINH",
      issuingAgency: "THANH TRA TỈNH",
      signerAuthority: "KT." as const,
      headTitle: "CHÁNH THANH TRA",
      signerTitle: "PHÓ CHÁNH THANH TRA",
    };
    expect(sentenceForms(profile)).toMatchObject({ issuer: "Thanh tra tỉnh", head: "Chánh Thanh tra tỉnh" });
  });

  test("the clerk's corrections win; blank corrections mean derived", () => {
    const corrected = { ...laoCai, sentenceNames: { issuingAgency: "Văn phòng UBND tỉnh", headTitle: " " } };
    expect(sentenceForms(corrected)).toMatchObject({
      issuer: "Văn phòng UBND tỉnh",
      head: "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    });
  });
});

describe("profile files stay compatible", () => {
  test("a file from before sentence names and signature room still loads, with the defaults", () => {
    const old = parseProfileJson(JSON.stringify({ issuingAgency: "THANH TRA TỈNH", place: "Tây Ninh" }));
    expect(old.error).toBeUndefined();
    expect(old.profile.sentenceNames).toEqual({});
    expect(old.profile.signatureLines).toBe(5);
  });

  test("corrections and the signature room survive export and import", () => {
    const profile = normalizeProfile({
      ...laoCai,
      sentenceNames: { issuingAgency: "Văn phòng UBND tỉnh" },
      signatureLines: 7,
    });
    const back = parseProfileJson(profileToJson(profile)).profile;
    expect(back.sentenceNames).toEqual({ issuingAgency: "Văn phòng UBND tỉnh" });
    expect(back.signatureLines).toBe(7);
  });

  test("a 'correction' equal to the derived form is not kept: it keeps following the upper-case name", () => {
    const same = normalizeProfile({ ...laoCai, sentenceNames: { issuingAgency: "Văn phòng Ủy ban nhân dân tỉnh" } });
    expect(same.sentenceNames).toEqual({});
  });

  test.each([0, 1, 30, 4.5, "x", null])("signature room %p is out of range → the default 5", (value) => {
    expect(normalizeProfile({ signatureLines: value }).signatureLines).toBe(5);
  });
});
