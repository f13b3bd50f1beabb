import type { MultipartFile } from '@fastify/multipart';
import type { Actor } from '../../core/auth/actor';
import { readOfficeUpload, UploadErrors } from '../../core/http/uploads';
import { newId } from '../../core/ids';
import type { DocumentsDeps } from './documents.service';
import { DocumentErrors } from './documents.errors';
import * as repo from './documents.repository';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Stores an authentic or translated text of an instrument (Secretariat). Nothing is written unless it all checks out. */
export async function uploadText(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  file: MultipartFile | undefined,
) {
  const upload = await readOfficeUpload(file);
  const language = upload.field('language');
  if (!language || !LANGUAGE.test(language))
    throw UploadErrors.badUpload({ reason: 'language must be a BCP 47 tag, e.g. ru, zh, en' });
  const authentic = upload.field('authentic') === 'true';
  if (!(await repo.findInstrument(deps.db, id))) throw DocumentErrors.notFound({ id });
  const row = {
    id: newId(),
    instrument_id: id,
    language,
    authentic: authentic ? 1 : 0,
    filename: upload.filename,
    media_type: upload.mediaType,
    size: upload.content.length,
    sha256: upload.sha256,
    content: upload.content,
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
