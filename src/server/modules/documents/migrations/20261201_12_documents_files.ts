import type { Kysely } from 'kysely';
import { copyLegacyFiles } from '../../../core/migrations/20261201_10_core_files';

interface Tables {
  documents_text: {
    id: string;
    instrument_id: string;
    filename: string;
    media_type: string;
    size: number | string;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string | null;
    uploaded_at: string;
  };
}

// Frozen: texts move into core_file under their own id; the module keeps language and authenticity.
export async function up(db: Kysely<unknown>) {
  const k = db as Kysely<Tables>;
  const rows = await k
    .selectFrom('documents_text')
    .select(['id', 'instrument_id', 'filename', 'media_type', 'size', 'sha256', 'uploaded_by', 'uploaded_at'])
    .orderBy('id')
    .execute();
  await copyLegacyFiles(
    db,
    rows.map(({ instrument_id, ...r }) => ({
      ...r,
      use: 'documents.text',
      owner_module: 'documents',
      owner_record: instrument_id,
      // Only the Secretariat could upload texts.
      acting_for: 'secretariat',
    })),
    async (id) =>
      (await k.selectFrom('documents_text').select('content').where('id', '=', id).executeTakeFirstOrThrow())
        .content,
  );
  for (const column of ['filename', 'media_type', 'size', 'sha256', 'content', 'uploaded_by', 'uploaded_at'])
    await db.schema.alterTable('documents_text').dropColumn(column).execute();
}
