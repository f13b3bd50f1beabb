import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: stored files of every module (metadata, and the bytes in chunks so downloads stream).
export async function up(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('core_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('use', 'text', (c) => c.notNull())
    .addColumn('owner_module', 'text', (c) => c.notNull())
    .addColumn('owner_record', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('acting_for', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('core_file_owner')
    .on('core_file')
    .columns(['owner_module', 'owner_record'])
    .execute();
  await db.schema.createIndex('core_file_sha256').on('core_file').column('sha256').execute();
  await db.schema
    .createTable('core_file_chunk')
    .addColumn('file_id', 'text', (c) => c.notNull().references('core_file.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', pg ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addPrimaryKeyConstraint('core_file_chunk_pk', ['file_id', 'seq'])
    .execute();
}

/** A module's file row as it stood before the kernel kept files. */
export interface LegacyFile {
  id: string;
  use: string;
  owner_module: string;
  owner_record: string;
  filename: string;
  media_type: string;
  size: number | string;
  sha256: string;
  uploaded_by: string | null;
  acting_for: string | null;
  uploaded_at: string;
}

const LEGACY_KINDS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

/**
 * Frozen helper for the modules' own migrations: copies their files into core_file under the same id,
 * with the stored hash and the bytes untouched, one file in memory at a time.
 */
export async function copyLegacyFiles(
  db: Kysely<unknown>,
  files: readonly LegacyFile[],
  content: (id: string) => Promise<Uint8Array>,
): Promise<void> {
  const k = db as Kysely<{
    core_file: LegacyFile & { kind: string };
    core_file_chunk: { file_id: string; seq: number; bytes: Uint8Array };
  }>;
  const chunk = 256 * 1024;
  for (const f of files) {
    const bytes = Buffer.from(await content(f.id));
    await k
      .insertInto('core_file')
      .values({ ...f, size: bytes.length, kind: LEGACY_KINDS[f.media_type] ?? 'legacy' })
      .execute();
    for (let seq = 0; seq * chunk < bytes.length; seq++)
      await k
        .insertInto('core_file_chunk')
        .values({ file_id: f.id, seq, bytes: bytes.subarray(seq * chunk, (seq + 1) * chunk) })
        .execute();
  }
}
