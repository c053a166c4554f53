/** Vietnamese text as the legacy encodings write it, for tests of byte decoding (Node has no encoder for them). */

const WINDOWS_1258 = new Map<string, number>();
const decoder = new TextDecoder("windows-1258");
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(new Uint8Array([b]));
  if (ch !== "\ufffd" && !WINDOWS_1258.has(ch)) WINDOWS_1258.set(ch, b);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Windows-1258 (what Vietnamese Windows saves as "ANSI"): â ê ô ă ơ ư đ as letters, the five tones as combining
 * marks after them. So a letter not in the table is split into its toneless letter and its tone.
 */
export function toWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  const byteOf = (ch: string): number => {
    const byte = WINDOWS_1258.get(ch);
    if (byte === undefined) throw new Error(`not in windows-1258: ${ch}`);
    return byte;
  };
  for (const ch of text.normalize("NFC")) {
    if (WINDOWS_1258.has(ch)) {
      out.push(WINDOWS_1258.get(ch)!);
      continue;
    }
    const marks = [...ch.normalize("NFD")];
    const tone = marks.find((m) => TONES.test(m));
    out.push(
      byteOf(
        marks
          .filter((m) => m !== tone)
          .join("")
          .normalize("NFC"),
      ),
    );
    if (tone) out.push(byteOf(tone));
  }
  return new Uint8Array(out);
}

export function toUtf16(text: string, order: "le" | "be"): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (order === "le" ? 0 : 1)] = unit & 0xff;
    out[2 * i + (order === "le" ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** Text typed in a legacy font (TCVN3, VNI) is Latin-1 code points; saved as "ANSI" it is those bytes. */
export const latin1Bytes = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

/** "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc" as TCVN3 (.VnTime) and VNI-Times type it. */
export const TCVN3_MOTTO = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc";
export const VNI_MOTTO = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc";
