import { WORD_CHARS } from "./letters";
/** Why a text cannot be read as Unicode Vietnamese, and what the clerk should do. */
export interface EncodingWarning {
  code: "legacy-tcvn3" | "legacy-vni" | "decomposed-unicode";
  /** Vietnamese, for the clerk: names the problem and the fix. */
  message: string;
  /** True when the text is unusable as is (no tasks should be extracted). */
  blocking: boolean;
}

/**
 * TCVN3 (.VnTime, ABC) puts Vietnamese letters on Latin-1 code points: "¸" = á, "µ" = à, "¨" = ă, "®" = đ, "¬" = ơ …
 * Unicode Vietnamese never uses these, so a handful of them inside words gives the font away.
 */
const TCVN3_MARKS = "\\u00a8-\\u00be\\u00c6-\\u00cf\\u00d1-\\u00d5\\u00d7-\\u00df";
/** The lookahead (a mark here or next) changes no match; it spares V8 trying the letter class at every letter. */
const RX_TCVN3 = new RegExp(
  `(?=[^]?[${TCVN3_MARKS}])(?:[${WORD_CHARS}][${TCVN3_MARKS}]|[${TCVN3_MARKS}][${WORD_CHARS}])`,
  "gu",
);
/**
 * VNI (VNI-Times) types tone and vowel marks as separate Latin-1 letters after the vowel: "Coäng hoøa", "Vieät Nam".
 * ä ø û ï ö ñ ë å æ never occur in Unicode Vietnamese.
 */
const RX_VNI = new RegExp(`[aeiouyAEIOUY][äøûïöñëåæçÄØÛÏÖÑËÅÆÇ]|[äøûïöñëåæç][${WORD_CHARS}]`, "gu");
const RX_COMBINING = /[\u0300-\u036f]/u;
/**
 * Letters a text in a legacy font, read as Latin-1, cannot hold: ă đ ĩ ũ ơ ư and the precomposed toned vowels
 * (ạ … ỹ). Unicode Vietnamese is full of them.
 */
const RX_UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

function countMatches(rx: RegExp, s: string, cap: number, counts: (match: string) => boolean = () => true): number {
  rx.lastIndex = 0;
  let n = 0;
  for (let m = rx.exec(s); m && n < cap; m = rx.exec(s)) if (counts(m[0])) n++;
  return n;
}

/**
 * A pair of capitals ("HÒ", "ÔN", "ÍN" in "VĂN PHÒNG CHÍNH PHỦ", "THÔNG BÁO") is a Unicode heading: TCVN3 puts its
 * letters on Latin-1 code points that read as small letters or signs (ë, µ, ×, Ü next to a small letter).
 */
const notBothCapitals = (pair: string) => pair !== pair.toUpperCase();

/** Only the start of a long text is examined. */
const SAMPLE_CHARS = 200_000;

/**
 * Detects legacy encodings and decomposed Unicode. Returns null for clean Unicode.
 * Thresholds are counts of suspicious letter pairs, so one stray "©" or "·" in a real text does not trip them.
 */
export function detectEncodingProblem(text: string): EncodingWarning | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.length || 1; // characters, not letters: cheap, and the thresholds allow for it
  const tcvn = countMatches(RX_TCVN3, sample, 10_000, notBothCapitals);
  // A TCVN3 text has none of the Unicode-only letters; a few (a header typed in Unicode) do not hide a TCVN3 body.
  if (tcvn >= 3 && tcvn / letters > 0.005 && tcvn > countMatches(RX_UNICODE_ONLY, sample, tcvn)) {
    return {
      code: "legacy-tcvn3",
      message:
        "Văn bản dùng phông TCVN3 (.VnTime): hãy chuyển sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn TCVN3 (ABC), đích Unicode) rồi quét lại.",
      blocking: true,
    };
  }
  const vni = countMatches(RX_VNI, sample, 10_000);
  if (vni >= 3 && vni / letters > 0.005) {
    return {
      code: "legacy-vni",
      message:
        "Văn bản dùng phông VNI (VNI-Times): hãy chuyển sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn VNI Windows, đích Unicode) rồi quét lại.",
      blocking: true,
    };
  }
  if (RX_COMBINING.test(sample) && sample !== sample.normalize("NFC")) {
    return {
      code: "decomposed-unicode",
      message:
        "Văn bản dùng Unicode tổ hợp (dấu tách rời, NFD): tiện ích đã tự chuẩn hóa sang Unicode dựng sẵn (NFC) để quét; nên chuyển cả tệp bằng Unikey (Công cụ chuyển mã, Unicode tổ hợp → Unicode) để tìm kiếm trong Word chính xác.",
      blocking: false,
    };
  }
  return null;
}

/** detectEncodingProblem(lines.join("\n")), joining only the lines that reach into the sample. */
export function detectEncodingProblemInLines(lines: readonly string[]): EncodingWarning | null {
  let k = 0;
  for (let length = 0; k < lines.length && length <= SAMPLE_CHARS; k++) length += lines[k].length + 1;
  return detectEncodingProblem(lines.slice(0, k).join("\n"));
}
