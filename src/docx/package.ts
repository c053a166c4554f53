/**
 * The bounded way into a .docx: every part reader goes through here. A zip states its sizes but cannot be trusted
 * to tell the truth, so a part is inflated in small slices and counted as it grows; past a limit the file is
 * refused with a DocxError naming the part, before memory runs out. Only the parts asked for are ever inflated
 * (never images). The limits are stated in the README ("Limits").
 */
import { Inflate, strFromU8 } from "fflate";
import { DocxError } from "./errors";
import type { XNode } from "./xml";
import { XmlElement, documentElement, parseXml as parseXmlTree } from "./xmlTree";
import { viewOf } from "./xmlView";

export interface DocxLimits {
  /** Inflated bytes of one part. */
  partBytes: number;
  /** Inflated bytes of all the parts read from one file. */
  totalBytes: number;
  /** XML elements in one part: memory and time grow with them, not with the bytes. */
  partElements: number;
}

const MB = 1024 * 1024;

/**
 * 150,000 elements are about 300 pages of ordinary text (7.5 MB of document.xml), read in about 0.5 s (xmlTree;
 * xmldom took 1.3–2 s and 400 MB). A part of 16 MB is twice that; past it, a part is mostly text in few elements,
 * which no clerk writes.
 */
export const DOCX_LIMITS: Readonly<DocxLimits> = { partBytes: 16 * MB, totalBytes: 32 * MB, partElements: 150_000 };

/** Compressed bytes inflated at a time: DEFLATE expands at most ~1,032×, so one slice yields at most ~16 MB. */
const SLICE = 16 * 1024;

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  statedSize: number;
  localOffset: number;
}

const notZip = (why: string, english: string) =>
  new DocxError("not-zip", `Đây không phải tệp .docx (${why}). / Not a .docx file (${english}).`);
const damaged = () => notZip("gói ZIP bị hỏng", "damaged ZIP package");

/** An OLE compound file: Word 97–2003's .doc, and also a .docx saved with a password (Word wraps it in one). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream Word puts a password-protected .docx in, as the compound file's directory spells it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);

/** "PK": every zip, so every .docx, opens with it. */
const ZIP_SIGNATURE = [0x50, 0x4b];
const RTF_SIGNATURE = Array.from("{\\rtf").map((c) => c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

function holds(bytes: Uint8Array, needle: readonly number[]): boolean {
  for (let at = bytes.indexOf(needle[0]); at >= 0; at = bytes.indexOf(needle[0], at + 1))
    if (startsWith(bytes, needle, at)) return true;
  return false;
}

/** A zip (a .docx) or a compound file (a .doc, or a .docx with a password): what a reader of text must not take. */
export const isWordContainer = (bytes: Uint8Array): boolean =>
  startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE);

/** Why bytes that are no zip are not a .docx, in words that tell the clerk what to do. */
function notAZip(bytes: Uint8Array): DocxError {
  if (startsWith(bytes, OLE_SIGNATURE) && holds(bytes, ENCRYPTED_PACKAGE))
    return notZip(
      "tệp có mật khẩu: mở bằng Word, bỏ mật khẩu rồi lưu lại",
      "it is password-protected: open it in Word, remove the password and save it again",
    );
  if (startsWith(bytes, OLE_SIGNATURE))
    return notZip(
      "tệp Word 97–2003 (.doc): mở bằng Word và lưu lại dưới dạng .docx",
      "a Word 97–2003 .doc file: open it in Word and save it as .docx",
    );
  if (startsWith(bytes, RTF_SIGNATURE))
    return notZip(
      "tệp RTF: mở bằng Word và lưu lại dưới dạng .docx",
      "an RTF file: open it in Word and save it as .docx",
    );
  return notZip("không phải gói ZIP của Word", "not a ZIP package");
}

const size = (n: number) => (n >= MB ? `${Math.round(n / MB)} MB` : `${Math.round(n / 1024)} KB`);
const count = (n: number, locale: string) => n.toLocaleString(locale);

