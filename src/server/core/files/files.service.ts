import { createHash } from 'node:crypto';
import type { DbOrTrx, Trx } from '../db/database';
import { newId } from '../ids';
import { detect, getDetector, kindOfExtension, lineage, probe, type ContentDetector } from './detectors';
import { FileErrors } from './files.errors';
import * as repo from './files.repository';
import { extensionOf, sanitiseFilename } from './names';
import { executableInside } from './structure';
import { expandedSize, looksLikeZip, readZipEntries, sizesArePlausible } from './zip';

export type { StoredFile } from './files.repository';

/** Bytes are kept in chunks of this size, so a download holds one chunk in memory at a time. */
export const CHUNK_BYTES = 256 * 1024;

/** Beyond either bound an archive is refused whatever it claims to be (zip bombs disguised as DOCX). */
export const ARCHIVE_LIMITS = { maxExpandedBytes: 256 * 1024 * 1024, maxRatio: 100 } as const;
/** Below this expanded size the ratio is not checked: small XML parts compress very well. */
const RATIO_FLOOR = 8 * 1024 * 1024;

/**
 * Extensions that a browser renders or a system runs: a file named so is refused whatever its content,
 * since its name would be a lie the moment it is downloaded (a PDF named `setup.exe` or `page.html`).
 * Other unknown extensions are kept, and the detected kind's extension appended.
 */
const ACTIVE_EXTENSIONS =
  /^(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|js|mjs|jse|wsf|hta|cpl|jar|sh|lnk|pif|reg|html?|xhtml|shtml|svgz?|xml|xsl|swf|php|asp|aspx|jsp|cgi|url|desktop|app|apk|dmg|pkg|deb|rpm|iso|img)$/;

/** One purpose files are uploaded for: which kinds it accepts and how large they may be. */
export interface FileUse {
  /** `<module>.<purpose>`, kept with every file stored for it. */
  name: string;
  module: string;
  accepts: readonly string[];
  maxBytes: number;
  archive?: { maxExpandedBytes: number; maxRatio: number };
}

export function defineFileUse(use: FileUse): FileUse {
  for (const kind of use.accepts) getDetector(kind);
  return use;
}

/**
 * A file as any caller has it, the multipart route helper or a command-line import: its bytes
 * (a buffer or a stream of chunks), the name the client gave it and the type it declared.
 */
export interface FileInput {
  name: string;
  declaredType?: string;
  content: Buffer | Uint8Array | AsyncIterable<Uint8Array>;
}

/** A file whose content has been checked against a use; nothing is stored yet. */
export interface CheckedFile {
  use: FileUse;
  content: Buffer;
  size: number;
  sha256: string;
  kind: string;
  mediaType: string;
  filename: string;
}

/**
 * Reads the file (at most the use's size), decides what it is from its bytes, and refuses it when it is
 * not a kind the use accepts, when its name or declared type says otherwise, or when it is an archive
 * that would expand out of proportion. Runs before any transaction: a refused file changes nothing.
 * @throws uploads.file_too_large, uploads.unsupported_file, uploads.content_mismatch, uploads.archive_too_large
 */
