import { inflateRawSync } from 'node:zlib';
/**
 * Reads a ZIP archive's central directory without inflating anything: enough to tell an OOXML or ODF
 * document (or a GTFS feed) by its entry names, and to refuse a zip bomb by the sizes it declares.
 */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is read by nobody here. */
  method?: number;
  /** Where the entry's local header starts. */
  localOffset?: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

export function looksLikeZip(buf: Buffer): boolean {
  return buf.length >= 4 && (buf.readUInt32LE(0) === LOCAL || buf.readUInt32LE(0) === EOCD);
}

/**
 * The entries the central directory lists, or null when the archive is not a readable ZIP. Strict: the
 * end record closes the file (its comment runs exactly to the end, so no directory can hide in it),
 * and every entry has a local header with the same name at the offset the directory gives.
 */
export function readZipEntries(buf: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return null;
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR) return null;
    const z = safeNumber(buf.readBigUInt64LE(loc + 8));
    if (z === null || z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD) return null;
    const c = safeNumber(buf.readBigUInt64LE(z + 32));
    const o = safeNumber(buf.readBigUInt64LE(z + 48));
    if (c === null || o === null) return null;
    count = c;
    offset = o;
  }
  if (count > MAX_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen > buf.length) return null;
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const method = buf.readUInt16LE(p + 10);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) return null;
    const localNameLen = buf.readUInt16LE(localOffset + 26);
    if (buf.subarray(localOffset + 30, localOffset + 30 + localNameLen).toString('utf8') !== name)
      return null;
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64: the real sizes are in the extra field 0x0001, uncompressed first, each only if masked.
      const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      const sizes = zip64Sizes(extra, uncompressedSize === 0xffffffff, compressedSize === 0xffffffff);
      if (!sizes) return null;
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
    }
    entries.push({ name, compressedSize, uncompressedSize, method, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return coversArchive(buf, entries, offset, p, eocd) ? entries : null;
}

const DESCRIPTOR = 0x08074b50;

/**
 * Whether the entries and the directory account for every byte: local entries back to back from the
 * start, then the directory, then the end records. Bytes nobody lists (a program before the entries, a
 * second directory in the comment) make the archive unreadable rather than two archives in one.
 */
function coversArchive(
  buf: Buffer,
  entries: readonly ZipEntry[],
  cdStart: number,
  cdEnd: number,
  eocd: number,
) {
  if (cdEnd > eocd) return false;
  // Between the directory and the end record only the ZIP64 records may stand.
  if (cdEnd !== eocd && (eocd - cdEnd !== 76 || buf.readUInt32LE(cdEnd) !== ZIP64_EOCD)) return false;
  let at = 0;
  for (const e of [...entries].sort((a, b) => a.localOffset! - b.localOffset!)) {
    if (e.localOffset !== at) return false;
    const flags = buf.readUInt16LE(at + 6);
    at += 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28) + e.compressedSize;
    if (flags & 0x08) {
      // A data descriptor follows the data: crc and sizes, with or without its signature, sizes 4 or 8 bytes.
      const signed = at + 4 <= buf.length && buf.readUInt32LE(at) === DESCRIPTOR ? 4 : 0;
      const wide = e.compressedSize >= 0xffffffff || e.uncompressedSize >= 0xffffffff ? 8 : 4;
      at += signed + 4 + 2 * wide;
    }
  }
  return at === cdStart;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--)
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  return -1;
}

/**
 * An entry's bytes, inflated to at most `maxBytes` (and never past what the directory declares), or
 * null when the entry is unreadable, larger, or stored with a method other than stored or deflate.
 */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  const at = entry.localOffset;
  if (at === undefined || entry.uncompressedSize > maxBytes) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.method === 0) return data.length === entry.uncompressedSize ? data : null;
  if (entry.method !== 8) return null;
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return out.length === entry.uncompressedSize ? out : null;
  } catch {
    return null;
  }
}

/**
 * Whether the directory's sizes can be true: deflate never grows data by more than a few bytes per
 * 16 KiB block, so an entry "expanding" to less than it occupies hides its real size (a zip bomb
 * declaring small parts).
 */
export function sizesArePlausible(e: ZipEntry): boolean {
  if (e.method === 0) return e.compressedSize === e.uncompressedSize;
  return e.compressedSize <= e.uncompressedSize + Math.ceil(e.uncompressedSize / 16384) * 5 + 64;
}

function zip64Sizes(
  extra: Buffer,
  wantUncompressed: boolean,
  wantCompressed: boolean,
): { uncompressed?: number; compressed?: number } | null {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const out: { uncompressed?: number; compressed?: number } = {};
      if (wantUncompressed) {
        if (q + 8 > p + 4 + len) return null;
        out.uncompressed = safeNumber(extra.readBigUInt64LE(q)) ?? Number.MAX_SAFE_INTEGER;
        q += 8;
      }
      if (wantCompressed) {
        if (q + 8 > p + 4 + len) return null;
        out.compressed = safeNumber(extra.readBigUInt64LE(q)) ?? Number.MAX_SAFE_INTEGER;
      }
      return out;
    }
    p += 4 + len;
  }
  return null;
}

function safeNumber(v: bigint): number | null {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}

/** The total size the archive would expand to, by what its central directory declares. */
export function expandedSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
}
