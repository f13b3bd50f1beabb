import type { Kysely } from 'kysely';

// Frozen: the regimes module's tables as of 2026-12-08. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('regimes_regime')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // The status dates, kept as columns for the stock and flow queries (ADR 0117).
    .addColumn('initiated_on', 'text')
    .addColumn('in_force_from', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('ends_on', 'text')
    // Visa regimes: the nationals the rule is for, for the visa matrix.
    .addColumn('nationals_of', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    // The sourced values, read whole.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('regimes_regime_in_force')
    .on('regimes_regime')
    .columns(['in_force_from', 'ends_on'])
    .execute();
  await db.schema
    .createIndex('regimes_regime_state')
    .on('regimes_regime')
    .columns(['state_code', 'type'])
    .execute();
  await db.schema
    .createIndex('regimes_regime_type')
    .on('regimes_regime')
    .columns(['type', 'in_force_from'])
    .execute();
  for (const col of ['initiated_on', 'withdrawn_on'])
    await db.schema.createIndex(`regimes_regime_${col}`).on('regimes_regime').column(col).execute();
  await db.schema
    .createTable('regimes_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('processed', 'integer', (c) => c.notNull())
    .addColumn('skipped_rows', 'text', (c) => c.notNull())
    // The file as uploaded; dropped when the import finishes.
    .addColumn('csv', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('regimes_import_status')
    .on('regimes_import')
    .columns(['status', 'created_at'])
    .execute();
}
