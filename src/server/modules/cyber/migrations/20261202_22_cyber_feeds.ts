import type { Kysely } from 'kysely';

// Frozen: the exchange's feeds as of 2026-12-02. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('cyber_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('api_root_url', 'text', (c) => c.notNull())
    .addColumn('remote_collection', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('collection_id', 'text', (c) => c.notNull().references('cyber_collection.id'))
    .addColumn('auth_kind', 'text', (c) => c.notNull())
    // AES-256-GCM under CYBER_FEED_KEY (ADR 0022); null when the server needs none.
    .addColumn('credentials', 'text')
    .addColumn('interval_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Where the next poll starts: the poll's added_after, the page cursor it stopped at, and the
    // X-TAXII-Date-Added-Last of the last page stored. Written with each page's objects.
    .addColumn('added_after', 'text')
    .addColumn('next_token', 'text')
    .addColumn('last_added', 'text')
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('objects_total', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('objects_last_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_last_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cyber_feed_source')
    .unique()
    .on('cyber_feed')
    .columns(['api_root_url', 'remote_collection', 'collection_id'])
    .execute();
  await db.schema
    .createIndex('cyber_feed_due')
    .on('cyber_feed')
    .columns(['status', 'next_poll_at'])
    .execute();
}
