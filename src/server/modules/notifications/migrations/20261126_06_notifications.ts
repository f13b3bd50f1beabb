import type { Kysely } from 'kysely';

// Frozen: the notifications module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('notifications_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_item_recipient')
    .on('notifications_item')
    .columns(['recipient', 'id'])
    .execute();
  await db.schema
    .createTable('notifications_read')
    .addColumn('item_id', 'text', (c) => c.notNull().references('notifications_item.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notifications_read_pk', ['item_id', 'user_id'])
    .execute();
}
