import { decodeTextBytes } from "./bytes";
import { TCVN3_MOTTO, VNI_MOTTO, latin1Bytes, toUtf16, toWindows1258 } from "../../../test/fuzz/encodings";

const VI =
  "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.\nGiao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân các huyện rà soát, báo cáo trước ngày 15/12.";
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeTextBytes", () => {
  test("UTF-8, with or without BOM, and UTF-16 with BOM: read as is, without a warning", () => {
    expect(decodeTextBytes(utf8(VI))).toEqual({ ok: true, text: VI, encoding: "utf-8" });
    expect(decodeTextBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(VI)]))).toEqual({
      ok: true,
      text: VI,
      encoding: "utf-8",
    });
    expect(decodeTextBytes(Uint8Array.from([0xff, 0xfe, ...toUtf16(VI, "le")]))).toEqual({
      ok: true,
      text: VI,
      encoding: "utf-16le",
    });
    expect(decodeTextBytes(Uint8Array.from([0xfe, 0xff, ...toUtf16(VI, "be")]))).toEqual({
      ok: true,
      text: VI,
      encoding: "utf-16be",
    });
    expect(decodeTextBytes(new Uint8Array())).toEqual({ ok: true, text: "", encoding: "utf-8" });
  });

  test.each(["le", "be"] as const)(
    "UTF-16%s without BOM is recognised, even cut in the middle of a character",
    (order) => {
      const bytes = toUtf16(VI, order);
      expect(decodeTextBytes(bytes)).toMatchObject({
        ok: true,
        text: VI,
        encoding: `utf-16${order}`,
        warning: expect.stringMatching(/BOM/),
      });
      expect(decodeTextBytes(bytes.subarray(0, bytes.length - 1))).toMatchObject({ ok: true, text: VI.slice(0, -1) });
    },
  );

  test("Windows-1258 (Vietnamese ANSI) is read, tones composed (NFC), with a warning", () => {
    expect(decodeTextBytes(toWindows1258(VI))).toEqual({
      ok: true,
      text: VI,
      encoding: "windows-1258",
      warning: expect.stringMatching(/Windows-1258.*UTF-8/),
    });
  });

  test("TCVN3 and VNI bytes are refused, naming the encoding and Unikey's converter", () => {
    expect(decodeTextBytes(latin1Bytes(TCVN3_MOTTO))).toMatchObject({
      ok: false,
      encoding: "tcvn3",
      message: expect.stringMatching(/TCVN3.*Unikey/),
    });
    expect(decodeTextBytes(latin1Bytes(VNI_MOTTO))).toMatchObject({
      ok: false,
      encoding: "vni",
      message: expect.stringMatching(/VNI.*Unikey/),
    });
  });

  test("Latin-1 text whose letters Windows-1258 shares reads right; bytes that are not text are refused", () => {
    const french = "Hôtel à côté de la forêt, où l'été dure.";
    expect(decodeTextBytes(latin1Bytes(french))).toMatchObject({ ok: true, text: french });
    expect(decodeTextBytes(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      encoding: "unknown",
      message: expect.stringMatching(/UTF-8/),
    });
  });
});
