import type { Kysely } from 'kysely';

// Frozen: the meetings module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('meetings_meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('body_code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('host_state', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seed_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meetings_meeting_start')
    .on('meetings_meeting')
    .columns(['start_date', 'id'])
    .execute();
  await db.schema
    .createIndex('meetings_meeting_body')
    .on('meetings_meeting')
    .columns(['body_code', 'start_date'])
    .execute();
  await db.schema
    .createIndex('meetings_meeting_seed_key')
    .on('meetings_meeting')
    .column('seed_key')
    .unique()
    .execute();

  await db.schema
    .createTable('meetings_participant')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings_meeting.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meetings_participant_pk', ['meeting_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex('meetings_participant_state')
    .on('meetings_participant')
    .columns(['state_code', 'meeting_id'])
    .execute();

  await db.schema
    .createTable('meetings_agenda_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings_meeting.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('meetings_agenda_item_position')
    .on('meetings_agenda_item')
    .columns(['meeting_id', 'position'])
    .unique()
    .execute();
  // NULLs are distinct on both engines, so only linked items are held to one per decision.
  await db.schema
    .createIndex('meetings_agenda_item_decision')
    .on('meetings_agenda_item')
    .columns(['meeting_id', 'decision_id'])
    .unique()
    .execute();
}
