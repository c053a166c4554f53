import { AgencyProfile, EMPTY_PROFILE } from "../../src/core/profile";

/** The seed's agency (Thanh tra tỉnh Tây Ninh), as a clerk would fill it in. */
export const TAY_NINH: AgencyProfile = {
  ...EMPTY_PROFILE,
  name: "Chánh Thanh tra",
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  headTitle: "",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn A",
  recipients: ["LĐ Thanh tra tỉnh", "Tất cả CC"],
  archive: "VT, HS",
  drafterInitials: "M.An",
};
