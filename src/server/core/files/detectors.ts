import type { ZipEntry } from './zip';

/** What a detector sees: the bytes, and for a ZIP archive the entries of its central directory. */
export interface Probe {
  bytes: Buffer;
  /** Null when the bytes are not a readable ZIP archive. */
  zip: readonly ZipEntry[] | null;
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
  matches(probe: Probe): boolean;
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

/** Every registered detector, in registration order: the first that matches names the kind. */
export function detectors(): ContentDetector[] {
  return [...registry.values()];
}

/** The kind a filename extension claims, among registered detectors. */
export function kindOfExtension(ext: string): ContentDetector | undefined {
  const e = ext.toLowerCase();
  return detectors().find((d) => d.extensions.includes(e));
}

const ODT = 'application/vnd.oasis.opendocument.text';

export const pdfDetector = registerDetector({
  kind: 'pdf',
  mediaType: 'application/pdf',
  aliases: ['application/x-pdf'],
  extensions: ['pdf'],
  matches: ({ bytes }) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
});

export const docxDetector = registerDetector({
  kind: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  matches: ({ zip }) =>
    !!zip &&
    zip.some((e) => e.name === '[Content_Types].xml') &&
    zip.some((e) => e.name === 'word/document.xml'),
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
});

export const pngDetector = registerDetector({
  kind: 'png',
  mediaType: 'image/png',
  extensions: ['png'],
  matches: ({ bytes }) =>
    bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a,
});

export const jpegDetector = registerDetector({
  kind: 'jpeg',
  mediaType: 'image/jpeg',
  aliases: ['image/jpg', 'image/pjpeg'],
  extensions: ['jpg', 'jpeg'],
  matches: ({ bytes }) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
});

export const OFFICE_KINDS = ['pdf', 'docx', 'odt'] as const;
export const IMAGE_KINDS = ['png', 'jpeg'] as const;
