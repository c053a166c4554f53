/**
 * Checks a profile as the clerk types it: errors stop a draft, warnings only inform.
 * Messages are Vietnamese for the clerk and English for logs and tests.
 */
import { AgencyProfile, Margins, SIGNATURE_LINES_RANGE } from "./index";
import { isAbbreviatedPlace } from "./placeName";

export interface ProfileIssue {
  field: keyof AgencyProfile;
  /** Which margin, for an issue on "margins", so the pane marks that box only. */
  part?: keyof Margins;
  severity: "error" | "warning";
  message: string;
  messageEn: string;
}

/** Legal margin ranges in millimetres (decree30.md §1, Phụ lục I Phần I Mục I). */
export const LEGAL_MARGINS_MM: Readonly<Record<keyof Margins, readonly [number, number]>> = {
  topMm: [20, 25],
  bottomMm: [20, 25],
  leftMm: [30, 35],
  rightMm: [15, 20],
};

const MARGIN_NAMES: Record<keyof Margins, [string, string]> = {
  topMm: ["Lề trên", "Top margin"],
  bottomMm: ["Lề dưới", "Bottom margin"],
  leftMm: ["Lề trái", "Left margin"],
  rightMm: ["Lề phải", "Right margin"],
};

const blank = (value: string | undefined): boolean => (value ?? "").trim() === "";

export function validateProfile(p: AgencyProfile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const add = (field: keyof AgencyProfile, severity: ProfileIssue["severity"], message: string, messageEn: string) =>
    issues.push({ field, severity, message, messageEn });

  if (blank(p.issuingAgency))
    add("issuingAgency", "error", "Chưa nhập tên cơ quan ban hành.", "The issuing agency is missing.");

  if (blank(p.issuerAbbreviation))
    add(
      "issuerAbbreviation",
      "warning",
      "Chưa nhập chữ viết tắt tên cơ quan ban hành (dùng trong số, ký hiệu).",
      "The issuer abbreviation (used in the document symbol) is missing.",
    );
  else if (/\s/.test(p.issuerAbbreviation.trim()))
    add(
      "issuerAbbreviation",
      "error",
      `Chữ viết tắt "${p.issuerAbbreviation.trim()}" không được có dấu cách (ví dụ: "UBND", "TTr").`,
      `The abbreviation "${p.issuerAbbreviation.trim()}" must not contain spaces (e.g. "UBND", "TTr").`,
    );

  if (!blank(p.unitAbbreviation) && /\s/.test((p.unitAbbreviation ?? "").trim()))
    add(
      "unitAbbreviation",
      "error",
      "Chữ viết tắt đơn vị soạn thảo không được có dấu cách.",
      "The drafting unit abbreviation must not contain spaces.",
    );

  if (blank(p.place)) add("place", "error", "Chưa nhập địa danh.", "The place name is missing.");
  else if (isAbbreviatedPlace(p.place))
    add(
      "place",
      "error",
      `Địa danh "${p.place.trim()}" phải viết đầy đủ, không viết tắt (ví dụ: "Thành phố Hồ Chí Minh", "Phường 3").`,
      `Place "${p.place.trim()}" must be the full official name, not an abbreviation (e.g. "Thành phố Hồ Chí Minh").`,
    );

  if (blank(p.signerTitle))
    add("signerTitle", "warning", "Chưa nhập chức vụ người ký.", "The signer's title is missing.");
  if (blank(p.signerName)) add("signerName", "warning", "Chưa nhập họ tên người ký.", "The signer's name is missing.");
  if (p.signerAuthority !== "" && blank(p.headTitle))
    add(
      "headTitle",
      "warning",
      `Ký "${p.signerAuthority}" cần chức vụ của người đứng đầu (ví dụ: "${p.signerAuthority} CHÁNH THANH TRA").`,
      `Signing "${p.signerAuthority}" needs the head's title (e.g. "${p.signerAuthority} CHÁNH THANH TRA").`,
    );

  if (p.bodySizePt !== 13 && p.bodySizePt !== 14)
    add(
      "bodySizePt",
      "error",
      `Cỡ chữ nội dung ${p.bodySizePt} không đúng quy định: chỉ 13 hoặc 14.`,
      `Body size ${p.bodySizePt} is not allowed: 13 or 14 only.`,
    );

  const [fewest, most] = SIGNATURE_LINES_RANGE;
  const room = p.signatureLines;
  if (room !== undefined && !(Number.isInteger(room) && room >= fewest && room <= most))
    add(
      "signatureLines",
      "error",
      `Số dòng chừa để ký, đóng dấu phải là số nguyên từ ${fewest} đến ${most}.`,
      `The room for the signature and seal must be a whole number of lines from ${fewest} to ${most}.`,
    );

  for (const key of Object.keys(LEGAL_MARGINS_MM) as (keyof Margins)[]) {
    const [min, max] = LEGAL_MARGINS_MM[key];
    const value = p.margins[key];
    if (!(value >= min && value <= max)) {
      const [vi, en] = MARGIN_NAMES[key];
      issues.push({
        field: "margins",
        part: key,
        severity: "error",
        message: `${vi} ${value} mm ngoài khoảng quy định ${min}–${max} mm.`,
        messageEn: `${en} ${value} mm is outside the legal range ${min}–${max} mm.`,
      });
    }
  }
  return issues;
}
