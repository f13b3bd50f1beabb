import type { Kysely } from 'kysely';

// Frozen: the environment module's tables as of 2026-12-08. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  // One row per version of a technology; `listed` marks the version the public registry shows.
  await db.schema
    .createTable('environment_technology')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    // Delimited `|arid|cold|` so one LIKE finds a climate on both engines.
    .addColumn('climates', 'text', (c) => c.notNull())
    .addColumn('maturity', 'text', (c) => c.notNull())
    .addColumn('water_bodies', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('latest', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('published_at', 'text')
    .addPrimaryKeyConstraint('environment_technology_pk', ['code', 'version'])
    .execute();
  for (const col of ['maturity', 'country', 'sector'] as const) {
    await db.schema
      .createIndex(`environment_technology_listed_${col}`)
      .on('environment_technology')
      .columns(['listed', col, 'code'])
      .execute();
  }
  await db.schema
    .createIndex('environment_technology_latest')
    .on('environment_technology')
    .columns(['latest', 'country', 'status'])
    .execute();
  await db.schema
    .createTable('environment_technology_photo')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('core_file.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('environment_technology_photo_pk', ['code', 'file_id'])
    .execute();
  await db.schema
    .createTable('environment_edition')
    .addColumn('edition', 'integer', (c) => c.primaryKey())
    .addColumn('released_at', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('migrated', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('environment_water_body')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('states', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .execute();
  await db.schema
    .createTable('environment_water_point')
    .addColumn('body_id', 'text', (c) => c.notNull().references('environment_water_body.id'))
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addPrimaryKeyConstraint('environment_water_point_pk', ['body_id', 'indicator', 'unit', 'date'])
    .execute();
}
