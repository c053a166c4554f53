/**
 * Every draft the add-in makes, of every kind and profile variant, passes the Decree 30 check with no error:
 * what we draft is what we check against.
 */
import { AgencyProfile } from "../../src/core/profile";
import { DRAFT_KINDS, DraftOptions, draftDocument, PartialDate } from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { checkDocx } from "../../src/docx";
import { PROFILE } from "./fixture";

/** The fixture's profile without drafter initials and copies (one variant below adds them back). */
const base: AgencyProfile = { ...PROFILE, drafterInitials: "", copies: "" };

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

/** The drafting options beyond kind, profile and date: addressees, marks, appendices, the meeting's host. */
const OPTIONS: Array<[string, Partial<DraftOptions>]> = [
  ["plain", {}],
  [
    "addressees, urgency and secrecy, two appendices, held by the parent",
    {
      addressees: ["Sở Tài chính", "Sở Xây dựng"],
      urgency: "THƯỢNG KHẨN",
      secrecy: "MẬT",
      appendices: ["DANH MỤC NHIỆM VỤ", ""],
      heldBy: "parent",
      subject: "Kết luận của Chánh Thanh tra tại cuộc họp giao ban",
    },
  ],
];

describe.each(DRAFT_KINDS.map((k) => k.id))("draft %s", (kind) => {
  test.each(
    PROFILES.flatMap(([p, profile]) =>
      DATES.flatMap(([d, date, number]) =>
        OPTIONS.map(([o, options]) => [`${p}; ${d}; ${o}`, profile, date, number, options] as const),
      ),
    ),
  )("%s: no error", (_name, profile, date, number, options) => {
    const { report } = checkDocx(writeDocx(draftDocument({ kind, profile, date, number, ...options })));
    expect(report.placed).toBe("administrative");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
