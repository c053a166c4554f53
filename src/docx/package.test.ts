import { Inflate, strToU8, zipSync } from "fflate";
import { DocxError, DocxPackage, readDocx, type DocxLimits } from ".";
import { TASK, docxWith, documentXml, para } from "../../test/fuzz/hostileDocs";
import { deflateRepeated } from "../../test/fuzz/zip";

const SMALL: DocxLimits = { partBytes: 10_000, totalBytes: 15_000, partElements: 100 };
const open = (bytes: Uint8Array, limits = SMALL) => DocxPackage.open(bytes, limits);
const refusal = (read: () => unknown): DocxError => {
  try {
    read();
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("DocxPackage: the one bounded way into a .docx", () => {
  test("reads parts by name, case-insensitively as OPC names are, from zips written by fflate, zip64 and streaming writers", () => {
    const parts = { "word/document.xml": documentXml(para(TASK)) };
    for (const bytes of [
      zipSync({ "word/document.xml": strToU8(parts["word/document.xml"]) }),
      docxWith(parts, { zip64: true }),
      docxWith(parts, { streamed: true }),
    ]) {
      const pkg = DocxPackage.open(bytes);
      expect(pkg.text("Word/Document.xml")).toBe(parts["word/document.xml"]);
      expect(pkg.text("word/missing.xml")).toBeNull();
      expect(readDocx(pkg).paragraphs.map((p) => p.text)).toEqual([TASK]);
    }
  });

  test("a part written in UTF-16 (as some tools write custom XML) or with a UTF-8 BOM reads as text", () => {
    const xml = `<checklist xmlns="urn:x">Đã xong</checklist>`;
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, "utf16le"))]);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    const pkg = DocxPackage.open(
      docxWith({ "customXml/item1.xml": { data: utf16 }, "customXml/item2.xml": { data: bom } }),
    );
    expect(pkg.text("customXml/item1.xml")).toBe(xml);
    expect(pkg.text("customXml/item2.xml")).toBe(xml);
  });

  test("a part past the per-part limit is refused by its stated size, naming the part and the limit", () => {
    const error = refusal(() => open(docxWith({ "word/big.xml": "x".repeat(12_000) })).bytes("word/big.xml"));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/word\/big\.xml[^]*giới hạn[^]*word\/big\.xml[^]*limit/);
  });

  test("a part that lies about its size is refused while inflating, before it is all in memory", () => {
    // 1 GB of paragraphs stated as 1 KB: the limit stops it after some kilobytes, at once.
    const bomb = docxWith({
      "word/document.xml": { deflated: deflateRepeated("<w:p/>", 1 << 30), statedSize: 1024 },
    });
    // Counted, not timed (a wall-clock bound failed on a busy 2-core machine): the refusal comes in the first slice of
    // compressed bytes, while the whole stream is about a hundred.
    const push = jest.spyOn(Inflate.prototype, "push");
    try {
      expect(refusal(() => open(bomb).bytes("word/document.xml")).code).toBe("too-large");
      expect(push).toHaveBeenCalledTimes(1);
    } finally {
      push.mockRestore();
    }
  });

  test("the parts read from one file share a total limit", () => {
    const pkg = open(docxWith({ "word/a.xml": "a".repeat(8_000), "word/b.xml": "b".repeat(8_000) }));
    expect(pkg.bytes("word/a.xml")).toHaveLength(8_000);
    expect(refusal(() => pkg.bytes("word/b.xml")).message).toMatch(/word\/b\.xml.*limit: 15 KB per file/);
  });

  test("images and other parts never asked for are never inflated: a broken one does not matter", () => {
    const bytes = docxWith({
      "word/media/image1.png": { deflated: new Uint8Array([0xff, 0xff, 0xff]), statedSize: 5 },
    });
    expect(readDocx(bytes).paragraphs.map((p) => p.text)).toEqual([TASK]);
    expect(refusal(() => DocxPackage.open(bytes).bytes("word/media/image1.png")).code).toBe("not-zip");
  });

  test("more XML elements in a part than the limit is refused before parsing", () => {
    const pkg = open(docxWith({ "word/document.xml": documentXml("<w:p/>".repeat(200)) }));
    expect(refusal(() => pkg.xml("word/document.xml")).message).toMatch(
      /word\/document\.xml có hơn 100 thẻ XML[^]*more than 100 XML elements/,
    );
  });

  test("bad XML, including the errors xmldom throws instead of reporting (a tag mismatch), is one typed error", () => {
    for (const xml of ["<w:document><w:body></w:document>", "<a>", ""]) {
      const error = refusal(() => readDocx(docxWith({ "word/document.xml": xml })));
      expect(error.code).toBe("bad-xml");
      expect(error.message).toContain("word/document.xml");
    }
  });

  test("a damaged zip (cut short, a directory pointing nowhere) is a typed error, never a crash", () => {
    const bytes = docxWith();
    for (const cut of [bytes.slice(0, bytes.length - 10), bytes.slice(0, 40), bytes.slice(0, bytes.length / 2)])
      expect(refusal(() => readDocx(cut)).code).toBe("not-zip");
  });
});

describe("files a clerk takes for a .docx say what they are and what to do", () => {
  const ole = (...streams: string[]) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // A compound file's directory names its streams in UTF-16LE, somewhere past the header.
    let at = 1536;
    for (const name of streams) {
      bytes.set(
        Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]),
        at,
      );
      at += 128;
    }
    return bytes;
  };

  test("a Word 97–2003 .doc is asked to be saved as .docx", () => {
    const error = refusal(() => readDocx(ole("Root Entry", "WordDocument", "1Table")));
    expect(error.code).toBe("not-zip");
    expect(error.message).toMatch(/Word 97–2003 \(\.doc\).*lưu lại dưới dạng \.docx[^]*save it as \.docx/);
  });

  test("a password-protected .docx (an EncryptedPackage inside a compound file) is asked to lose its password", () => {
    const error = refusal(() => readDocx(ole("Root Entry", "EncryptionInfo", "EncryptedPackage")));
    expect(error.message).toMatch(/có mật khẩu.*bỏ mật khẩu[^]*password-protected/);
    expect(error.message).not.toMatch(/\.doc\)/);
  });

  test("an RTF file is asked to be saved as .docx; anything else is 'not a ZIP package'", () => {
    expect(refusal(() => readDocx(strToU8("{\\rtf1\\ansi Kết luận}"))).message).toMatch(/tệp RTF.*\.docx/);
    expect(refusal(() => readDocx(strToU8("<html>Kết luận</html>"))).message).toMatch(/không phải gói ZIP/);
  });
});
