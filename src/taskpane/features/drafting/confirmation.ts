/**
 * The real text a header carries, to confirm an insert with what Word received ("Số 12/TB-TTr, ngày 05 tháng 12
 * năm 2026") rather than a bare "Đã chèn". Read from the built block, so it is exactly what went in.
 */
import { TaggedBlock, plainParagraphs } from "../../../core/model";

export interface HeaderText {
  /** "Số 05/KL-TTr"; a draft's blank number shows as "Số …/KL-TTr". */
  number: string;
  /** "ngày 05 tháng 12 năm 2026"; a blank day shows as "ngày … tháng 12 năm 2026". */
  date: string;
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

export function headerText(block: TaggedBlock): HeaderText | null {
  const lines = plainParagraphs(block.blocks);
  const numberLine = lines.find((line) => /^\s*Số\s*:/.test(line));
  const dateLine = lines.find((line) => /,\s*ngày\b/.test(line));
  if (!numberLine || !dateLine) return null;
  const symbol = squeeze(numberLine.replace(/^\s*Số\s*:/, ""));
  const date = /ngày[\s\S]*$/.exec(dateLine)![0];
  return {
    number: `Số ${symbol.startsWith("/") ? `…${symbol}` : symbol}`,
    date: squeeze(date.replace(/ngày\s{2,}tháng/, "ngày … tháng")),
  };
}
