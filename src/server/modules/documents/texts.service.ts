import type { InstrumentDto } from '../../../contracts/documents';
import type { Actor } from '../../core/auth/actor';
import type { DbOrTrx } from '../../core/db/database';
import {
  checkFile,
  defineFileUse,
  describeFiles,
  FileErrors,
  findFile,
  OFFICE_KINDS,
  storeFile,
  type FileInput,
  type StoredFile,
} from '../../core/files';
import type { DocumentsDeps } from './documents.service';
import { DocumentErrors } from './documents.errors';
import * as repo from './documents.repository';
import * as textRows from './texts.repository';

type TextDto = InstrumentDto['texts'][number];

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Authentic and translated texts of instruments. */
export const textUse = defineFileUse({
  name: 'documents.text',
  module: 'documents',
  accepts: OFFICE_KINDS,
  maxBytes: 20 * 1024 * 1024,
});

function toTextDto(t: { id: string; language: string; authentic: number }, f: StoredFile): TextDto {
  return {
    id: t.id,
    language: t.language,
    authentic: !!Number(t.authentic),
    filename: f.filename,
    mediaType: f.mediaType,
    size: f.size,
    sha256: f.sha256,
    uploadedAt: f.uploadedAt,
  };
}

export async function listTextDtos(db: DbOrTrx, instrumentId: string): Promise<TextDto[]> {
  const texts = await textRows.listTexts(db, instrumentId);
  const files = new Map(
    (
      await describeFiles(
        db,
        texts.map((t) => t.id),
      )
    ).map((f) => [f.id, f]),
  );
  return texts.flatMap((t) => {
    const f = files.get(t.id);
    return f ? [toTextDto(t, f)] : [];
  });
}

/**
 * Stores an authentic or translated text of an instrument (Secretariat). Nothing is written unless it
 * all checks out. @throws uploads.*, documents.not_found
 */
export async function uploadText(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  input: { language?: string; authentic?: boolean },
  file: FileInput,
): Promise<TextDto> {
  const checked = await checkFile(textUse, file);
  const language = input.language;
  if (!language || !LANGUAGE.test(language))
    throw FileErrors.badUpload({ reason: 'language must be a BCP 47 tag, e.g. ru, zh, en' });
  const authentic = !!input.authentic;
  if (!(await repo.findInstrument(deps.db, id))) throw DocumentErrors.notFound({ id });
  return deps.db.transaction().execute(async (trx) => {
    const f = await storeFile(trx, checked, {
      ownerRecord: id,
      uploadedBy: actor.email,
      actingFor: 'secretariat',
      at: deps.now().toISOString(),
    });
    const row = { id: f.id, instrument_id: id, language, authentic: authentic ? 1 : 0 };
    await textRows.insertText(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'documents.text_uploaded',
      targetType: 'instrument',
      targetId: id,
      actingFor: 'secretariat',
      data: { textId: f.id, language, authentic, sha256: f.sha256, size: f.size, mediaType: f.mediaType },
    });
    return toTextDto(row, f);
  });
}

/** A text's stored file, for download; the caller has checked that the actor may see the instrument. */
export async function getTextFile(deps: Pick<DocumentsDeps, 'db'>, id: string, textId: string) {
  const t = await textRows.findText(deps.db, id, textId);
  const f = t && (await findFile(deps.db, 'documents', t.id));
  if (!f) throw DocumentErrors.notFound({ id: textId });
  return f;
}
