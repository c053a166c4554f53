/**
 * The kinds of draft the add-in starts (loại văn bản soạn thảo): each fixes the printed type name,
 * its abbreviation in the ký hiệu and the scaffold under the title.
 */

export type DraftKind =
  "ket-luan-giao-ban" | "thong-bao-ket-luan" | "ket-luan-thanh-tra" | "bao-cao" | "ke-hoach" | "cong-van" | "bien-ban";

export interface DraftKindInfo {
  id: DraftKind;
  /** Vietnamese label for the pane and the ribbon. */
  label: string;
  labelEn: string;
  /** Abbreviation in the ký hiệu (Phụ lục III, or KL from the Party / inspection sector); null for công văn. */
  typeAbbreviation: string | null;
  /** Tên loại printed as the title; null for a công văn, which prints only "V/v …" under its number. */
  typeName: string | null;
}

export const DRAFT_KINDS: ReadonlyArray<DraftKindInfo> = [
  {
    id: "ket-luan-giao-ban",
    label: "Kết luận cuộc họp giao ban",
    labelEn: "Conclusion of a regular briefing meeting",
    typeAbbreviation: "KL",
    typeName: "KẾT LUẬN",
  },
  {
    id: "thong-bao-ket-luan",
    label: "Thông báo kết luận cuộc họp",
    labelEn: "Notice of a meeting's conclusions",
    typeAbbreviation: "TB",
    typeName: "THÔNG BÁO",
  },
  {
    id: "ket-luan-thanh-tra",
    label: "Kết luận thanh tra",
    labelEn: "Inspection conclusion",
    typeAbbreviation: "KL",
    typeName: "KẾT LUẬN THANH TRA",
  },
  { id: "bao-cao", label: "Báo cáo", labelEn: "Report", typeAbbreviation: "BC", typeName: "BÁO CÁO" },
  { id: "ke-hoach", label: "Kế hoạch", labelEn: "Plan", typeAbbreviation: "KH", typeName: "KẾ HOẠCH" },
  { id: "cong-van", label: "Công văn", labelEn: "Official letter", typeAbbreviation: null, typeName: null },
  { id: "bien-ban", label: "Biên bản", labelEn: "Minutes", typeAbbreviation: "BB", typeName: "BIÊN BẢN" },
];

export const isDraftKind = (value: string): value is DraftKind => DRAFT_KINDS.some((k) => k.id === value);

export function draftKindInfo(kind: DraftKind): DraftKindInfo {
  const info = DRAFT_KINDS.find((k) => k.id === kind);
  if (!info) throw new Error(`Unknown draft kind: ${kind}`);
  return info;
}
