import type { Kysely } from 'kysely';

// Frozen: the cyber exchange's tables as of 2026-12-01. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('cyber_collection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alias', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_state', 'text')
    .addColumn('members', 'text', (c) => c.notNull())
    .addColumn('last_added_us', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createTable('cyber_object')
    .addColumn('row_id', 'text', (c) => c.primaryKey())
    .addColumn('collection_id', 'text', (c) => c.notNull().references('cyber_collection.id'))
    .addColumn('stix_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('spec_version', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('version_us', 'bigint', (c) => c.notNull())
    .addColumn('date_added_us', 'bigint', (c) => c.notNull())
    .addColumn('publisher_state', 'text', (c) => c.notNull())
    .addColumn('tlp', 'integer', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .execute();
  // Keyset paging: date_added is unique per collection, so it alone is the cursor.
  await db.schema
    .createIndex('cyber_object_added')
    .unique()
    .on('cyber_object')
    .columns(['collection_id', 'date_added_us'])
    .execute();
  await db.schema
    .createIndex('cyber_object_version')
    .unique()
    .on('cyber_object')
    .columns(['collection_id', 'stix_id', 'version_us'])
    .execute();
  await db.schema.createIndex('cyber_object_stix_id').on('cyber_object').column('stix_id').execute();
  await db.schema
    .createTable('cyber_status')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collection_id', 'text', (c) => c.notNull().references('cyber_collection.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('request_timestamp', 'text', (c) => c.notNull())
    .addColumn('total_count', 'integer', (c) => c.notNull())
    .addColumn('success_count', 'integer', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('successes', 'text', (c) => c.notNull())
    .addColumn('failures', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cyber_secret')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('cursor_key', 'text', (c) => c.notNull())
    .execute();
}
