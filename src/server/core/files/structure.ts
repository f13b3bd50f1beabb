import { crc32 } from 'node:zlib';
import type { Probe } from './detectors';

/**
 * Structural checks of the binary kinds (ADR 0031): each returns why the bytes are not a well-formed
 * file of their kind, or null. They read the whole structure to its end, so nothing can follow it: a
 * PDF or an image with HTML, script or an archive appended (a polyglot) is refused.
 */

/** What browsers sniff as HTML (WHATWG MIME sniffing), looked for where they look: the first bytes. */
const HTML_SIGNATURES =
  /<(!doctype html|html|head|script|iframe|body|svg|object|embed|frame|style|img|a |!--)/i;
const SNIFF_BYTES = 1024;

export function htmlInside(bytes: Buffer): boolean {
  return HTML_SIGNATURES.test(bytes.subarray(0, SNIFF_BYTES).toString('latin1'));
}

const PDF_TAIL = /startxref\s+(\d+)\s+%%EOF$/;
/** Only end-of-line characters, spaces and NUL padding may follow a PDF's last `%%EOF`. */
const PADDING = new Set([0x0a, 0x0d, 0x09, 0x20, 0x00]);

export function pdfProblem({ bytes }: Probe): string | null {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return 'no_header';
  if (htmlInside(bytes)) return 'html_content';
  let end = bytes.length;
  while (end > 0 && PADDING.has(bytes[end - 1]!)) end--;
  const tail = bytes.subarray(Math.max(0, end - 1024), end).toString('latin1');
  const m = PDF_TAIL.exec(tail);
  if (!m) return /%%EOF$/.test(tail) ? 'no_xref' : /%%EOF/.test(tail) ? 'trailing_data' : 'no_end';
  const at = Number(m[1]);
  if (!Number.isSafeInteger(at) || at <= 8 || at >= bytes.length) return 'no_xref';
  const section = bytes.subarray(at, Math.min(bytes.length, at + 4096)).toString('latin1');
  // A cross-reference table followed by its trailer, or (PDF 1.5+) a cross-reference stream.
  if (/^xref\s/.test(section))
    return /trailer\s*<</.test(bytes.subarray(at).toString('latin1')) ? null : 'no_trailer';
  if (/^\d+\s+\d+\s+obj\b[\s\S]*\/Type\s*\/XRef\b/.test(section)) return null;
  return 'no_xref';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_CHUNKS = 100_000;

export function pngProblem({ bytes }: Probe): string | null {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'no_signature';
  if (htmlInside(bytes)) return 'html_content';
  let p = 8;
  let seenData = false;
  for (let n = 0; n < MAX_CHUNKS; n++) {
    if (p + 12 > bytes.length) return 'truncated';
    const length = bytes.readUInt32BE(p);
    const type = bytes.subarray(p + 4, p + 8).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff || p + 12 + length > bytes.length)
      return 'bad_chunk';
    if (n === 0 && (type !== 'IHDR' || length !== 13)) return 'no_header';
    const crc = bytes.readUInt32BE(p + 8 + length);
    if (crc32(bytes.subarray(p + 4, p + 8 + length)) >>> 0 !== crc) return 'bad_checksum';
    p += 12 + length;
    if (type === 'IDAT') seenData = true;
    if (type === 'IEND') {
      if (!seenData) return 'no_image_data';
      return p === bytes.length ? null : 'trailing_data';
    }
  }
  return 'bad_chunk';
}

/** Markers that stand alone, without a length: TEM and the restart markers. */
const STANDALONE = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);
/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames. */
const FRAME = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

export function jpegProblem({ bytes }: Probe): string | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'no_signature';
  if (htmlInside(bytes)) return 'html_content';
  let p = 2;
  let frame = false;
  let scanned = false;
  while (p < bytes.length) {
    if (bytes[p] !== 0xff) return 'bad_segment';
    while (bytes[p] === 0xff) p++; // fill bytes
    if (p >= bytes.length) return 'truncated';
    const marker = bytes[p++]!;
    if (marker === 0xd9) {
      if (!frame || !scanned) return 'no_image_data';
      return p === bytes.length ? null : 'trailing_data';
    }
    if (STANDALONE(marker)) continue;
    if (marker === 0xd8 || marker === 0x00) return 'bad_segment';
    if (p + 2 > bytes.length) return 'truncated';
    const length = bytes.readUInt16BE(p);
    if (length < 2 || p + length > bytes.length) return 'bad_segment';
    p += length;
    if (FRAME(marker)) frame = true;
    if (marker === 0xda) {
      if (!frame) return 'bad_segment';
      scanned = true;
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (p < bytes.length) {
        if (bytes[p] === 0xff && p + 1 < bytes.length) {
          const next = bytes[p + 1]!;
          if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
        }
        p++;
      }
    }
  }
  return 'truncated';
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const XML_LIMIT = 1024 * 1024;

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ??
  new RegExp(`\\b${name}\\s*=\\s*'([^']*)'`).exec(tag)?.[1];

