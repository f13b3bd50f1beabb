import type { Kysely } from 'kysely';

// Frozen: the kernel's Idempotency-Key store and register counters as of 2026-12-01. The modules that
// kept their own copies move their rows here in their own migrations. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('core_idempotency_key')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('core_idempotency_key_pk', ['scope', 'key'])
    .execute();
  await db.schema
    .createIndex('core_idempotency_key_expires')
    .on('core_idempotency_key')
    .column('expires_at')
    .execute();
  await db.schema
    .createTable('core_register')
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('core_register_pk', ['series', 'year'])
    .execute();
}
