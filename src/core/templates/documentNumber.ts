/**
 * Số, ký hiệu and địa danh, ngày tháng (decree30.md §2.3–2.4).
 */

/** Blank used where a draft leaves the number or the day for the văn thư to fill in. */
export const DRAFT_BLANK = "     ";

/** "05" for 5: numbers below 10 take a leading zero. */
export const padNumber = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * "Số: 05/KL-TTr", or "Số:      /KL-TTr" for a draft (number null).
 * `symbol` is the part after the slash, e.g. "KL-TTr", or "TTr-VP" for a công văn.
 */
export function documentNumberLine(number: number | null, symbol: string): string {
  return `Số: ${number === null ? DRAFT_BLANK : padNumber(number)}/${symbol}`;
}

/** The ký hiệu: "<TYPE>-<ISSUER>", or "<ISSUER>-<UNIT>" for a công văn, which has no type abbreviation. */
export function documentSymbol(typeAbbreviation: string | null, issuer: string, unit = ""): string {
  const parts = typeAbbreviation ? [typeAbbreviation, issuer] : [issuer, unit];
  return parts.filter((p) => p.trim() !== "").join("-");
}