/**
 * A Word document by Open Packaging Conventions: the content types name the main part as a (macro-free)
 * document, and every part has a declared content type, so nothing rides along undeclared.
 */
export function docxProblem(p: Probe): string | null {
  const zip = p.zip!;
  if (!zip.some((e) => e.name === '_rels/.rels')) return 'missing_part';
  const types = p.entry('[Content_Types].xml', XML_LIMIT)?.toString('utf8');
  if (!types || !/<Types\b/.test(types)) return 'no_content_types';
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of types.matchAll(/<Default\b[^>]*>/g))
    defaults.set((attr(tag, 'Extension') ?? '').toLowerCase(), attr(tag, 'ContentType') ?? '');
  for (const [tag] of types.matchAll(/<Override\b[^>]*>/g))
    overrides.set((attr(tag, 'PartName') ?? '').toLowerCase(), attr(tag, 'ContentType') ?? '');
  if (overrides.get('/word/document.xml') !== WORD_MAIN) return 'not_a_document';
  for (const e of zip) {
    if (e.name.endsWith('/') || e.name === '[Content_Types].xml') continue;
    const ext = /\.([^./]+)$/.exec(e.name)?.[1]?.toLowerCase() ?? '';
    const type = overrides.get(`/${e.name.toLowerCase()}`) ?? defaults.get(ext);
    if (!type) return 'undeclared_part';
    if (/vbaProject|macroEnabled|activeX/i.test(type) || /vbaProject\.bin$/i.test(e.name)) return 'macros';
  }
  return null;
}

const ODT = 'application/vnd.oasis.opendocument.text';

/** An OpenDocument text: `mimetype` stored first, and a manifest listing every file of the package. */
export function odtProblem(p: Probe): string | null {
  const zip = p.zip!;
  const first = zip[0];
  if (!first || first.name !== 'mimetype' || first.method !== 0) return 'no_mimetype';
  if (p.entry('mimetype', 256)?.toString('latin1') !== ODT) return 'no_mimetype';
  if (!zip.some((e) => e.name === 'content.xml')) return 'missing_part';
  const manifest = p.entry('META-INF/manifest.xml', XML_LIMIT)?.toString('utf8');
  if (!manifest || !/<manifest:manifest\b/.test(manifest)) return 'no_manifest';
  const listed = new Set([...manifest.matchAll(/manifest:full-path\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  for (const e of zip) {
    if (e.name.endsWith('/') || ['mimetype', 'META-INF/manifest.xml'].includes(e.name)) continue;
    if (!listed.has(e.name)) return 'undeclared_part';
  }
  return null;
}

/** Entry names that run as programs or scripts on some system, whatever archive carries them. */
const EXECUTABLE =
  /\.(exe|dll|com|scr|msi|msp|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|cpl|jar|sh|bash|lnk|pif|reg|sys|drv|ocx|elf|run|apk|dmg|pkg|deb|rpm)$/i;

/** Why an archive carries something executable, whatever kind it claims to be, or null. */
export function executableInside(p: Probe): string | null {
  for (const e of p.zip ?? []) {
    if (EXECUTABLE.test(e.name)) return 'executable_entry';
    // A stored entry's first bytes are in the archive as they are: no inflating needed to see a program.
    if (e.method === 0 && e.uncompressedSize >= 4) {
      const head = p.entry(e.name, Number.MAX_SAFE_INTEGER)?.subarray(0, 4);
      if (head && (head.subarray(0, 2).toString('latin1') === 'MZ' || head.toString('latin1') === '\x7fELF'))
        return 'executable_entry';
    }
  }
  return null;
}
