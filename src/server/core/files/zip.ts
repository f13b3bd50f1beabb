/**
 * Reads a ZIP archive's central directory without inflating anything: enough to tell an OOXML or ODF
 * document (or a GTFS feed) by its entry names, and to refuse a zip bomb by the sizes it declares.
 */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
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

/** The entries the central directory lists, or null when the archive is not a readable ZIP. */
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
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64: the real sizes are in the extra field 0x0001, uncompressed first, each only if masked.
      const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      const sizes = zip64Sizes(extra, uncompressedSize === 0xffffffff, compressedSize === 0xffffffff);
      if (!sizes) return null;
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
    }
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
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
