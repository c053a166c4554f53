/**
 * The public drafting API the pane, the ribbon and the CLI share: one kind, one profile, one date → the
 * tagged blocks (header, title, scaffold, signature) and the whole document.
 */
import { DocumentModel, TaggedBlock } from "../model";
import { AgencyProfile } from "../profile";
import { headerBlock } from "./header";
import { DraftKind, draftKindInfo } from "./kinds";
import { bodyDefaults, pageSetup } from "./pageSetup";
import { PartialDate } from "./placeAndDate";
import { scaffoldBlock } from "./scaffolds";
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
}

export type DraftBlockName = "header" | "title" | "scaffold" | "signature";

const SUBJECT_GUIDANCE: Record<DraftKind, string> = {
  "ket-luan-giao-ban": "Cuộc họp giao ban tháng …",
  "thong-bao-ket-luan": "Kết luận của đồng chí … tại cuộc họp về …",
  "ket-luan-thanh-tra": "Về việc thanh tra … tại …",
  "bao-cao": "Kết quả thực hiện … ",
  "ke-hoach": "Thực hiện …",
  "cong-van": "…",
  "bien-ban": "Cuộc họp về …",
};

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
      });
    case "title":
      return titleBlock({
        typeName: info.typeName,
        subject,
        subjectGuidance: SUBJECT_GUIDANCE[kind],
        contentWidthTwips: contentWidthTwips(profile.margins.leftMm, profile.margins.rightMm),
      });
    case "scaffold":
      return scaffoldBlock({ kind, profile, date: options.date });
    case "signature":
      return signatureBlock({ profile, withAsAbove: kind === "cong-van", minutes: kind === "bien-ban" });
  }
}

/**
 * Header, title, scaffold and signature in order. A công văn prints no tên loại (its "V/v …" is in the header),
 * so its draft has no title block.
 */
export function buildDraft(options: DraftOptions): TaggedBlock[] {
  const names: DraftBlockName[] = ["header", "title", "scaffold", "signature"];
  return names.map((name) => buildBlock(name, options)).filter((block) => block.blocks.length > 0);
}

/** Page setup, body defaults and the draft's blocks: what the .docx writer takes. */
export function draftDocument(options: DraftOptions): DocumentModel {
  return {
    page: pageSetup(options.profile),
    defaults: bodyDefaults(options.profile),
    body: buildDraft(options),
  };
}
