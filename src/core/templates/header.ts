/**
 * The document header (ô 1–4 of Decree 30): issuing body and its rule on the left, national title,
 * motto and its rule on the right, then "Số: …" under the body and the place-and-date line under the motto.
 * A borderless two-column table keeps the two halves side by side and "Số" level with the date.
 */
import { Paragraph, Table, TaggedBlock, paragraph, ptToTwips, text } from "../model";
import { AgencyProfile } from "../profile";
import { documentNumberLine, documentSymbol } from "./documentNumber";
import { centredRule } from "./rule";
import { textWidthPt } from "./textWidth";
import { HEADER_COLUMNS_TWIPS, HEADER_OVERHANG_TWIPS, SHORT_RULE_FRACTION, SIZE } from "./typography";
import { PartialDate, placeAndDateLine } from "./placeAndDate";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface HeaderInput {
  profile: Pick<AgencyProfile, "parentAgency" | "issuingAgency" | "issuerAbbreviation" | "place"> &
    Partial<Pick<AgencyProfile, "headerOverhang">>;
  /** Type abbreviation from Phụ lục III ("KL", "TB", …); null for a công văn. */
  typeAbbreviation: string | null;
  /** For a công văn: the drafting unit or field after the issuer ("VX" in "UBND-VX"). */
  unitAbbreviation?: string;
  /** Null leaves the number blank, as drafts do. */
  number: number | null;
  date: PartialDate;
  /** A công văn's trích yếu without "V/v " (ô 5b): printed 12 pt under the number instead of a title. */
  officialLetterSubject?: string;
  /** False for a biên bản, whose model (Phụ lục III 1.9) has no place-and-date line under the header. */
  showDate?: boolean;
}

const centred = (value: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): Paragraph =>
  paragraph([text(value, { sizePt, ...style })], {
    align: "center",
    firstLineIndentTwips: 0,
    spacingBeforePt: 0,
    spacingAfterPt: 0,
    lineMultiple: 1,
  });

/** Agency names wrap where the clerk put "\n" (1–2 lines in practice), upper case per §2.2. */
const agencyLines = (value: string): string[] =>
  value
    .split("\n")
    .map((line) => line.trim().toLocaleUpperCase("vi"))
    .filter((line) => line !== "");

/** Column widths and table indent: within the margins, or overhanging the left one for a 13 pt title. */
function headerGeometry(overhang: boolean): { columns: [number, number]; indent: number; titleSize: number } {
  const [left, right] = HEADER_COLUMNS_TWIPS;
  if (!overhang) return { columns: [left, right], indent: 0, titleSize: SIZE.nationalTitle };
  return {
    columns: [left, right + HEADER_OVERHANG_TWIPS],
    indent: -HEADER_OVERHANG_TWIPS,
    titleSize: SIZE.nationalTitleOverhang,
  };
}

export function headerBlock(input: HeaderInput): TaggedBlock {
  const { profile } = input;
  const { columns, indent, titleSize } = headerGeometry(profile.headerOverhang === true);
  const [leftWidth, rightWidth] = columns;

  const issuing = agencyLines(profile.issuingAgency);
  const widestIssuingPt = Math.max(0, ...issuing.map((line) => textWidthPt(line, SIZE.issuingAgency, true)));
  const left: Paragraph[] = [
    ...agencyLines(profile.parentAgency).map((line) => centred(line, SIZE.parentAgency)),
    ...issuing.map((line) => centred(line, SIZE.issuingAgency, { bold: true })),
    centredRule(ptToTwips(widestIssuingPt * SHORT_RULE_FRACTION), leftWidth),
  ];

  const right: Paragraph[] = [
    centred(NATIONAL_TITLE, titleSize, { bold: true }),
    centred(MOTTO, SIZE.motto, { bold: true }),
    // The motto's rule is as long as the motto (§2.2).
    centredRule(ptToTwips(textWidthPt(MOTTO, SIZE.motto, true)), rightWidth),
  ];

  const symbol = documentSymbol(input.typeAbbreviation, profile.issuerAbbreviation, input.unitAbbreviation);
  const numberCell: Paragraph[] = [
    { ...centred(documentNumberLine(input.number, symbol), SIZE.documentNumber), spacingBeforePt: 6 },
  ];
  if (input.officialLetterSubject !== undefined) {
    // ô 5b: "V/v …" 12 pt, centred under the number, 6 pt below it, no rule.
    numberCell.push({
      ...centred(`V/v ${input.officialLetterSubject.trim() || "…"}`, SIZE.officialLetterSubject),
      spacingBeforePt: 6,
    });
  }
  const dateCell: Paragraph[] =
    input.showDate === false
      ? []
      : [
          {
            ...centred(placeAndDateLine(profile.place, input.date), SIZE.placeAndDate, { italic: true }),
            spacingBeforePt: 6,
          },
        ];

  const table: Table = {
    kind: "table",
    columnWidthsTwips: [leftWidth, rightWidth],
    ...(indent !== 0 && { indentTwips: indent }),
    rows: [
      { cells: [{ blocks: left }, { blocks: right }], cantSplit: true },
      { cells: [{ blocks: numberCell }, { blocks: dateCell }], cantSplit: true },
    ],
  };
  return { name: "header", title: "Tiêu đề văn bản", blocks: [table] };
}
