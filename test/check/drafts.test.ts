/**
 * Every draft the add-in makes, of every kind and profile variant, passes the Decree 30 check with no error:
 * what we draft is what we check against.
 */
import { EMPTY_PROFILE, AgencyProfile } from "../../src/core/profile";
import { DRAFT_KINDS, draftDocument, PartialDate } from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { checkDocx } from "../../src/docx";

const base: AgencyProfile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerAuthority: "KT.",
  headTitle: "CHÁNH THANH TRA",
  signerTitle: "PHÓ CHÁNH THANH TRA",
  signerName: "Nguyễn Văn An",
  recipients: ["Lãnh đạo Thanh tra tỉnh", "Các phòng"],
  archive: "VT, HS",
  unitAbbreviation: "NV",
};

const PROFILES: Array<[string, AgencyProfile]> = [
  ["parent agency, KT., 14 pt", base],
  ["no parent agency, no prefix", { ...base, parentAgency: "", signerAuthority: "", signerTitle: "CHÁNH VĂN PHÒNG" }],
  [
    "two-line issuer, TM., 13 pt body, overhang",
    {
      ...base,
      issuingAgency: "SỞ NÔNG NGHIỆP VÀ\nMÔI TRƯỜNG",
      signerAuthority: "TM.",
      headTitle: "ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      bodySizePt: 13,
      headerOverhang: true,
    },
  ],
  [
    "TL. with drafter and copies, wide margins",
    {
      ...base,
      signerAuthority: "TL.",
      drafterInitials: "M.An",
      copies: "10",
      margins: { topMm: 25, bottomMm: 25, leftMm: 35, rightMm: 15 },
    },
  ],
  ["Q. with an empty recipients list", { ...base, signerAuthority: "Q.", recipients: [] }],
];

const DATES: Array<[string, PartialDate, number | null]> = [
  ["full date, number 5", { year: 2026, month: 2, day: 5 }, 5],
  ["day left blank, no number", { year: 2026, month: 6 }, null],
  ["number 12 in November", { year: 2020, month: 11, day: 10 }, 12],
];

describe.each(DRAFT_KINDS.map((k) => k.id))("draft %s", (kind) => {
  test.each(
    PROFILES.flatMap(([p, profile]) =>
      DATES.map(([d, date, number]) => [`${p}; ${d}`, profile, date, number] as const),
    ),
  )("%s: no error", (_name, profile, date, number) => {
    const { report } = checkDocx(writeDocx(draftDocument({ kind, profile, date, number })));
    expect(report.placed).toBe("administrative");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
