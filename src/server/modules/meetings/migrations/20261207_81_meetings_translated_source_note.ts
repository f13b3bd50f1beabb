import { sql, type Kysely } from 'kysely';

// Frozen: a meeting's source note becomes { en, ru, zh } (ADR 0079). What was stored is the English
// version; Russian and Chinese start empty (the reader gets English) until the seed or a person writes
// them. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  const { rows } = await sql<{ id: string; source: string }>`
    SELECT id, source FROM meetings_meeting WHERE source IS NOT NULL`.execute(db);
  for (const row of rows) {
    const source = JSON.parse(row.source) as { note: unknown };
    if (typeof source.note !== 'string') continue;
    source.note = { en: source.note, ru: '', zh: '' };
    await sql`UPDATE meetings_meeting SET source = ${JSON.stringify(source)} WHERE id = ${row.id}`.execute(
      db,
    );
  }
}
