import type { Kysely } from 'kysely';

// Frozen: the finance module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  // Immutable entries; a correction is a reversing entry (negative amount, `reverses_id` set).
  await db.schema
    .createTable('finance_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('funder', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('value_date', 'text', (c) => c.notNull())
    .addColumn('agreement_number', 'text')
    .addColumn('reverses_id', 'text', (c) => c.references('finance_entry.id'))
    .addColumn('reason', 'text')
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text')
    .addColumn('acting_for', 'text', (c) => c.notNull())
    .execute();
  // Covers the finance summary (GROUP BY over one project's entries) and the over-disbursement check
  // without touching the table: every column either query reads is in the index.
  await db.schema
    .createIndex('finance_entry_totals')
    .on('finance_entry')
    .columns(['project_id', 'funder', 'currency', 'kind', 'amount_minor'])
    .execute();
  await db.schema
    .createIndex('finance_entry_project')
    .on('finance_entry')
    .columns(['project_id', 'id'])
    .execute();
  // One reversal per entry, also when two reversals race.
  await db.schema
    .createIndex('finance_entry_reverses')
    .on('finance_entry')
    .column('reverses_id')
    .unique()
    .execute();

  await db.schema
    .createTable('finance_rate')
    .addColumn('base', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addPrimaryKeyConstraint('finance_rate_pk', ['base', 'quote', 'date'])
    .execute();

  // The unique key is what makes a retried POST book once, also when the retry races the original.
  await db.schema
    .createTable('finance_idempotency')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('finance_idempotency_pk', ['scope', 'key'])
    .execute();
}
