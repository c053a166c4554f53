/**
 * Phụ lục (decree30.md §1, §2.2; Phụ lục III model 2.1): on a new page, "Phụ lục" (or "Phụ lục II" when the
 * document has several) in bold 14 pt, the appendix's title in bold capitals, then in italics the reference to
 * the document it belongs to: "(Kèm theo Kết luận số 05/KL-TTr ngày 10 tháng 11 năm 2020 của Thanh tra tỉnh)".
 */
import { Block, Run, TaggedBlock, paragraph, runText, text } from "../model";
import { AgencyProfile, sentenceForms } from "../profile";
import { formatDecree30Date } from "../dates";
import { documentSymbol, padNumber } from "./documentNumber";
import { gap, guidance } from "./guidance";
import { PartialDate } from "./placeAndDate";
import { wrapText } from "./wrap";

const REFERENCE_SIZE_PT = 14;

export interface AppendixInput {
  /** 1-based; null when the document has one appendix only (printed "Phụ lục" without a number). */
  number: number | null;
  /** The appendix's title; empty: guidance the clerk types over. */
  title: string;
  /** The document it is attached to. */
  documentName: string;
  documentNumber: number | null;
  typeAbbreviation: string | null;
  date: PartialDate;
  contentWidthTwips: number;
  /** What the appendix holds (a table); absent: guidance the clerk types over. */
  content?: Block[];
  /**
   * The appendix opens a section of its own (a landscape page for a wide table): the section break starts the page,
   * and a page break before the label would leave a page empty.
   */
  startsSection?: boolean;
  profile: Pick<
    AgencyProfile,
    | "issuingAgency"
    | "parentAgency"
    | "issuerAbbreviation"
    | "unitAbbreviation"
    | "headTitle"
    | "signerTitle"
    | "signerAuthority"
    | "sentenceNames"
  >;
}

const ROMAN: Array<[number, string]> = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Appendices are numbered in Roman numerals (§2.2): 1 → I, 14 → XIV. */
export function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

const CENTRED = { align: "center", firstLineIndentTwips: 0, spacingBeforePt: 0, spacingAfterPt: 0 } as const;

/** "Kết luận số 05/KL-TTr ngày 10 tháng 11 năm 2020 của Thanh tra tỉnh", with gaps where the draft has none. */
function referenceRuns(input: AppendixInput): Run[] {
  const style = { italic: true };
  const { profile } = input;
  const symbol = documentSymbol(input.typeAbbreviation, profile.issuerAbbreviation, profile.unitAbbreviation ?? "");
  const runs: Run[] = [text(`(Kèm theo ${input.documentName} số `, style)];
  if (input.documentNumber === null) runs.push(gap("số", style));
  else runs.push(text(padNumber(input.documentNumber), style));
  runs.push(text(`/${symbol} `, style));
  if (input.date.day === undefined || input.date.month === undefined)
    runs.push(text("ngày ", style), gap("ngày, tháng", style), text(` năm ${input.date.year}`, style));
  else runs.push(text(formatDecree30Date(input.date), style));
  const issuer = sentenceForms(profile).issuer;
  runs.push(text(` của ${issuer})`, style));
  return runs;
}

/**
 * The reference broken into even lines between words, so that the issuer's name is not split at the end
 * ("… của Thanh tra / tỉnh)"): the chosen spaces inside text runs become line breaks.
 */
function evenLines(runs: Run[], widthPt: number): Run[] {
  const lines = wrapText(runs.map(runText).join(""), { sizePt: REFERENCE_SIZE_PT }, widthPt);
  const breaks = new Set<number>();
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    breaks.add(offset);
    offset += 1; // the space itself
  }
  let at = 0;
  return runs.map((run) => {
    const start = at;
    at += runText(run).length;
    if (run.kind !== "text") return run;
    const chars = [...run.text].map((ch, i) => (ch === " " && breaks.has(start + i) ? "\n" : ch));
    return { ...run, text: chars.join("") };
  });
}

export function appendixBlock(input: AppendixInput): TaggedBlock {
  const label = input.number === null ? "Phụ lục" : `Phụ lục ${roman(input.number)}`;
  const title = input.title.trim().toLocaleUpperCase("vi");
  const blocks: Block[] = [
    paragraph([text(label, { bold: true, sizePt: 14 })], {
      ...CENTRED,
      pageBreakBefore: !input.startsSection,
      keepWithNext: true,
    }),
    title
      ? paragraph([text(title, { bold: true })], { ...CENTRED, keepWithNext: true })
      : guidance("Tên phụ lục", "TÊN PHỤ LỤC", { bold: true }, { ...CENTRED, keepWithNext: true }),
    paragraph(evenLines(referenceRuns(input), input.contentWidthTwips / 20), { ...CENTRED, spacingAfterPt: 12 }),
    ...(input.content ?? [
      guidance("Nội dung phụ lục", "Nội dung phụ lục: bảng, biểu, danh sách hoặc văn bản kèm theo."),
    ]),
  ];
  return { name: "appendix", title: label, blocks };
}
