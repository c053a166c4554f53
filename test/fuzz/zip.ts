/**
 * Zip packages built byte by byte for hostile-input tests: entries whose stated sizes lie, and deflate
 * streams that inflate to gigabytes from a few hundred kilobytes (built without ever holding the inflated bytes).
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** The entry's bytes, deflated here (or stored with `stored`). */
  data?: Uint8Array | string;
  /** An already deflated stream (raw DEFLATE), written as is. */
  deflated?: Uint8Array;
  stored?: boolean;
  /** The uncompressed size the headers state; defaults to the truth when it is known, else 0. */
  statedSize?: number;
}

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

export interface ZipOptions {
  /** Sizes and offsets in zip64 extra fields and a zip64 end record, as some writers do for any size. */
  zip64?: boolean;
  /** Local headers with sizes left at 0, as streaming writers do (the central directory has them). */
  streamed?: boolean;
}

const MARK = 0xffffffff;

/** A zip archive with a central directory, as Word writes one, or zip64 / streamed as other writers do. */
export function zip(entries: ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = entry.data === undefined ? undefined : bytesOf(entry.data);
    const method = entry.stored ? 0 : 8;
    const body = entry.deflated ?? (entry.stored ? raw! : deflateRawSync(raw!));
    const size = entry.statedSize ?? raw?.length ?? 0;
    const crc = raw ? crc32(raw) : 0;
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    if (!options.streamed) local.writeUInt32LE(body.length, 18);
    if (!options.streamed) local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    let extra = Buffer.alloc(0);
    if (options.zip64) {
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? MARK : body.length, 20);
    central.writeUInt32LE(options.zip64 ? MARK : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(options.zip64 ? MARK : offset, 42);
    locals.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.length));
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? MARK : offset, 16);
  if (!options.zip64) return new Uint8Array(Buffer.concat([...locals, directory, end]));
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(BigInt(44), 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end64, locator, end]));
}

export interface Piece {
  data: Uint8Array | string;
  /** How many times the piece repeats in the inflated stream. */
  times?: number;
}

/**
 * A raw DEFLATE stream of the pieces in order. Each piece is deflated once with a full flush, which ends it on a
 * byte boundary with the dictionary reset, so its bytes can be repeated: a megabyte of "<w:p/>" deflates to about
 * a kilobyte, and a thousand copies of that kilobyte inflate to a gigabyte.
 */
export function deflatePieces(pieces: Piece[]): Uint8Array {
  const out: Buffer[] = [];
  for (const piece of pieces) {
    const block = deflateRawSync(bytesOf(piece.data), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < (piece.times ?? 1); i++) out.push(block);
  }
  out.push(Buffer.from([0x03, 0x00])); // a final, empty fixed-Huffman block
  return new Uint8Array(Buffer.concat(out));
}

/** `unit` repeated to about `bytes` bytes, as a deflate stream, between an optional head and tail. */
export function deflateRepeated(unit: string, bytes: number, head = "", tail = ""): Uint8Array {
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = unit.repeat(perBlock);
  return deflatePieces([{ data: head }, { data: block, times: Math.ceil(bytes / block.length) }, { data: tail }]);
}