function tooLarge(part: string, limit: number, what: "part" | "total"): DocxError {
  const most = size(limit);
  return new DocxError(
    "too-large",
    what === "part"
      ? `Tệp .docx vượt giới hạn: phần ${part} giải nén ra hơn ${most} (giới hạn ${most} mỗi phần). / The .docx exceeds a limit: ${part} inflates to more than ${most} (limit: ${most} per part).`
      : `Tệp .docx vượt giới hạn: đến phần ${part}, các phần đã giải nén vượt ${most} (giới hạn ${most} mỗi tệp). / The .docx exceeds a limit: with ${part}, the parts read inflate to more than ${most} (limit: ${most} per file).`,
  );
}

/** Little-endian reads that fail as a damaged zip, never past the end. */
function reader(bytes: Uint8Array) {
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > bytes.length) throw damaged();
  };
  const u32 = (at: number) => (
    check(at, 4),
    (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 2 ** 24
  );
  return {
    u16: (at: number) => (check(at, 2), bytes[at] | (bytes[at + 1] << 8)),
    u32,
    u64: (at: number) => u32(at + 4) * 2 ** 32 + u32(at),
    slice: (at: number, size: number) => (check(at, size), bytes.subarray(at, at + size)),
  };
}

const ZIP_END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory: where every part is and what it states about itself. Nothing is inflated here. */
function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const r = reader(bytes);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (r.u32(at) === ZIP_END) {
      end = at;
      break;
    }
  if (end < 0) throw damaged();
  let entries = r.u16(end + 10);
  let offset = r.u32(end + 16);
  if (end >= 20 && r.u32(end - 20) === ZIP64_LOCATOR) {
    const end64 = r.u64(end - 12);
    if (r.u32(end64) !== ZIP64_END) throw damaged();
    entries = r.u64(end64 + 32);
    offset = r.u64(end64 + 48);
  }
  const utf8 = new TextDecoder("utf-8");
  const directory = new Map<string, Entry>();
  for (let i = 0; i < entries; i++) {
    if (r.u32(offset) !== CENTRAL) throw damaged();
    const nameLength = r.u16(offset + 28);
    const extraLength = r.u16(offset + 30);
    const entry: Entry = {
      name: utf8.decode(r.slice(offset + 46, nameLength)),
      method: r.u16(offset + 10),
      encrypted: (r.u16(offset + 8) & 1) === 1,
      compressedSize: r.u32(offset + 20),
      statedSize: r.u32(offset + 24),
      localOffset: r.u32(offset + 42),
    };
    readZip64Extra(r, offset + 46 + nameLength, extraLength, entry);
    // Part names are case-insensitive (OPC); of two equal names, the first is read.
    const key = entry.name.toLowerCase();
    if (!directory.has(key)) directory.set(key, entry);
    offset += 46 + nameLength + extraLength + r.u16(offset + 32);
  }
  return directory;
}

/** Sizes and offset too large for 32 bits live in the zip64 extra field, in this order, only when marked. */
function readZip64Extra(r: ReturnType<typeof reader>, at: number, length: number, entry: Entry): void {
  const MARK = 0xffffffff;
  for (let p = at; p + 4 <= at + length; p += 4 + r.u16(p + 2)) {
    if (r.u16(p) !== 1) continue;
    let q = p + 4;
    if (entry.statedSize === MARK) ((entry.statedSize = r.u64(q)), (q += 8));
    if (entry.compressedSize === MARK) ((entry.compressedSize = r.u64(q)), (q += 8));
    if (entry.localOffset === MARK) entry.localOffset = r.u64(q);
    return;
  }
}

/** Inflates a raw DEFLATE stream slice by slice, refusing as soon as the output passes `limit`. */
function inflateBounded(data: Uint8Array, limit: number, onTooLarge: () => DocxError): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw onTooLarge();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw damaged();
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) (out.set(chunk, at), (at += chunk.length));
  return out;
}

