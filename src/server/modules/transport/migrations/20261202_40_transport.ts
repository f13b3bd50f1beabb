import type { Kysely } from 'kysely';

// Frozen: the transport module's tables as of 2026-12-02. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('transport_node')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // The node's fields as JSON: nested sourced figures (capacities, dwell) that are read whole.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('transport_node_country')
    .on('transport_node')
    .columns(['country', 'id'])
    .execute();
  await db.schema
    .createTable('transport_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_id', 'text', (c) => c.notNull().references('transport_node.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('transport_node.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('transport_link_from').on('transport_link').column('from_id').execute();
  await db.schema.createIndex('transport_link_to').on('transport_link').column('to_id').execute();
  // Bumped in every write's transaction: each process rebuilds its planner graph when it moves.
  await db.schema
    .createTable('transport_network_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}
