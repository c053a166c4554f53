/**
 * Decree 30/2020/NĐ-CP typography, written once (spec decree30.md §1–2.2, §2.7).
 * Every template takes its sizes, weights and widths from here, so the Word path and the
 * .docx path cannot disagree.
 */
import { mmToTwips } from "../model";

export const FONT_NAME = "Times New Roman";
/** Language of every run (BCP 47, as w:lang takes it). */
export const LANGUAGE_TAG = "vi-VN";

export const A4 = { widthTwips: 11906, heightTwips: 16838 } as const;

/** Sizes in points; the decree gives ranges, these are its own examples or the common real choice. */
export const SIZE = {
  nationalTitle: 12, // Quốc hiệu 12–13
  nationalTitleOverhang: 13, // with the header overhanging the left margin there is room for 13 pt
  motto: 13, // Tiêu ngữ 13–14
  parentAgency: 13, // cơ quan chủ quản 12–13, regular
  issuingAgency: 13, // cơ quan ban hành 12–13, bold
  documentNumber: 13, // Số, ký hiệu
  placeAndDate: 14, // địa danh, ngày tháng: 13–14 italic
  documentType: 14, // tên loại 13–14 bold
  subject: 14, // trích yếu 13–14 bold
  officialLetterSubject: 12, // "V/v …" 12–13
  recipientsLabel: 12, // "Nơi nhận:" bold italic
  recipientItem: 11,
  signature: 14, // quyền hạn, chức vụ, họ tên 13–14 bold
  pageNumber: 13,
} as const;

/** Width of a rule line: ⅓–½ of the text above it; 0.4 sits in the middle of that range. */
export const SHORT_RULE_FRACTION = 0.4;
/** Rule thickness: 0.5 pt (4 eighths), a thin solid line as issued documents show. */
export const RULE_WIDTH_EIGHTH_PT = 4;

/** Word's default left and right cell padding; our layout tables set it explicitly so widths add up. */
export const CELL_PADDING_TWIPS = 108;

/** Header table: content width 9071 tw at margins L30/R20; a 12 pt national title fits in the right column. */
export const HEADER_COLUMNS_TWIPS = [3600, 5471] as const;
/**
 * Header with overhang: 1 cm into the left margin gives the right column 6038 tw, more than the ≥ 5700 tw
 * a 13 pt national title needs (decree30.md §2.7), and the table still ends at the right margin.
 */
export const HEADER_OVERHANG_TWIPS = 567;
/** Signature table: "Nơi nhận" on the left, the signature centred on the right. */
export const SIGNATURE_COLUMNS_TWIPS = [4253, 4818] as const;
/** Grey of the guidance the clerk types over. */
export const GUIDANCE_COLOR = "808080";
/** Space between the header and the title, and between the body and the signature. */
export const TITLE_SPACE_BEFORE_PT = 18;
export const SIGNATURE_SPACE_BEFORE_PT = 12;
/**
 * Liberation Serif / Times New Roman ascent is 0.891 em: a 12 pt "Nơi nhận:" sits (14 − 12) × 0.891 ≈ 1.8 pt
 * higher than a 14 pt authority line, so it gets that much more space before to share its baseline.
 */
export const FONT_ASCENT_EM = 0.891;

/** Extra space before a smaller line so that it shares its baseline with a larger line beside it. */
export const baselineShiftPt = (largerPt: number, smallerPt: number): number =>
  Math.round((largerPt - smallerPt) * FONT_ASCENT_EM * 10) / 10;

export const contentWidthTwips = (leftMm: number, rightMm: number): number =>
  A4.widthTwips - mmToTwips(leftMm) - mmToTwips(rightMm);
