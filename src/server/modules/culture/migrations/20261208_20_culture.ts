import type { Kysely } from 'kysely';

// Frozen: the culture module's tables as of 2026-12-08. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('culture_programme')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('culture_designation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme', 'text', (c) => c.notNull().references('culture_programme.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('states', 'text', (c) => c.notNull())
    .addColumn('places', 'text', (c) => c.notNull())
    .addColumn('period_from', 'integer')
    .addColumn('period_to', 'integer')
    .addColumn('designated_on', 'text')
    .addColumn('decision_id', 'text', (c) => c.unique())
    .addColumn('decision_number', 'text')
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('culture_tentative')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme', 'text', (c) => c.notNull().references('culture_programme.code'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createTable('culture_nomination')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme', 'text', (c) => c.notNull().references('culture_programme.code'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('states', 'text', (c) => c.notNull())
    .addColumn('consents', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('places', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('tentative_id', 'text', (c) => c.references('culture_tentative.id'))
    .addColumn('off_list_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('missing', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text')
    .addColumn('decision_id', 'text', (c) => c.unique())
    .addColumn('designation_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('culture_dossier_part')
    .addColumn('file_id', 'text', (c) => c.primaryKey())
    .addColumn('nomination_id', 'text', (c) => c.notNull().references('culture_nomination.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('culture_dossier_part_nomination')
    .on('culture_dossier_part')
    .column('nomination_id')
    .execute();
  await db.schema
    .createTable('culture_evaluation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nomination_id', 'text', (c) => c.notNull().references('culture_nomination.id'))
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('culture_evaluation_one', ['nomination_id', 'expert_id'])
    .execute();
}
