/**
 * The public drafting API the pane, the ribbon and the CLI share: one kind, one profile, one date → the
 * tagged blocks (header, title, scaffold, signature) and the whole document.
 */
import { DocumentModel, TaggedBlock } from "../model";
import { AgencyProfile, capitaliseFirst } from "../profile";
import { cleanAddressees } from "./addressees";
import { appendixBlock } from "./appendix";
import { Secrecy, Urgency } from "./marks";
import { headerBlock } from "./header";
import { headerLayout } from "./headerLayout";
import { DraftKind, draftKindInfo } from "./kinds";
import { bodyDefaults, pageSetup } from "./pageSetup";
import { PartialDate, Problem } from "./placeAndDate";
import { MeetingHost, scaffoldBlock } from "./scaffolds";
import { signatureBlock } from "./signature";
import { titleBlock } from "./title";
import { contentWidthTwips } from "./typography";

export interface DraftOptions {
  kind: DraftKind;
  profile: AgencyProfile;
  /** Issue date; leave out the day (or day and month) for a draft the văn thư dates later. */
  date: PartialDate;
  /** Null leaves the number blank for the văn thư. */
  number: number | null;
  /** Trích yếu; for a công văn the text after "V/v ". Default: per kind (the seed's for a giao ban). */
  subject?: string;
  /** Who held the meeting the draft concludes; default the issuer. */
  heldBy?: MeetingHost;
  /** Kính gửi: the recipients a công văn (or a báo cáo to a superior) is addressed to. */
  addressees?: string[];
  /** Dấu mức độ khẩn and dấu chỉ độ mật under the number. */
  urgency?: Urgency;
  secrecy?: Secrecy;
  /** Titles of the appendices that follow the signature (empty: guidance); numbered I, II, … when several. */
  appendices?: string[];
}

export type DraftBlockName = "header" | "title" | "scaffold" | "signature";

export const SUBJECT_GUIDANCE: Record<DraftKind, string> = {
  "ket-luan-giao-ban": "Cuộc họp giao ban tháng …",
  "thong-bao-ket-luan": "Kết luận của đồng chí … tại cuộc họp về …",
  "ket-luan-thanh-tra": "Về việc thanh tra … tại …",
  "bao-cao": "Kết quả thực hiện … ",
  "ke-hoach": "Thực hiện …",
  "cong-van": "…",
  "bien-ban": "Cuộc họp về …",
};

/** A công văn always opens with "Kính gửi:"; a báo cáo when it is addressed to a superior (§2.6). */
const hasAddressees = (options: DraftOptions): boolean =>
  options.kind === "cong-van" || (options.kind === "bao-cao" && cleanAddressees(options.addressees).length > 0);

/** The subject when none is given: a giao ban is named by its month, as the seed is; others are guided. */
function defaultSubject(options: DraftOptions): string {
  const { kind, date } = options;
  if (kind === "ket-luan-giao-ban" && date.month) return `Cuộc họp giao ban tháng ${date.month}/${date.year}`;
  return "";
}

/** One block of the draft, carrying the profile's body formatting so it looks the same in any document. */
export function buildBlock(name: DraftBlockName, options: DraftOptions): TaggedBlock {
  return { ...blockContent(name, options), body: bodyDefaults(options.profile) };
}

function blockContent(name: DraftBlockName, options: DraftOptions): TaggedBlock {
  const { kind, profile } = options;
  const info = draftKindInfo(kind);
  const subject = options.subject?.trim() || defaultSubject(options);
  switch (name) {
    case "header":
      return headerBlock({
        profile,
        typeAbbreviation: info.typeAbbreviation,
        unitAbbreviation: profile.unitAbbreviation,
        number: options.number,
        date: options.date,
        ...(kind === "cong-van" && { officialLetterSubject: subject }),
        showDate: kind !== "bien-ban",
        urgency: options.urgency,
        secrecy: options.secrecy,
      });
    case "title":
      return titleBlock({
        typeName: info.typeName,
        subject,
        subjectGuidance: SUBJECT_GUIDANCE[kind],
        contentWidthTwips: contentWidthTwips(profile.margins.leftMm, profile.margins.rightMm),
      });
    case "scaffold":
      return scaffoldBlock({
        kind,
        profile,
        date: options.date,
        heldBy: options.heldBy,
        addressees: options.addressees,
      });
    case "signature":
      return signatureBlock({ profile, withAsAbove: hasAddressees(options), minutes: kind === "bien-ban" });
  }
}

/**
 * Header, title, scaffold and signature in order. A công văn prints no tên loại (its "V/v …" is in the header),
 * so its draft has no title block.
 */
export function buildDraft(options: DraftOptions): TaggedBlock[] {
  const names: DraftBlockName[] = ["header", "title", "scaffold", "signature"];
  const titles = options.appendices ?? [];
  return [
    ...names.map((name) => buildBlock(name, options)).filter((block) => block.blocks.length > 0),
    ...titles.map((title, i) => appendixFor(options, titles.length > 1 ? i + 1 : null, title)),
  ];
}

/** An appendix of the draft described by `options`: its reference names this document's type, number and date. */
export function appendixFor(options: DraftOptions, number: number | null, title: string): TaggedBlock {
  const info = draftKindInfo(options.kind);
  const typeName = info.typeName ?? "CÔNG VĂN";
  return appendixBlock({
    number,
    title,
    documentName: capitaliseFirst(typeName.toLocaleLowerCase("vi")),
    documentNumber: options.number,
    typeAbbreviation: info.typeAbbreviation,
    date: options.date,
    contentWidthTwips: contentWidthTwips(options.profile.margins.leftMm, options.profile.margins.rightMm),
    profile: options.profile,
  });
}

/**
 * What the clerk should know about a draft before signing it, said where the draft is made (pane, CLI): how the
 * header made room for a long name, and a công văn's ký hiệu without its drafting unit (§2.3: "12/UBND-VX").
 */
export function draftNotes(options: DraftOptions): Problem[] {
  const notes = [...headerLayout(options.profile).notes];
  if (options.kind === "cong-van" && !(options.profile.unitAbbreviation ?? "").trim()) {
    const issuer = options.profile.issuerAbbreviation.trim() || "…";
    notes.push({
      message:
        `Hồ sơ chưa có chữ viết tắt đơn vị soạn thảo: ký hiệu công văn sẽ là “${issuer}-[đơn vị soạn thảo]” ` +
        `(ví dụ “${issuer}-VP”). Hãy nhập ở Cài đặt hoặc điền vào chỗ trống.`,
      messageEn:
        `The profile has no drafting-unit abbreviation: the letter's symbol reads “${issuer}-[unit]” ` +
        `(e.g. “${issuer}-VP”). Add it in Settings or fill in the gap.`,
    });
  }
  return notes;
}

/** Page setup, body defaults and the draft's blocks: what the .docx writer takes. */
export function draftDocument(options: DraftOptions): DocumentModel {
  return {
    page: pageSetup(options.profile),
    defaults: bodyDefaults(options.profile),
    body: buildDraft(options),
  };
}
