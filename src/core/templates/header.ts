/**
 * The document header (ô 1–4 of Decree 30): issuing body and its rule on the left, national title,
 * motto and its rule on the right, then "Số: …" under the body and the place-and-date line under the motto.
 * A borderless two-column table keeps the two halves side by side and "Số" level with the date.
 */
import { Paragraph, Run, Table, TaggedBlock, paragraph, ptToTwips, text } from "../model";
import { AgencyProfile } from "../profile";
import { documentNumberLine, documentSymbol } from "./documentNumber";
import { gap } from "./guidance";
import { headerLayout, widestIssuingPt } from "./headerLayout";
import { Secrecy, Urgency, markParagraph } from "./marks";
import { centredRule } from "./rule";
import { textWidthPt } from "./textWidth";
import { SHORT_RULE_FRACTION, SIZE, baselineShiftPt } from "./typography";
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
  /** Dấu chỉ độ mật (ô 10a) and dấu mức độ khẩn (ô 10b), under the number. */
  secrecy?: Secrecy;
  urgency?: Urgency;
}

const centred = (value: string | Run[], sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): Paragraph =>
  paragraph(typeof value === "string" ? [text(value, { sizePt, ...style })] : value, {
    align: "center",
    firstLineIndentTwips: 0,
    spacingBeforePt: 0,
    spacingAfterPt: 0,
    lineMultiple: 1,
  });

/**
 * "Số: 05/KL-TTr". A công văn's ký hiệu is the issuer and the drafting unit ("12/UBND-VX"); without the unit in the
 * profile the unit is a gap the clerk fills in rather than a bare "07/TTr".
 */
function numberRuns(input: HeaderInput): Run[] {
  const { profile, typeAbbreviation, unitAbbreviation = "" } = input;
  const style = { sizePt: SIZE.documentNumber };
  const symbol = documentSymbol(typeAbbreviation, profile.issuerAbbreviation, unitAbbreviation);
  if (typeAbbreviation !== null || unitAbbreviation.trim() !== "")
    return [text(documentNumberLine(input.number, symbol), style)];
  return [text(`${documentNumberLine(input.number, symbol)}-`, style), gap("đơn vị soạn thảo", style)];
}

/** Space that puts the 13 pt number on the baseline of the 14 pt date beside it (their ascents differ). */
const NUMBER_BASELINE_SHIFT_PT = baselineShiftPt(SIZE.placeAndDate, SIZE.documentNumber);

export function headerBlock(input: HeaderInput): TaggedBlock {
  const { profile } = input;
  const layout = headerLayout(profile);
  const [leftWidth, rightWidth] = layout.columns;
  const agency = layout.agencySizePt;

  const left: Paragraph[] = [
    ...layout.parentLines.map((line) => centred(line, agency)),
    ...layout.issuingLines.map((line) => centred(line, agency, { bold: true })),
    // ⅓–½ of the name as it wraps (§2.2).
    centredRule(ptToTwips(widestIssuingPt(layout) * SHORT_RULE_FRACTION), leftWidth),
  ];

  const right: Paragraph[] = [
    centred(NATIONAL_TITLE, layout.nationalTitleSizePt, { bold: true }),
    centred(MOTTO, SIZE.motto, { bold: true }),
    // The motto's rule is as long as the motto (§2.2).
    centredRule(ptToTwips(textWidthPt(MOTTO, SIZE.motto, true)), rightWidth),
  ];

  const showDate = input.showDate !== false;
  const numberCell: Paragraph[] = [
    {
      ...centred(numberRuns(input), SIZE.documentNumber),
      spacingBeforePt: 6 + (showDate ? NUMBER_BASELINE_SHIFT_PT : 0),
    },
  ];
  if (input.officialLetterSubject !== undefined) {
    // ô 5b: "V/v …" 12 pt, centred under the number, 6 pt below it, no rule.
    const subject = input.officialLetterSubject.trim();
    const style = { sizePt: SIZE.officialLetterSubject };
    const runs = subject ? [text(`V/v ${subject}`, style)] : [text("V/v ", style), gap("trích yếu", style)];
    numberCell.push({
      ...centred(runs, style.sizePt),
      spacingBeforePt: 6,
    });
  }
  if (input.secrecy) numberCell.push(markParagraph(input.secrecy, leftWidth));
  if (input.urgency) numberCell.push(markParagraph(input.urgency, leftWidth));
  const dateCell: Paragraph[] = showDate
    ? [
        {
          ...centred(placeAndDateLine(profile.place, input.date), SIZE.placeAndDate, { italic: true }),
          spacingBeforePt: 6,
        },
      ]
    : [];

  const table: Table = {
    kind: "table",
    columnWidthsTwips: [leftWidth, rightWidth],
    ...(layout.indentTwips !== 0 && { indentTwips: layout.indentTwips }),
    rows: [
      { cells: [{ blocks: left }, { blocks: right }], cantSplit: true },
      { cells: [{ blocks: numberCell }, { blocks: dateCell }], cantSplit: true },
    ],
  };
  return { name: "header", title: "Tiêu đề văn bản", blocks: [table] };
}
