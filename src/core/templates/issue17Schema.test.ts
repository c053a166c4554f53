/**
 * Everything issue 17 adds to a draft stays valid ECMA-376 in every kind: inline guidance controls, the framed
 * urgency and secrecy marks, the language tag, Kính gửi, appendices on new pages, a header widened into the margin.
 */
import { validateDocx, validateFlatPackage } from "../../../test/support/ooxmlSchema";
import { insertablePackage, writeDocx } from "../../ooxml";
import { EMPTY_PROFILE } from "../profile";
import { DRAFT_KINDS, appendixFor, draftDocument } from ".";

const profile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH",
  issuerAbbreviation: "BQLDA",
  place: "Tây Ninh",
  signerTitle: "GIÁM ĐỐC",
  signerName: "NGUYỄN VĂN AN",
  drafterInitials: "pl",
  copies: "300",
  signatureLines: 7,
};

describe.each(DRAFT_KINDS.map((k) => k.id))("%s with every issue 17 option", (kind) => {
  const options = {
    kind,
    profile,
    date: { year: 2026, month: 6 },
    number: null,
    heldBy: "parent" as const,
    addressees: ["Ủy ban nhân dân tỉnh", "Sở Tài chính"],
    urgency: "THƯỢNG KHẨN" as const,
    secrecy: "TỐI MẬT" as const,
    appendices: ["Biểu tổng hợp", ""],
  };

  test("the .docx validates", async () => {
    expect(await validateDocx(writeDocx(draftDocument(options)))).toEqual([]);
  });

  test("an appendix inserted alone validates", async () => {
    expect(await validateFlatPackage(insertablePackage(appendixFor(options, 3, "")))).toEqual([]);
  });
});
