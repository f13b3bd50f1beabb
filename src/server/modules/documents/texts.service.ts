import { createHash } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import type { Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { DocumentsDeps } from './documents.service';
import { DocumentErrors } from './documents.errors';
import * as repo from './documents.repository';

export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

/**
 * What the bytes are, whatever the client says: PDF by its header; DOCX and ODT are ZIP files told apart
 * by the ODF "mimetype" first entry and the OOXML main part name.
 */
export function detectType(buf: Buffer): keyof typeof TYPES | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.length < 60 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  if (
    buf.subarray(30, 38).toString('latin1') === 'mimetype' &&
    buf.subarray(38, 38 + TYPES.odt.length).toString('latin1') === TYPES.odt
  ) {
    return 'odt';
  }
  if (buf.includes('word/document.xml') && buf.includes('[Content_Types].xml')) return 'docx';
  return null;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Stores an authentic or translated text of an instrument (Secretariat). Nothing is written unless it all checks out. */
export async function uploadText(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  file: MultipartFile | undefined,
) {
  if (!file) throw DocumentErrors.badUpload({ reason: 'no file' });
  const field = (name: string) => {
    const f = file.fields[name];
    return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
  };
  const language = field('language');
  if (!language || !LANGUAGE.test(language))
    throw DocumentErrors.badUpload({ reason: 'language must be a BCP 47 tag, e.g. ru, zh, en' });
  const authentic = field('authentic') === 'true';
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw DocumentErrors.fileTooLarge({ maxBytes: MAX_TEXT_BYTES });
    throw err;
  }
  const kind = detectType(content);
  if (!kind || (file.mimetype !== TYPES[kind] && file.mimetype !== 'application/octet-stream')) {
    throw DocumentErrors.unsupportedFile({ expected: Object.values(TYPES).join(', ') });
  }
  if (!(await repo.findInstrument(deps.db, id))) throw DocumentErrors.notFound({ id });
  const row = {
    id: newId(),
    instrument_id: id,
    language,
    authentic: authentic ? 1 : 0,
    filename: file.filename.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || `text.${kind}`,
    media_type: TYPES[kind],
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    uploaded_by: actor.email,
    uploaded_at: deps.now().toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertText(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'documents.text_uploaded',
      targetType: 'instrument',
      targetId: id,
      actingFor: 'secretariat',
      data: {
        textId: row.id,
        language,
        authentic,
        sha256: row.sha256,
        size: row.size,
        mediaType: row.media_type,
      },
    });
  });
  return {
    id: row.id,
    language,
    authentic,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
  };
}
