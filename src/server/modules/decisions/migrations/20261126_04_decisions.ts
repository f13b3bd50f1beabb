import type { Kysely } from 'kysely';

// Frozen: the decisions module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('decisions_decision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('concerned_state', 'text')
    .addColumn('effect', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema
    .createIndex('decisions_decision_status')
    .on('decisions_decision')
    .columns(['status', 'id'])
    .execute();
  await db.schema
    .createIndex('decisions_decision_visibility')
    .on('decisions_decision')
    .columns(['visibility', 'id'])
    .execute();
  await db.schema
    .createIndex('decisions_decision_body')
    .on('decisions_decision')
    .columns(['body_code', 'id'])
    .execute();
  await db.schema
    .createIndex('decisions_decision_due')
    .on('decisions_decision')
    .columns(['status', 'procedure', 'deadline'])
    .execute();
  await db.schema
    .createIndex('decisions_decision_meeting')
    .on('decisions_decision')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('decisions_participant')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions_decision.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decisions_participant_pk', ['decision_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex('decisions_participant_state')
    .on('decisions_participant')
    .columns(['state_code', 'decision_id'])
    .execute();

  await db.schema
    .createTable('decisions_position')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions_decision.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decisions_position_pk', ['decision_id', 'state_code'])
    .execute();

  await db.schema
    .createTable('decisions_text_version')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions_decision.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('note', 'text')
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decisions_text_version_pk', ['decision_id', 'version'])
    .execute();

  await db.schema
    .createTable('decisions_comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions_decision.id'))
    .addColumn('parent_id', 'text')
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decisions_comment_decision')
    .on('decisions_comment')
    .columns(['decision_id', 'id'])
    .execute();

  await db.schema
    .createTable('decisions_register')
    .addColumn('body_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('decisions_register_pk', ['body_code', 'year'])
    .execute();
}
