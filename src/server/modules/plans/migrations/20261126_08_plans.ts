import type { Kysely } from 'kysely';

// Frozen: the plans module's tables as of 2026-11-26. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('plans_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('plans_plan_instrument').on('plans_plan').column('instrument_id').execute();
  await db.schema
    .createTable('plans_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans_plan.id'))
    .addColumn('parent_id', 'text', (c) => c.references('plans_item.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('responsible_states', 'text', (c) => c.notNull())
    .addColumn('responsible_bodies', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('indicator', 'text')
    .addColumn('target', 'text')
    .addColumn('weight', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_item_plan').on('plans_item').columns(['plan_id', 'position']).execute();
  await db.schema
    .createTable('plans_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans_plan.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('plans_item.id'))
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('narrative', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plans_report_plan')
    .on('plans_report')
    .columns(['plan_id', 'item_id', 'state_code', 'reported_at'])
    .execute();
}
