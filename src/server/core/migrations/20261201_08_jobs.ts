import type { Kysely } from 'kysely';

// Frozen: the kernel's outbox and scheduler tables as of 2026-12-01. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  // One row per event and subscribed handler: the event's payload travels with each delivery, so that
  // raising an event costs one insert.
  await db.schema
    .createTable('core_event_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('handler', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('emitted_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('core_event_delivery_once', ['event_id', 'handler'])
    .execute();
  await db.schema
    .createIndex('core_event_delivery_due')
    .on('core_event_delivery')
    .columns(['status', 'due_at'])
    .execute();
  await db.schema
    .createTable('core_job')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_run_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
}
