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
import { HEADER_COLUMNS_TWIPS, SHORT_RULE_FRACTION, SIZE } from "./typography";
import { PartialDate, placeAndDateLine } from "./placeAndDate";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface HeaderInput {
  profile: Pick<AgencyProfile, "parentAgency" | "issuingAgency" | "issuerAbbreviation" | "place">;
  /** Type abbreviation from Phụ lục III ("KL", "TB", …); null for a công văn. */
  typeAbbreviation: string | null;
  /** For a công văn: the drafting unit or field after the issuer ("VP" in "UBND-VP"). */
  unitAbbreviation?: string;
  /** Null leaves the number blank, as drafts do. */
  number: number | null;
  date: PartialDate;
}

const centred = (value: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): Paragraph =>
  paragraph([text(value, { sizePt, ...style })], {
    align: "center",
    firstLineIndentTwips: 0,
    spacingBeforePt: 0,
    spacingAfterPt: 0,
    lineMultiple: 1,
  });

const agencyLines = (value: string): string[] =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

export function headerBlock(input: HeaderInput): TaggedBlock {
  const { profile } = input;
  const [leftWidth, rightWidth] = HEADER_COLUMNS_TWIPS;

  const issuing = agencyLines(profile.issuingAgency).map((line) => line.toLocaleUpperCase("vi"));
  const widestIssuingPt = Math.max(0, ...issuing.map((line) => textWidthPt(line, SIZE.issuingAgency, true)));
  const left: Paragraph[] = [
    ...agencyLines(profile.parentAgency).map((line) => centred(line.toLocaleUpperCase("vi"), SIZE.parentAgency)),
    ...issuing.map((line) => centred(line, SIZE.issuingAgency, { bold: true })),
    centredRule(ptToTwips(widestIssuingPt * SHORT_RULE_FRACTION), leftWidth),
  ];

  const right: Paragraph[] = [
    centred(NATIONAL_TITLE, SIZE.nationalTitle, { bold: true }),
    centred(MOTTO, SIZE.motto, { bold: true }),
    centredRule(ptToTwips(textWidthPt(MOTTO, SIZE.motto, true)), rightWidth),
  ];

  const symbol = documentSymbol(input.typeAbbreviation, profile.issuerAbbreviation, input.unitAbbreviation);
  const numberLine = { ...centred(documentNumberLine(input.number, symbol), SIZE.documentNumber), spacingBeforePt: 6 };
  const dateLine = {
    ...centred(placeAndDateLine(profile.place, input.date), SIZE.placeAndDate, { italic: true }),
    spacingBeforePt: 6,
  };

  const table: Table = {
    kind: "table",
    columnWidthsTwips: [leftWidth, rightWidth],
    rows: [
      { cells: [{ blocks: left }, { blocks: right }] },
      { cells: [{ blocks: [numberLine] }, { blocks: [dateLine] }] },
    ],
  };
  return { name: "header", title: "Tiêu đề văn bản", blocks: [table] };
}
