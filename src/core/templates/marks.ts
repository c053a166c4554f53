/**
 * Dấu mức độ khẩn and dấu chỉ độ mật (ô 10b and 10a, decree30.md §2.2): capitals, bold, red, in a frame of a set
 * size, on the left under the number. Urgency (Decree 30): HỎA TỐC 30 × 8 mm, THƯỢNG KHẨN 40 × 8 mm, KHẨN
 * 20 × 8 mm, single frame, 13–14 pt. Secrecy (Thông tư 24/2020/TT-BCA, Mẫu số 02): MẬT 20 × 8 mm, TỐI MẬT
 * 30 × 8 mm, TUYỆT MẬT 40 × 8 mm, double frame, 13 pt.
 */
import { Paragraph, mmToTwips, paragraph, text } from "../model";
import { CELL_PADDING_TWIPS } from "./typography";

export type Urgency = "KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC";
export type Secrecy = "MẬT" | "TỐI MẬT" | "TUYỆT MẬT";

export const URGENCIES: readonly Urgency[] = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];
export const SECRECIES: readonly Secrecy[] = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"];

const WIDTH_MM: Record<Urgency | Secrecy, number> = {
  KHẨN: 20,
  "THƯỢNG KHẨN": 40,
  "HỎA TỐC": 30,
  MẬT: 20,
  "TỐI MẬT": 30,
  "TUYỆT MẬT": 40,
};

export const MARK_HEIGHT_MM = 8;
const MARK_SIZE_PT = 13;
const RED = "FF0000";
/** Frame line: 0.75 pt (6 eighths), a stamp's line. */
const FRAME_EIGHTH_PT = 6;
/** Text to frame, top and bottom; with the exact line below the frame is 8 mm tall. */
const FRAME_SPACE_PT = 2;

export const isUrgency = (value: string): value is Urgency => (URGENCIES as readonly string[]).includes(value);
export const isSecrecy = (value: string): value is Secrecy => (SECRECIES as readonly string[]).includes(value);

/** The mark as a framed paragraph centred in a column of `columnTwips`. */
export function markParagraph(mark: Urgency | Secrecy, columnTwips: number): Paragraph {
  const double = isSecrecy(mark);
  const frame = FRAME_EIGHTH_PT / 8;
  // Word draws a double frame as two lines with a gap as wide as a line.
  const frameDepth = double ? 3 * frame : frame;
  const heightPt = (MARK_HEIGHT_MM * 72) / 25.4;
  const textWidth = columnTwips - 2 * CELL_PADDING_TWIPS;
  // The frame sits outside the indented text by its space and line: indent so the outer edge is the mark's width.
  const outside = Math.round((FRAME_SPACE_PT + frameDepth) * 20);
  const indent = Math.max(0, Math.round((textWidth - mmToTwips(WIDTH_MM[mark])) / 2) + outside);
  return paragraph([text(mark, { bold: true, sizePt: MARK_SIZE_PT, color: RED })], {
    align: "center",
    firstLineIndentTwips: 0,
    leftIndentTwips: indent,
    rightIndentTwips: indent,
    spacingBeforePt: 6,
    spacingAfterPt: 0,
    lineExactPt: heightPt - 2 * (FRAME_SPACE_PT + frameDepth),
    box: { widthEighthPt: FRAME_EIGHTH_PT, color: RED, double, spacePt: FRAME_SPACE_PT },
  });
}
