import type { Kysely } from 'kysely';

// Frozen: admission steps and links from status entries to the decisions that caused them.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('states_admission_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state_code', 'text', (c) => c.notNull().references('states_state.code'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('reference', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('states_admission_step_state')
    .on('states_admission_step')
    .columns(['state_code', 'date'])
    .execute();
  await db.schema.alterTable('states_status').addColumn('decision_id', 'text').execute();
}
