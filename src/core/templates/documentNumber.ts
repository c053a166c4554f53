/**
 * Số, ký hiệu (decree30.md §2.3): "Số: 05/KL-TTr", "Số: 12/UBND-VX" for a công văn, "Số:      /TB-VP" for a draft.
 */
import type { Checked } from "./placeAndDate";

/** Blank used where a draft leaves the number or the day for the văn thư to fill in. */
export const DRAFT_BLANK = "     ";

/** "05" for 5: numbers below 10 take a leading zero. */
export const padNumber = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * "Số: 05/KL-TTr", or "Số:      /KL-TTr" for a draft (number null).
 * `symbol` is the part after the slash, e.g. "KL-TTr", or "UBND-VX" for a công văn.
 */
export function documentNumberLine(number: number | null, symbol: string): string {
  return `Số: ${number === null ? DRAFT_BLANK : padNumber(number)}/${symbol}`;
}

/** The ký hiệu: "<TYPE>-<ISSUER>", or "<ISSUER>-<UNIT>" for a công văn, which has no type abbreviation. */
export function documentSymbol(typeAbbreviation: string | null, issuer: string, unit = ""): string {
  const parts = typeAbbreviation ? [typeAbbreviation, issuer] : [issuer, unit];
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("-");
}

/** Numbers run from 01 each year (Điều 15); a number is a whole number from 1. Null is a draft. */
export function validateDocumentNumber(number: number | null): Checked<number | null> {
  if (number === null) return { ok: true, value: null };
  if (!Number.isInteger(number) || number < 1)
    return {
      ok: false,
      message: `Số văn bản "${number}" không hợp lệ: phải là số nguyên từ 1 trở lên (để trống nếu là dự thảo).`,
      messageEn: `Document number "${number}" is invalid: a whole number from 1 (leave blank for a draft).`,
    };
  return { ok: true, value: number };
}
