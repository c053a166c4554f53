/**
 * Bytes of a plain-text file → text. Clerks' .txt files are not all UTF-8: Notepad's "ANSI" on Vietnamese Windows
 * is Windows-1258, "Unicode" may lose its byte-order mark, and old files hold TCVN3 or VNI bytes. What can be
 * decoded is, with a warning; TCVN3 and VNI (fonts, not encodings: the same bytes mean other letters in another
 * font) and anything unknown are refused with the fix. Legacy fonts inside Unicode text are encoding.ts's job.
 */
import { detectEncodingProblem } from "./encoding";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; warning?: string }
  | { ok: false; encoding: "tcvn3" | "vni" | "unknown"; message: string };

/** How much of a file the guesses look at. */
const SAMPLE_BYTES = 64 * 1024;

const decode = (bytes: Uint8Array, encoding: string, fatal = false): string | null => {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * UTF-16 without a byte-order mark: in Vietnamese text most characters are ASCII or Latin-1, so one byte of each
 * pair is mostly zero and the other almost never is.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) return "utf-16le";
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) return "utf-16be";
  return null;
}

const VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
const VI_LETTERS = new Set(VI_LOWER + VI_LOWER.toUpperCase());

/**
 * Vietnamese letters, and what Vietnamese text never holds: other accented letters (ä ø ñ ç …), combining marks
 * left over after composing, C1 controls (the bytes Windows-1258 leaves undefined).
 */
function letterCounts(s: string): { vietnamese: number; foreign: number } {
  let vietnamese = 0;
  let foreign = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (VI_LETTERS.has(ch)) vietnamese++;
    else if ((c >= 0x80 && c <= 0x9f) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f)) foreign++;
  }
  return { vietnamese, foreign };
}

/**
 * Whether bytes read as Windows-1258 give Vietnamese: many Vietnamese letters once the tone marks compose, and
 * almost no other accented letter (TCVN3 and VNI bytes read this way give ä, ø, µ, leftover marks …).
 */
function asWindows1258(bytes: Uint8Array): string | null {
  const text = decode(bytes, "windows-1258")?.normalize("NFC");
  if (!text) return null;
  const { vietnamese, foreign } = letterCounts(text.slice(0, SAMPLE_BYTES));
  return vietnamese >= 3 && foreign <= vietnamese * 0.02 ? text : null;
}

const FIX_UTF8 = "Mở tệp bằng Notepad, chọn Lưu thành… với Mã hóa UTF-8 rồi chạy lại / save it as UTF-8 and run again";

/** Decodes a text file's bytes, or says which encoding it is in and how to make it readable. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: decode(bytes.subarray(3), "utf-8")!, encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decode(bytes.subarray(2), "utf-16le")!, encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decode(bytes.subarray(2), "utf-16be")!, encoding: "utf-16be" };
  // Before UTF-8: UTF-16 of ASCII text is valid UTF-8 too (with a NUL every other byte).
  const order = utf16Order(bytes);
  // A file cut short may end in half a character: the whole ones are read.
  const utf16 = order && decode(bytes.subarray(0, bytes.length & ~1), order, true);
  if (order && utf16 !== null)
    return {
      ok: true,
      text: utf16,
      encoding: order,
      warning: `Tệp mã hóa ${order.toUpperCase()} không có dấu BOM: đã tự nhận ra và đọc / ${order.toUpperCase()} without a byte-order mark: recognised and read.`,
    };
  const utf8 = decode(bytes, "utf-8", true);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const windows1258 = asWindows1258(bytes);
  if (windows1258 !== null)
    return {
      ok: true,
      text: windows1258,
      encoding: "windows-1258",
      warning: `Tệp không phải UTF-8, đã đọc theo bảng mã Windows-1258 (ANSI tiếng Việt); nên lưu lại dưới dạng UTF-8 / not UTF-8: read as Windows-1258 (Vietnamese ANSI); better saved as UTF-8.`,
    };
  // Legacy-font bytes are Latin-1 code points: the same detector as for legacy fonts in Unicode text.
  const legacy = detectEncodingProblem(decode(bytes.subarray(0, SAMPLE_BYTES), "windows-1252") ?? "");
  if (legacy?.code === "legacy-tcvn3")
    return {
      ok: false,
      encoding: "tcvn3",
      message: `Tệp viết bằng bảng mã TCVN3 (ABC, phông .VnTime), không đọc được / in the TCVN3 (ABC) encoding, which cannot be read: chuyển sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn TCVN3 (ABC), đích Unicode UTF-8) rồi chạy lại / convert it to Unicode with Unikey's converter and run again.`,
    };
  if (legacy?.code === "legacy-vni")
    return {
      ok: false,
      encoding: "vni",
      message: `Tệp viết bằng bảng mã VNI (VNI Windows, phông VNI-Times), không đọc được / in the VNI encoding, which cannot be read: chuyển sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn VNI Windows, đích Unicode UTF-8) rồi chạy lại / convert it to Unicode with Unikey's converter and run again.`,
    };
  return {
    ok: false,
    encoding: "unknown",
    message: `Tệp không phải UTF-8 và không rõ bảng mã / not UTF-8, and in no encoding recognised: ${FIX_UTF8}.`,
  };
}
