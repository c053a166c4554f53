/**
 * Where the header's agency names break and how wide their column is (decree30.md §2.2, §2.7). Names break only
 * between words (Phụ lục II's pieces, measured with the font's widths), at most two lines each when that can be
 * had: first by widening the left column into the left margin (as the Lào Cai office's 4395 tw column with a
 * −993 tw indent does), then by stepping the names down to 12 pt. Every such change is reported to the clerk.
 */
import { AgencyProfile, breakableName } from "../profile";
import { Problem } from "./placeAndDate";
import { Font, fits, lineWidthPt, wrapWords } from "./wrap";
import { CELL_PADDING_TWIPS, HEADER_COLUMNS_TWIPS, HEADER_OVERHANG_TWIPS, SIZE } from "./typography";

/** The furthest the header may reach into the 30 mm left margin: the Lào Cai office's 993 tw (1.75 cm). */
export const MAX_HEADER_OVERHANG_TWIPS = 993;
/** Lines an agency name may take before the layout tries harder. */
const MAX_NAME_LINES = 2;
const STEP_TWIPS = 57; // 1 mm
/** The smaller of Decree 30's two sizes for agency names. */
const SMALLER_AGENCY_PT = 12;

export interface HeaderLayout {
  columns: [number, number];
  /** Table indent: negative when the header reaches into the left margin. */
  indentTwips: number;
  nationalTitleSizePt: number;
  /** Size of both agency names (12–13 pt). */
  agencySizePt: number;
  parentLines: string[];
  issuingLines: string[];
  notes: Problem[];
}

type Names = Pick<AgencyProfile, "parentAgency" | "issuingAgency"> & Partial<Pick<AgencyProfile, "headerOverhang">>;

const textWidthOf = (columnTwips: number): number => (columnTwips - 2 * CELL_PADDING_TWIPS) / 20;

/** A name wrapped into the column; "\n" the clerk typed is a break kept as is. */
function wrapName(name: string, font: Font, widthPt: number): string[] {
  return name
    .split("\n")
    .map((part) => part.trim().toLocaleUpperCase("vi"))
    .filter((part) => part !== "")
    .flatMap((part) => wrapWords(breakableName(part), font, widthPt));
}

const clerkLines = (name: string): number => name.split("\n").filter((l) => l.trim() !== "").length;

interface Trial {
  extraTwips: number;
  agencySizePt: number;
  parentLines: string[];
  issuingLines: string[];
}

function trial(names: Names, leftTwips: number, extraTwips: number, agencySizePt: number): Trial {
  const width = textWidthOf(leftTwips + extraTwips);
  return {
    extraTwips,
    agencySizePt,
    parentLines: wrapName(names.parentAgency, { sizePt: agencySizePt }, width),
    issuingLines: wrapName(names.issuingAgency, { sizePt: agencySizePt, bold: true }, width),
  };
}

/** Every line inside the column, and no more lines than allowed (or than the clerk chose). */
function acceptable(t: Trial, names: Names, leftTwips: number): boolean {
  const width = textWidthOf(leftTwips + t.extraTwips);
  const inside =
    t.parentLines.every((l) => fits(l, { sizePt: t.agencySizePt }, width)) &&
    t.issuingLines.every((l) => fits(l, { sizePt: t.agencySizePt, bold: true }, width));
  return (
    inside &&
    t.parentLines.length <= Math.max(MAX_NAME_LINES, clerkLines(names.parentAgency)) &&
    t.issuingLines.length <= Math.max(MAX_NAME_LINES, clerkLines(names.issuingAgency))
  );
}

const cm = (twips: number): string => (twips / 567).toFixed(1);

function notesFor(chosen: Trial, ok: boolean): Problem[] {
  const notes: Problem[] = [];
  if (chosen.extraTwips > 0)
    notes.push({
      message: `Tên cơ quan dài: cột tên cơ quan ở phần đầu văn bản được nới rộng thêm ${cm(chosen.extraTwips).replace(".", ",")} cm sang lề trái.`,
      messageEn: `Long agency name: the header's agency column was widened by ${cm(chosen.extraTwips)} cm into the left margin.`,
    });
  if (chosen.agencySizePt < SIZE.issuingAgency)
    notes.push({
      message: `Tên cơ quan dài: tên cơ quan ở phần đầu văn bản được đặt cỡ chữ ${chosen.agencySizePt} (Nghị định 30 cho phép 12–13).`,
      messageEn: `Long agency name: the header's agency names are set in ${chosen.agencySizePt} pt (Decree 30 allows 12–13).`,
    });
  if (!ok)
    notes.push({
      message:
        "Tên cơ quan vẫn phải xuống hơn hai dòng. Có thể viết tắt cơ quan chủ quản (ví dụ “UBND TỈNH …”) hoặc tự ngắt dòng tên cơ quan trong Cài đặt.",
      messageEn:
        "The agency name still takes more than two lines. Abbreviate the parent body (e.g. “UBND TỈNH …”) or break the name yourself in Settings.",
    });
  return notes;
}

export function headerLayout(names: Names): HeaderLayout {
  const overhang = names.headerOverhang === true;
  const [left, right] = HEADER_COLUMNS_TWIPS;
  const baseIndent = overhang ? HEADER_OVERHANG_TWIPS : 0;
  const columns = (extra: number): [number, number] => [left + extra, overhang ? right + HEADER_OVERHANG_TWIPS : right];
  const maxExtra = MAX_HEADER_OVERHANG_TWIPS - baseIndent;

  // In order of preference: as is; wider (13 pt kept); 12 pt; 12 pt and wider.
  const extras = [...Array.from({ length: Math.floor(maxExtra / STEP_TWIPS) + 1 }, (_, k) => k * STEP_TWIPS), maxExtra];
  const tries: Trial[] = [];
  for (const size of [SIZE.issuingAgency, SMALLER_AGENCY_PT])
    for (const extra of extras) {
      const t = trial(names, left, extra, size);
      if (acceptable(t, names, left)) return layoutOf(t, columns(extra), baseIndent, overhang, true);
      tries.push(t);
    }
  // Nothing fits in two lines: the fewest lines, changing as little as that allows.
  const lines = (t: Trial) => t.parentLines.length + t.issuingLines.length;
  const fewest = tries.reduce((a, b) => (lines(b) < lines(a) ? b : a));
  return layoutOf(fewest, columns(fewest.extraTwips), baseIndent, overhang, false);
}

function layoutOf(
  t: Trial,
  columns: [number, number],
  baseIndent: number,
  overhang: boolean,
  ok: boolean,
): HeaderLayout {
  return {
    columns,
    indentTwips: -(baseIndent + t.extraTwips),
    nationalTitleSizePt: overhang ? SIZE.nationalTitleOverhang : SIZE.nationalTitle,
    agencySizePt: t.agencySizePt,
    parentLines: t.parentLines,
    issuingLines: t.issuingLines,
    notes: notesFor(t, ok),
  };
}

/** The widest issuing-agency line as printed, in points: what its rule is sized from. */
export const widestIssuingPt = (layout: HeaderLayout): number =>
  Math.max(0, ...layout.issuingLines.map((l) => lineWidthPt(l, { sizePt: layout.agencySizePt, bold: true })));
