import { sql, type Kysely } from 'kysely';

// Frozen: an organisation's name becomes { en, ru, zh } (ADR 0079). What was stored is the English
// version; Russian and Chinese start empty (the reader gets English) until the seed or a person writes
// them. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT id, name FROM projects_organisation`.execute(db);
  for (const row of rows) {
    if (row.name.startsWith('{')) continue;
    const name = JSON.stringify({ en: row.name, ru: '', zh: '' });
    await sql`UPDATE projects_organisation SET name = ${name} WHERE id = ${row.id}`.execute(db);
  }
}
