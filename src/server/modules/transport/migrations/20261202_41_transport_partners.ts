import type { Kysely } from 'kysely';

// Frozen: the partnership network's tables as of 2026-12-02. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('transport_partner')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('node_id', 'text', (c) => c.notNull().references('transport_node.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text', (c) => c.notNull().unique())
    .addColumn('decision_number', 'text')
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .addColumn('applied_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('transport_partner_node').on('transport_partner').column('node_id').execute();
  await db.schema
    .createTable('transport_partner_indicator')
    .addColumn('partner_id', 'text', (c) => c.notNull().references('transport_partner.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addPrimaryKeyConstraint('transport_partner_indicator_pk', ['partner_id', 'year'])
    .execute();
}
