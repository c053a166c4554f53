/**
 * Tên loại văn bản and their abbreviations (decree30.md §3): Phụ lục III Mục I of Decree 30, plus the types
 * that are not in it but that this add-in drafts or meets, each flagged by where it comes from.
 */

/** Where a type and its abbreviation come from. */
export type TypeStandard = "NĐ30" | "Party" | "sector";

export interface DocumentType {
  /** Tên loại as printed, sentence case: "Thông báo". */
  name: string;
  /** Viết tắt in the ký hiệu ("TB"); null when the type has none (công văn, thư công). */
  abbreviation: string | null;
  standard: TypeStandard;
  /** Whether the tên loại is printed as the title (a công văn has only its "V/v …" trích yếu). */
  printsTypeName: boolean;
  /** Phụ lục III Mục II model the layout follows, when there is one. */
  model?: string;
  /** Why a non-NĐ30 entry is here, or a caveat. */
  note?: string;
}

const nd30 = (name: string, abbreviation: string | null, model?: string, printsTypeName = true): DocumentType => ({
  name,
  abbreviation,
  standard: "NĐ30",
  printsTypeName,
  model,
});

export const DOCUMENT_TYPES: ReadonlyArray<DocumentType> = [
  nd30("Nghị quyết", "NQ", "1.1"),
  nd30("Quyết định", "QĐ", "1.2"),
  nd30("Chỉ thị", "CT", "1.4"),
  nd30("Quy chế", "QC", "1.4"),
  nd30("Quy định", "QyĐ", "1.4"),
  nd30("Thông cáo", "TC", "1.4"),
  nd30("Thông báo", "TB", "1.4"),
  nd30("Hướng dẫn", "HD", "1.4"),
  nd30("Chương trình", "CTr", "1.4"),
  nd30("Kế hoạch", "KH", "1.4"),
  nd30("Phương án", "PA", "1.4"),
  nd30("Đề án", "ĐA", "1.4"),
  nd30("Dự án", "DA", "1.4"),
  nd30("Báo cáo", "BC", "1.4"),
  nd30("Biên bản", "BB", "1.9"),
  nd30("Tờ trình", "TTr", "1.4"),
  nd30("Hợp đồng", "HĐ"),
  nd30("Công điện", "CĐ", "1.6"),
  nd30("Bản ghi nhớ", "BGN"),
  nd30("Bản thỏa thuận", "BTT"),
  nd30("Giấy ủy quyền", "GUQ", "1.4"),
  nd30("Giấy mời", "GM", "1.7"),
  nd30("Giấy giới thiệu", "GGT", "1.8"),
  nd30("Giấy nghỉ phép", "GNP", "1.10"),
  nd30("Phiếu gửi", "PG", "1.4"),
  nd30("Phiếu chuyển", "PC", "1.4"),
  nd30("Phiếu báo", "PB", "1.4"),
  nd30("Bản sao y", "SY", "3.1"),
  nd30("Bản trích sao", "TrS", "3.1"),
  nd30("Bản sao lục", "SL", "3.1"),
  // Điều 7 lists these two without a type abbreviation.
  nd30("Công văn", null, "1.5", false),
  {
    name: "Thư công",
    abbreviation: null,
    standard: "NĐ30",
    printsTypeName: true,
    note: "Not numbered with a type code [M].",
  },
  {
    name: "Kết luận",
    abbreviation: "KL",
    standard: "Party",
    printsTypeName: true,
    note: "Party type (QĐ 66-QĐ/TW; QĐ 399-QĐ/TW per a 2026 guide); numbered 'Số 01-KL/TW'.",
  },
  {
    name: "Kết luận thanh tra",
    abbreviation: "KL",
    standard: "sector",
    printsTypeName: true,
    note: "Inspection sector, a specialised document (Điều 4.2.a, 15.1.b): e.g. 3136/KL-TTCP, 01/KL-TTr.",
  },
  { name: "Thông tri", abbreviation: "TT", standard: "Party", printsTypeName: true, note: "Secondary sources only." },
  { name: "Quy trình", abbreviation: "QTr", standard: "Party", printsTypeName: true, note: "Secondary sources only." },
  {
    name: "Quy định (Đảng)",
    abbreviation: "QĐi",
    standard: "Party",
    printsTypeName: true,
    note: "Sources conflict between QĐ and QĐi; secondary sources only.",
  },
  { name: "Giấy chứng nhận", abbreviation: "GCN", standard: "sector", printsTypeName: true },
  { name: "Giấy phép", abbreviation: "GP", standard: "sector", printsTypeName: true },
];

/** The entry for a type name, accent- and case-sensitive as printed ("Thông báo"). */
export function documentType(name: string, standard?: TypeStandard): DocumentType | undefined {
  const key = name.normalize("NFC").toLocaleLowerCase("vi");
  return DOCUMENT_TYPES.find(
    (t) => t.name.toLocaleLowerCase("vi") === key && (standard === undefined || t.standard === standard),
  );
}
