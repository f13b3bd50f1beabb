import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: the documents module's tables as of 2026-11-26. Never edit; add a new migration.
// Two parts are engine-specific: file contents (bytea / blob) and the full-text index (tsvector with
// pg_trgm for Chinese / FTS5).
export async function up(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('documents_instrument')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('body_code', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('decision_id', 'text')
    .addColumn('adopted_at', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_place', 'text')
    .addColumn('year', 'integer')
    .addColumn('depositary', 'text', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('withdrawal_notice_days', 'integer')
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('restricted_until', 'text')
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('source_note', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('entry_into_force', 'text')
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  for (const cols of [
    ['kind', 'id'],
    ['body_code', 'id'],
    ['year', 'id'],
    ['status', 'id'],
    ['classification', 'id'],
  ]) {
    await db.schema
      .createIndex(`documents_instrument_${cols[0]}`)
      .on('documents_instrument')
      .columns(cols)
      .execute();
  }

  await db.schema
    .createTable('documents_topic')
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('documents_topic_pk', ['instrument_id', 'topic'])
    .execute();
  await db.schema
    .createIndex('documents_topic_topic')
    .on('documents_topic')
    .columns(['topic', 'instrument_id'])
    .execute();

  await db.schema
    .createTable('documents_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('corrected_at', 'text')
    .addColumn('correction_reason', 'text')
    .execute();
  await db.schema
    .createIndex('documents_action_instrument')
    .on('documents_action')
    .columns(['instrument_id', 'date'])
    .execute();
  await db.schema
    .createIndex('documents_action_state')
    .on('documents_action')
    .columns(['state_code', 'instrument_id'])
    .execute();

  await db.schema
    .createTable('documents_relation')
    .addColumn('from_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('documents_relation_pk', ['from_id', 'to_id', 'kind'])
    .execute();
  await db.schema.createIndex('documents_relation_to').on('documents_relation').column('to_id').execute();

  await db.schema
    .createTable('documents_text')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('authentic', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', pg ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('documents_text_instrument')
    .on('documents_text')
    .column('instrument_id')
    .execute();

  await db.schema
    .createTable('documents_notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('documents_instrument.id'))
    .addColumn('depositary', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text')
    .addColumn('action_id', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_notification_number', ['depositary', 'year', 'seq'])
    .execute();
  await db.schema
    .createIndex('documents_notification_instrument')
    .on('documents_notification')
    .column('instrument_id')
    .execute();
  await db.schema
    .createTable('documents_notification_counter')
    .addColumn('depositary', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('documents_notification_counter_pk', ['depositary', 'year'])
    .execute();

  if (pg) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create table documents_search (
      instrument_id text primary key references documents_instrument(id),
      tsv tsvector not null,
      zh text not null
    )`.execute(db);
    await sql`create index documents_search_tsv on documents_search using gin (tsv)`.execute(db);
    await sql`create index documents_search_zh on documents_search using gin (zh gin_trgm_ops)`.execute(db);
  } else {
    await sql`create virtual table documents_search using fts5(instrument_id unindexed, content, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
  }
}
