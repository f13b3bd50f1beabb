import type { Kysely } from 'kysely';

// Frozen: the transport network's links to projects, meetings and documents as of 2026-12-08.
// Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('transport_project_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // A project of the projects module, a meeting or a document of theirs: ids only, no foreign key
    // into another module's tables; they are read through those modules' doors.
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('effect', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('transport_project_link_unique')
    .on('transport_project_link')
    .columns(['project_id', 'target', 'target_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('transport_project_link_target')
    .on('transport_project_link')
    .columns(['target', 'target_id'])
    .execute();
  await db.schema
    .createTable('transport_corridor_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('corridor_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('transport_corridor_item_unique')
    .on('transport_corridor_item')
    .columns(['corridor_id', 'kind', 'item_id'])
    .unique()
    .execute();
}
