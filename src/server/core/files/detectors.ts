import { docxProblem, jpegProblem, odtProblem, pdfProblem, pngProblem } from './structure';
import { readZipEntry, type ZipEntry } from './zip';

/** What a detector sees: the bytes, and for a ZIP archive the entries of its central directory. */
export interface Probe {
  bytes: Buffer;
  /** Null when the bytes are not a readable ZIP archive. */
  zip: readonly ZipEntry[] | null;
  /** The bytes as UTF-8 text, or null when they are not valid UTF-8 or hold NUL bytes (decoded once). */
  text(): string | null;
  /** The bytes parsed as JSON, or undefined when they are not JSON (parsed once). */
  json(): unknown;
  /** A ZIP entry's bytes, inflated to at most `maxBytes`; null when absent, larger or unreadable. */
  entry(name: string, maxBytes: number): Buffer | null;
}

/**
 * Tells one kind of file by its structure. Adding a format (STIX bundle, CSV, GeoJSON, GTFS archive)
 * is registering one of these; a use then names the kind among those it accepts.
 */
export interface ContentDetector {
  kind: string;
  mediaType: string;
  /** Other media types clients send for the same kind (`image/jpg`), accepted as declarations. */
  aliases?: readonly string[];
  /** Filename extensions of this kind, lower case without the dot; the first is the canonical one. */
  extensions: readonly string[];
  /**
   * The kind this one is a special case of (GeoJSON, or a STIX bundle, is also JSON). When both match,
   * the special case names the file; a name, a declared type or a use of the general kind still fits it.
   */
  refines?: string;
  matches(probe: Probe): boolean;
  /**
   * Once the kind matched: why the file is not a well-formed one of its kind (a short code such as
   * `trailing_data`), or null. Refused as `uploads.malformed_file`.
   */
  verify?(probe: Probe): string | null;
}

const registry = new Map<string, ContentDetector>();

export function registerDetector(d: ContentDetector): ContentDetector {
  const existing = registry.get(d.kind);
  if (existing && existing !== d) throw new Error(`Content detector ${d.kind} registered twice`);
  registry.set(d.kind, d);
  return d;
}

export function getDetector(kind: string): ContentDetector {
  const d = registry.get(kind);
  if (!d) throw new Error(`No content detector registered for ${kind}`);
  return d;
}

/** The kind and the kinds it refines, most special first (`geojson`, `json`). */
export function lineage(d: ContentDetector): ContentDetector[] {
  const out = [d];
  for (let k = d.refines; k && out.length < 8; k = registry.get(k)?.refines) {
    const parent = registry.get(k);
    if (parent) out.push(parent);
  }
  return out;
}

/**
 * The kind of the bytes: the first registered detector that matches, then the most special kind that
 * refines it and matches too. Unrelated detectors are not asked once one has matched.
 */
export function detect(probe: Probe): ContentDetector | undefined {
  const all = [...registry.values()];
  let found = all.find((d) => d.matches(probe));
  for (let special = found; special;) {
    found = special;
    const general = special;
    special = all.find((d) => d.refines === general.kind && d.matches(probe));
  }
  return found;
}

/** The kind a filename extension claims, among registered detectors. */
export function kindOfExtension(ext: string): ContentDetector | undefined {
  const e = ext.toLowerCase();
  return [...registry.values()].find((d) => d.extensions.includes(e));
}

