import type { Kysely } from 'kysely';

// Frozen: circulations, one receipt row per recipient state, the states' replies and the reminders sent.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('circulation_circulation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('owner_module', 'text', (c) => c.notNull())
    .addColumn('focal_roles', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('deadline_local', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createTable('circulation_recipient')
    .addColumn('circulation_id', 'text', (c) => c.notNull().references('circulation_circulation.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('deadline_at', 'text')
    .addColumn('opened_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('reminded_at', 'text')
    .addPrimaryKeyConstraint('circulation_recipient_pk', ['circulation_id', 'state_code'])
    .execute();
  // The reminder job reads the recipients still to act, by deadline.
  await db.schema
    .createIndex('circulation_recipient_deadline')
    .on('circulation_recipient')
    .columns(['deadline_at'])
    .execute();
  await db.schema
    .createTable('circulation_reply')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circulation_id', 'text', (c) => c.notNull().references('circulation_circulation.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('circulation_reply_circulation')
    .on('circulation_reply')
    .columns(['circulation_id', 'state_code'])
    .execute();
}
