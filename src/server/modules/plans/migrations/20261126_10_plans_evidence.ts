import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: evidence files attached to progress reports.
export async function up(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('plans_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('plans_report.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans_plan.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', pg ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_evidence_report').on('plans_evidence').column('report_id').execute();
}