export async function checkFile(use: FileUse, input: FileInput): Promise<CheckedFile> {
  const content = await readBounded(input.content, use.maxBytes);
  const accepted = use.accepts.map(getDetector);
  const expected = accepted.map((d) => d.mediaType).join(', ');
  const zip = looksLikeZip(content) ? readZipEntries(content) : null;
  if (zip) {
    const limits = use.archive ?? ARCHIVE_LIMITS;
    const expanded = expandedSize(zip);
    if (
      expanded > limits.maxExpandedBytes ||
      (expanded > RATIO_FLOOR && expanded > limits.maxRatio * content.length) ||
      !zip.every(sizesArePlausible)
    )
      throw FileErrors.archiveTooLarge(limits);
  }
  const probed = probe(content, zip);
  const detected = detect(probed);
  if (!detected) throw FileErrors.unsupportedFile({ expected });
  const fits = lineage(detected);
  const ext = extensionOf(input.name);
  const claimedByName = ext ? kindOfExtension(ext) : undefined;
  if ((claimedByName && !fits.includes(claimedByName)) || (ext && ACTIVE_EXTENSIONS.test(ext)))
    throw FileErrors.contentMismatch({ claimed: `.${ext}`, detected: detected.mediaType });
  const declared = normaliseType(input.declaredType);
  if (declared && !fits.some((d) => declares(d, declared)))
    throw FileErrors.contentMismatch({ claimed: declared, detected: detected.mediaType });
  if (!fits.some((d) => accepted.includes(d))) throw FileErrors.unsupportedFile({ expected });
  const malformed = (zip && executableInside(probed)) || detected.verify?.(probed);
  if (malformed) throw FileErrors.malformedFile({ kind: detected.kind, reason: malformed });
  let filename = sanitiseFilename(input.name, detected.extensions[0]!);
  if (!extensionOf(filename) || !kindOfExtension(extensionOf(filename)!))
    filename = `${filename}.${detected.extensions[0]}`;
  return {
    use,
    content,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    kind: detected.kind,
    mediaType: detected.mediaType,
    filename,
  };
}

/** A declared type says nothing when it is absent or the generic octet-stream. */
function normaliseType(t: string | undefined): string | null {
  const v = t?.split(';')[0]?.trim().toLowerCase();
  return v && v !== 'application/octet-stream' ? v : null;
}

function declares(d: ContentDetector, type: string): boolean {
  return d.mediaType === type || !!d.aliases?.includes(type);
}

async function readBounded(content: FileInput['content'], maxBytes: number): Promise<Buffer> {
  if (content instanceof Uint8Array) {
    if (content.length > maxBytes) throw FileErrors.fileTooLarge({ maxBytes });
    return Buffer.isBuffer(content) ? content : Buffer.from(content);
  }
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of content) {
    total += chunk.length;
    // Stop reading as soon as the limit is crossed, rather than holding an oversized file.
    if (total > maxBytes) throw FileErrors.fileTooLarge({ maxBytes });
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

export interface StoreOptions {
  /** The owning record (a decision, an instrument, a report). */
  ownerRecord: string;
  /** Who uploaded it (an e-mail address; null for imports without a person). */
  uploadedBy: string | null;
  /** The state the uploader acted for, or `secretariat`. */
  actingFor: string | null;
  at: string;
}

/**
 * Stores a checked file inside the caller's transaction, so the file exists exactly when the module's
 * own row and audit entry do.
 */
export async function storeFile(trx: Trx, file: CheckedFile, opts: StoreOptions): Promise<repo.StoredFile> {
  const row = {
    id: newId(),
    use: file.use.name,
    owner_module: file.use.module,
    owner_record: opts.ownerRecord,
    filename: file.filename,
    media_type: file.mediaType,
    kind: file.kind,
    size: file.size,
    sha256: file.sha256,
    uploaded_by: opts.uploadedBy,
    acting_for: opts.actingFor,
    uploaded_at: opts.at,
  };
  const chunks: Buffer[] = [];
  for (let i = 0; i < file.content.length; i += CHUNK_BYTES)
    chunks.push(file.content.subarray(i, i + CHUNK_BYTES));
  await repo.insertFile(trx, row, chunks);
  return repo.toStoredFile(row);
}

/** The metadata of stored files, in the order of `ids`; unknown ids are left out. */
export async function describeFiles(db: DbOrTrx, ids: readonly string[]): Promise<repo.StoredFile[]> {
  const byId = new Map((await repo.listFiles(db, ids)).map((f) => [f.id, f]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A stored file of a module, or undefined when there is none with that id for that module (a module
 * can never hand out another module's file by guessing its id).
 */
export async function findFile(
  db: DbOrTrx,
  module: string,
  id: string,
): Promise<repo.StoredFile | undefined> {
  const f = await repo.findFile(db, id);
  return f?.ownerModule === module ? f : undefined;
}

/** The bytes of a stored file, one chunk at a time. Files are never rewritten, so no transaction is needed. */
export async function* readFileContent(db: DbOrTrx, id: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const chunk = await repo.findChunk(db, id, seq);
    if (!chunk) return;
    yield chunk;
  }
}
