import type { Kysely } from 'kysely';

// Frozen: the best-practices library as of 2026-12-02. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('cyber_practice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coa_id', 'text', (c) => c.notNull().unique())
    .addColumn('report_id', 'text', (c) => c.notNull().unique())
    .addColumn('proposer_state', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('tlp', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('plan_items', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cyber_practice_adoption')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('cyber_practice.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('adopted_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note_id', 'text', (c) => c.notNull().unique())
    .addColumn('first_recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cyber_practice_adoption_pk', ['practice_id', 'state_code'])
    .execute();
}
