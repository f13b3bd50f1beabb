import { createHash } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { defineError } from '../errors';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const OFFICE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

/** Photos are accepted where evidence is wanted, besides documents. */
export const IMAGE_TYPES = { png: 'image/png', jpeg: 'image/jpeg' } as const;

export const UploadErrors = {
  unsupportedFile: defineError<{ expected: string }>(
    'uploads.unsupported_file',
    415,
    'Only PDF, DOCX and ODT files are accepted',
  ),
  fileTooLarge: defineError<{ maxBytes: number }>('uploads.file_too_large', 413, 'The file is too large'),
  badUpload: defineError<{ reason: string }>('uploads.bad_upload', 400, 'The upload is incomplete'),
};

/**
 * What the bytes are, whatever the client says: PDF by its header; DOCX and ODT are ZIP files told apart
 * by the ODF "mimetype" first entry and the OOXML main part name.
 */
export function detectOfficeType(buf: Buffer): keyof typeof OFFICE_TYPES | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.length < 60 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  const odt = OFFICE_TYPES.odt;
  if (
    buf.subarray(30, 38).toString('latin1') === 'mimetype' &&
    buf.subarray(38, 38 + odt.length).toString('latin1') === odt
  ) {
    return 'odt';
  }
  if (buf.includes('word/document.xml') && buf.includes('[Content_Types].xml')) return 'docx';
  return null;
}

function detectImageType(buf: Buffer): keyof typeof IMAGE_TYPES | null {
  if (buf.length > 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a)
    return 'png';
  if (buf.length > 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  return null;
}

export interface OfficeUpload {
  content: Buffer;
  mediaType: string;
  filename: string;
  sha256: string;
  field(name: string): string | undefined;
}

/**
 * Reads one uploaded office document (or, with `images`, also a PNG or JPEG photo), refusing what is
 * missing, too large or not what it claims to be.
 */
export async function readOfficeUpload(
  file: MultipartFile | undefined,
  opts: { images?: boolean } = {},
): Promise<OfficeUpload> {
  if (!file) throw UploadErrors.badUpload({ reason: 'no file' });
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw UploadErrors.fileTooLarge({ maxBytes: MAX_UPLOAD_BYTES });
    throw err;
  }
  const accepted: Record<string, string> = { ...OFFICE_TYPES, ...(opts.images ? IMAGE_TYPES : {}) };
  const kind = detectOfficeType(content) ?? (opts.images ? detectImageType(content) : null);
  if (!kind || (file.mimetype !== accepted[kind] && file.mimetype !== 'application/octet-stream')) {
    throw UploadErrors.unsupportedFile({ expected: Object.values(accepted).join(', ') });
  }
  return {
    content,
    mediaType: accepted[kind]!,
    filename: file.filename.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || `file.${kind}`,
    sha256: createHash('sha256').update(content).digest('hex'),
    field(name) {
      const f = file.fields[name];
      return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
    },
  };
}

export const multipartOptions = {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 },
  throwFileSizeLimit: true,
} as const;

/** Sends a stored file as a download, with its name kept in any script (RFC 6266 `filename*`). */
export function sendStoredFile(
  reply: FastifyReply,
  file: { media_type: string; filename: string; content: Buffer | Uint8Array; sha256?: string },
): FastifyReply {
  void reply
    .type(file.media_type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  if (file.sha256)
    void reply.header('digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
  return reply.send(Buffer.from(file.content));
}
