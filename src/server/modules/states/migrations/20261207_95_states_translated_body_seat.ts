import { sql, type Kysely } from 'kysely';

// Frozen: a body's seat becomes { en, ru, zh } (ADR 0079). What was stored is the English version;
// Russian and Chinese start empty (the reader gets English) until the seed or a person writes them.
// Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  const { rows } = await sql<{ code: string; seat: string }>`
    SELECT code, seat FROM states_body WHERE seat IS NOT NULL`.execute(db);
  for (const row of rows) {
    if (row.seat.startsWith('{')) continue;
    const seat = JSON.stringify({ en: row.seat, ru: '', zh: '' });
    await sql`UPDATE states_body SET seat = ${seat} WHERE code = ${row.code}`.execute(db);
  }
}
