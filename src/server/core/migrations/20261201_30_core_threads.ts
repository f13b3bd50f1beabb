import type { Kysely } from 'kysely';

// Frozen: the kernel's discussion threads as of 2026-12-01. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('core_thread_post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_module', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('core_thread_post.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_by', 'text')
    .addColumn('hidden_reason', 'text')
    .execute();
  await db.schema
    .createIndex('core_thread_post_owner')
    .on('core_thread_post')
    .columns(['owner_module', 'owner_id', 'id'])
    .execute();

  // Every text a post ever had, the first one included, with who wrote it for which state.
  await db.schema
    .createTable('core_thread_post_version')
    .addColumn('post_id', 'text', (c) => c.notNull().references('core_thread_post.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text')
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('core_thread_post_version_pk', ['post_id', 'version'])
    .execute();
}
