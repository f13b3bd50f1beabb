import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: attachments to draft decisions, and whether partners may follow and comment.
export async function up(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('decisions_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions_decision.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', pg ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decisions_attachment_decision')
    .on('decisions_attachment')
    .column('decision_id')
    .execute();
  await db.schema
    .alterTable('decisions_decision')
    .addColumn('open_to_partners', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