/** A probe over some bytes; text and JSON are decoded only if a detector asks. */
export function probe(bytes: Buffer, zip: readonly ZipEntry[] | null): Probe {
  let text: string | null | undefined;
  let json: { value: unknown } | undefined;
  const p: Probe = {
    bytes,
    zip,
    text() {
      if (text === undefined) {
        try {
          text = bytes.includes(0) ? null : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          text = null;
        }
      }
      return text;
    },
    entry(name, maxBytes) {
      const e = zip?.find((x) => x.name === name);
      return e ? readZipEntry(bytes, e, maxBytes) : null;
    },
    json() {
      if (!json) {
        const t = /^\s*[[{]/.test(bytes.subarray(0, 64).toString('latin1')) ? p.text() : null;
        try {
          json = { value: t === null ? undefined : (JSON.parse(t) as unknown) };
        } catch {
          json = { value: undefined };
        }
      }
      return json.value;
    },
  };
  return p;
}

const ODT = 'application/vnd.oasis.opendocument.text';

export const pdfDetector = registerDetector({
  kind: 'pdf',
  mediaType: 'application/pdf',
  aliases: ['application/x-pdf'],
  extensions: ['pdf'],
  matches: ({ bytes }) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
  verify: pdfProblem,
});

export const docxDetector = registerDetector({
  kind: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  matches: ({ zip }) =>
    !!zip &&
    zip.some((e) => e.name === '[Content_Types].xml') &&
    zip.some((e) => e.name === 'word/document.xml'),
  verify: docxProblem,
});

export const odtDetector = registerDetector({
  kind: 'odt',
  mediaType: ODT,
  extensions: ['odt'],
  // ODF puts an uncompressed "mimetype" entry first, so its local header names the type at a fixed place.
  matches: ({ bytes, zip }) =>
    !!zip &&
    bytes.length >= 38 + ODT.length &&
    bytes.subarray(30, 38).toString('latin1') === 'mimetype' &&
    bytes.subarray(38, 38 + ODT.length).toString('latin1') === ODT,
  verify: odtProblem,
});

export const pngDetector = registerDetector({
  kind: 'png',
  mediaType: 'image/png',
  extensions: ['png'],
  matches: ({ bytes }) =>
    bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a,
  verify: pngProblem,
});

export const jpegDetector = registerDetector({
  kind: 'jpeg',
  mediaType: 'image/jpeg',
  aliases: ['image/jpg', 'image/pjpeg'],
  extensions: ['jpg', 'jpeg'],
  matches: ({ bytes }) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  verify: jpegProblem,
});

export const jsonDetector = registerDetector({
  kind: 'json',
  mediaType: 'application/json',
  extensions: ['json'],
  matches: (p) => p.json() !== undefined,
});

const GEOJSON_TYPES = new Set([
  'FeatureCollection',
  'Feature',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export const geojsonDetector = registerDetector({
  kind: 'geojson',
  mediaType: 'application/geo+json',
  extensions: ['geojson'],
  refines: 'json',
  matches: (p) => {
    const v = p.json() as { type?: unknown } | null | undefined;
    return typeof v === 'object' && v !== null && typeof v.type === 'string' && GEOJSON_TYPES.has(v.type);
  },
});

export const csvDetector = registerDetector({
  kind: 'csv',
  mediaType: 'text/csv',
  aliases: ['application/csv', 'application/vnd.ms-excel'],
  extensions: ['csv'],
  matches: (p) => {
    const text = p.text();
    return text !== null && looksLikeCsv(text);
  },
});

/**
 * RFC 4180 text: at least two rows, and the first (up to 20) have the same number of fields, more than
 * one, separated by commas or semicolons, quotes respected.
 */
function looksLikeCsv(text: string): boolean {
  for (const sep of [',', ';']) {
    const counts: number[] = [];
    let fields = 1;
    let quoted = false;
    for (let i = 0; i < text.length && counts.length < 20; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') i++;
        else if (c === '"') quoted = false;
      } else if (c === '"') quoted = true;
      else if (c === sep) fields++;
      else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        counts.push(fields);
        fields = 1;
      }
    }
    if (!quoted && counts.length < 20 && text.length && !/[\r\n]$/.test(text)) counts.push(fields);
    if (counts.length > 1 && counts[0]! > 1 && counts.every((n) => n === counts[0])) return true;
  }
  return false;
}

export const OFFICE_KINDS = ['pdf', 'docx', 'odt'] as const;
export const IMAGE_KINDS = ['png', 'jpeg'] as const;
