/**
 * Nơi nhận and chữ ký (ô 7a–7c, 9b, 12; decree30.md §2.2, §2.5, §2.6): a borderless two-column table,
 * "Nơi nhận:" and its list flush left, the signing authority, title, room to sign and the name centred on the
 * right. "Nơi nhận:" is on the same band as the authority line.
 */
import { Paragraph, TableCell, TableRow, TaggedBlock, paragraph, text } from "../model";
import { AgencyProfile, DEFAULT_SIGNATURE_LINES, personInSentence } from "../profile";
import { SIGNATURE_COLUMNS_TWIPS, SIGNATURE_SPACE_BEFORE_PT, SIZE, baselineShiftPt } from "./typography";

export type SignatureProfile = Pick<
  AgencyProfile,
  | "recipients"
  | "archive"
  | "drafterInitials"
  | "copies"
  | "signerAuthority"
  | "headTitle"
  | "signerTitle"
  | "signerName"
> &
  Partial<Pick<AgencyProfile, "signatureLines">>;

export interface SignatureInput {
  profile: SignatureProfile;
  /** Công văn (and anything with "Kính gửi:"): the list starts with "- Như trên;" (§2.6). */
  withAsAbove?: boolean;
  /** Biên bản (Phụ lục III 1.9): THƯ KÝ signs left, CHỦ TỌA right; Nơi nhận goes below. */
  minutes?: boolean;
}

const line = (value: string, style: { sizePt: number; bold?: boolean; italic?: boolean }, spacingBeforePt = 0) =>
  paragraph([text(value, style)], {
    firstLineIndentTwips: 0,
    spacingBeforePt,
    spacingAfterPt: 0,
    lineMultiple: 1,
  });

const centred = (value: string, style: { sizePt: number; bold?: boolean }, spacingBeforePt = 0): Paragraph => ({
  ...line(value, style, spacingBeforePt),
  align: "center",
});

/** Extra space so that a 12 pt line shares its baseline with a 14 pt line beside it. */
const BASELINE_SHIFT_PT = baselineShiftPt(SIZE.signature, SIZE.recipientsLabel);

/**
 * Ô 12: the drafter's mark in capitals and the number of copies issued, as the Decree's example "PL.(300)";
 * the mark alone keeps the parentheses offices use ("(M.AN)").
 */
export function drafterMark(profile: Pick<SignatureProfile, "drafterInitials" | "copies">): string | null {
  const initials = profile.drafterInitials.trim().toLocaleUpperCase("vi");
  const copies = profile.copies.trim();
  if (initials && copies) return `${initials.replace(/\.?$/, ".")}(${copies})`;
  if (initials || copies) return `(${initials || copies})`;
  return null;
}

/** The "Nơi nhận:" list: items "- …;", the archive line "- Lưu: VT, … ." and the drafter's mark (ô 12). */
export function recipientLines(profile: SignatureProfile, withAsAbove = false): string[] {
  const items = [...(withAsAbove ? ["Như trên"] : []), ...profile.recipients]
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const archive = profile.archive.trim().replace(/\.+$/, "") || "VT";
  const mark = drafterMark(profile);
  return [...items.map((item) => `- ${item};`), `- Lưu: ${archive}.`, ...(mark ? [mark] : [])];
}

function recipientsCell(profile: SignatureProfile, withAsAbove: boolean, spacingBeforePt: number): TableCell {
  const label = line("Nơi nhận:", { sizePt: SIZE.recipientsLabel, bold: true, italic: true }, spacingBeforePt);
  const items = recipientLines(profile, withAsAbove).map((value) => line(value, { sizePt: SIZE.recipientItem }));
  return { blocks: [label, ...items] };
}

/** Title lines of ô 7a: "KT. CHÁNH THANH TRA" / "PHÓ CHÁNH THANH TRA", or the title alone without a prefix. */
export function authorityLines(profile: SignatureProfile): string[] {
  const upper = (value: string) => value.trim().toLocaleUpperCase("vi");
  const title = upper(profile.signerTitle);
  if (profile.signerAuthority === "") return [title || "CHỨC VỤ NGƯỜI KÝ"];
  const head = upper(profile.headTitle) || "…";
  return [`${profile.signerAuthority} ${head}`, ...(title ? [title] : [])];
}

function signerCell(titles: string[], name: string, spacingBeforePt: number, room: number): TableCell {
  const style = { sizePt: SIZE.signature, bold: true };
  return {
    blocks: [
      ...titles.map((value, i) => centred(value, style, i === 0 ? spacingBeforePt : 0)),
      ...Array.from({ length: room }, () => centred("", { sizePt: SIZE.signature })),
      centred(personInSentence(name), style),
    ],
  };
}

export function signatureBlock(input: SignatureInput): TaggedBlock {
  const { profile } = input;
  const before = SIGNATURE_SPACE_BEFORE_PT;
  const room = profile.signatureLines ?? DEFAULT_SIGNATURE_LINES;
  const rows: TableRow[] = input.minutes
    ? [
        {
          cells: [signerCell(["THƯ KÝ"], "", before, room), signerCell(["CHỦ TỌA"], profile.signerName, before, room)],
          cantSplit: true,
        },
        { cells: [recipientsCell(profile, false, before), { blocks: [] }], cantSplit: true },
      ]
    : [
        {
          cells: [
            recipientsCell(profile, input.withAsAbove === true, before + BASELINE_SHIFT_PT),
            signerCell(authorityLines(profile), profile.signerName, before, room),
          ],
          cantSplit: true,
        },
      ];
  return {
    name: "signature",
    title: "Nơi nhận và chữ ký",
    blocks: [{ kind: "table", columnWidthsTwips: [...SIGNATURE_COLUMNS_TWIPS], rows }],
  };
}