/** Elements in an XML text, counted before parsing (each "<" that opens a tag). */
function countElements(text: string, stopAt: number): number {
  let n = 0;
  for (let at = text.indexOf("<"); at >= 0 && n <= stopAt; at = text.indexOf("<", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next !== 0x2f /* / */ && next !== 0x3f /* ? */ && next !== 0x21 /* ! */) n++;
  }
  return n;
}

/** An opened .docx: its directory read, its parts inflated on demand within the limits. */
export class DocxPackage {
  private inflated = 0;

  private constructor(
    private readonly zipBytes: Uint8Array,
    private readonly directory: Map<string, Entry>,
    readonly limits: Readonly<DocxLimits>,
  ) {}

  /** Throws DocxError("not-zip") for anything that is not a readable zip. */
  static open(bytes: Uint8Array, limits: Readonly<DocxLimits> = DOCX_LIMITS): DocxPackage {
    if (bytes.length < 4 || !startsWith(bytes, ZIP_SIGNATURE)) throw notAZip(bytes);
    return new DocxPackage(bytes, readDirectory(bytes), limits);
  }

  /** Every part name, as the zip spells it. */
  names(): string[] {
    return [...this.directory.values()].map((entry) => entry.name);
  }

  /** A part's bytes, or null when there is no such part. Counts against the limits. */
  bytes(name: string): Uint8Array | null {
    const entry = this.directory.get(name.toLowerCase());
    if (!entry) return null;
    const { partBytes, totalBytes } = this.limits;
    const room = Math.min(partBytes, totalBytes - this.inflated);
    const refuse = () =>
      room < partBytes ? tooLarge(entry.name, totalBytes, "total") : tooLarge(entry.name, partBytes, "part");
    if (entry.encrypted) throw notZip(`phần ${entry.name} được mã hóa`, `${entry.name} is encrypted`);
    // A stated size is only a hint, but one past the limit needs no inflating to refuse.
    if (entry.statedSize > room) throw refuse();
    const r = reader(this.zipBytes);
    if (r.u32(entry.localOffset) !== LOCAL) throw damaged();
    const start = entry.localOffset + 30 + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
    const data = r.slice(start, entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > room) throw refuse();
      out = data;
    } else if (entry.method === 8) out = inflateBounded(data, room, refuse);
    else throw notZip(`phần ${entry.name} nén theo kiểu lạ`, `${entry.name} uses an unknown compression`);
    this.inflated += out.length;
    return out;
  }

  /** A part as text: UTF-8, or UTF-16 when it starts with a byte-order mark. */
  text(name: string): string | null {
    const bytes = this.bytes(name);
    if (!bytes) return null;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    return strFromU8(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  }

  /** A part parsed (its root element, as the reader's XNode), or null when absent. DocxError on bad XML or too many elements. */
  xml(name: string): XNode | null {
    const text = this.text(name);
    if (text === null) return null;
    const limit = this.limits.partElements;
    if (countElements(text, limit) > limit)
      throw new DocxError(
        "too-large",
        `Tệp .docx vượt giới hạn: phần ${name} có hơn ${count(limit, "vi")} thẻ XML (giới hạn ${count(limit, "vi")} mỗi phần). / The .docx exceeds a limit: ${name} has more than ${count(limit, "en")} XML elements (limit: ${count(limit, "en")} per part).`,
      );
    return parseXml(text, name);
  }
}

/** A part's document element through xmlTree; a syntax error becomes a DocxError naming the part. */
function parseXml(text: string, part: string): XNode {
  let root: XmlElement;
  try {
    // The reader walks the tree without recursion (xml.ts), so nesting is bounded by the element limit, not a depth.
    root = parseXmlTree(text, Number.POSITIVE_INFINITY);
  } catch (error) {
    throw new DocxError(
      "bad-xml",
      `Tệp .docx bị hỏng (${part} không đọc được: ${firstLine(error)}). / The .docx is damaged (${part} is not valid XML: ${firstLine(error)}).`,
    );
  }
  return viewOf(documentElement(root));
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 160);
