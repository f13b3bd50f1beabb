import type { Kysely } from 'kysely';

// Frozen: uploads in flight held against their states' quota as of 2026-12-07 (ADR 0085). One row per
// upload and quota key, renewed while the upload runs; never edit, add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('core_upload_hold')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('quota_key', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('core_upload_hold_pk', ['id', 'quota_key'])
    .execute();
  await db.schema
    .createIndex('core_upload_hold_key')
    .on('core_upload_hold')
    .columns(['quota_key', 'expires_at'])
    .execute();
}
