/**
 * The agency profile (hồ sơ cơ quan): what a clerk fills in once so that every block
 * is drafted without typing a single formatting element.
 */

/** Signing authority prefix (quyền hạn ký): Decree 30 §2.5. */
export type SignerAuthority = "" | "TM." | "KT." | "TL." | "TUQ." | "Q.";

export interface Margins {
  topMm: number;
  bottomMm: number;
  leftMm: number;
  rightMm: number;
}

export interface AgencyProfile {
  /** Profile name shown in the list (e.g. "Thanh tra tỉnh – Chánh Thanh tra"). */
  name: string;
  /** Tên cơ quan, tổ chức chủ quản (optional), e.g. "UBND TỈNH TÂY NINH". */
  parentAgency: string;
  /** Tên cơ quan, tổ chức ban hành; "\n" separates the lines it wraps onto. */
  issuingAgency: string;
  /** Viết tắt tên cơ quan ban hành, e.g. "TTr", "UBND", "VP". */
  issuerAbbreviation: string;
  /** Địa danh, e.g. "Tây Ninh". */
  place: string;
  /** Quyền hạn: "", "TM.", "KT.", … */
  signerAuthority: SignerAuthority;
  /** Chức vụ của người đứng đầu after the prefix, e.g. "CHÁNH THANH TRA" in "KT. CHÁNH THANH TRA". */
  headTitle: string;
  /** Chức vụ người ký, e.g. "PHÓ CHÁNH THANH TRA". */
  signerTitle: string;
  /** Họ tên người ký. */
  signerName: string;
  /** Nơi nhận, one recipient per item, without the leading "- " or trailing ";". */
  recipients: string[];
  /** The archive line's content after "Lưu: ", e.g. "VT, HS". */
  archive: string;
  /** Ký hiệu người soạn thảo, e.g. "M.An" (optional). */
  drafterInitials: string;
  /** Số lượng bản phát hành (optional). */
  copies: string;
  /** Body font size: 13 or 14 pt. */
  bodySizePt: 13 | 14;
  margins: Margins;
  /** Đơn vị soạn thảo or lĩnh vực after the issuer in a công văn's ký hiệu ("VX" in "12/UBND-VX"). */
  unitAbbreviation?: string;
  /**
   * Let the header table overhang the left margin (negative table indent) so that a 13 pt national title fits
   * on one line, as real offices do (decree30.md §2.7). Off: the national title is 12 pt inside the margins.
   */
  headerOverhang?: boolean;
  /**
   * Names as sentences write them (Phụ lục II), where the clerk corrected the form derived from the upper-case
   * names; a missing or empty entry means "derived".
   */
  sentenceNames?: SentenceNames;
  /** Blank lines left for the signature and seal between the title and the name (Lào Cai leaves 7). */
  signatureLines?: number;
}

/** The clerk's corrections of the derived sentence forms (see sentenceForms). */
export interface SentenceNames {
  issuingAgency?: string;
  parentAgency?: string;
  /** The head's title in running text, e.g. "Chánh Thanh tra tỉnh". */
  headTitle?: string;
}

/** Room for the signature and seal when the profile says nothing: five empty body lines. */
export const DEFAULT_SIGNATURE_LINES = 5;
export const SIGNATURE_LINES_RANGE = [2, 12] as const;

export const DEFAULT_MARGINS: Margins = { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 20 };

export const EMPTY_PROFILE: AgencyProfile = {
  name: "",
  parentAgency: "",
  issuingAgency: "",
  issuerAbbreviation: "",
  place: "",
  signerAuthority: "",
  headTitle: "",
  signerTitle: "",
  signerName: "",
  recipients: [],
  archive: "VT",
  drafterInitials: "",
  copies: "",
  bodySizePt: 14,
  margins: DEFAULT_MARGINS,
  unitAbbreviation: "",
  headerOverhang: false,
  sentenceNames: {},
  signatureLines: DEFAULT_SIGNATURE_LINES,
};

export { normalizeProfile } from "./normalize";
export { validateProfile, LEGAL_MARGINS_MM } from "./validate";
export type { ProfileIssue } from "./validate";
export { isAbbreviatedPlace } from "./placeName";
export { agencyInSentence, personInSentence, titleInSentence, breakableName, capitaliseFirst } from "./names";
export type { BreakableName } from "./names";
export { sentenceForms, derivedSentenceForms } from "./sentenceForms";
export type { SentenceForms } from "./sentenceForms";
export { parseProfileJson, profileToJson } from "./json";
export type { ParsedProfile } from "./json";
export {
  emptyBook,
  activeProfile,
  readBook,
  saveProfile,
  addProfile,
  removeActiveProfile,
  selectProfile,
} from "./book";
export type { ProfileBook } from "./book";
