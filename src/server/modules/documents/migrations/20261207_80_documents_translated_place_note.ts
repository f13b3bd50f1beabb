import { sql, type Kysely } from 'kysely';

// Frozen: the place of signature and the source note become { en, ru, zh } JSON (ADR 0079). What was
// stored is the English version; Russian and Chinese start empty (the reader gets English) until the
// seed or a person writes them. Never edit; add a new migration.
export async function up(db: Kysely<unknown>) {
  for (const column of ['signed_place', 'source_note']) {
    const { rows } = await sql<{ id: string; value: string }>`
      SELECT id, ${sql.ref(column)} AS value FROM documents_instrument
      WHERE ${sql.ref(column)} IS NOT NULL`.execute(db);
    for (const row of rows) {
      const value = JSON.stringify({ en: row.value, ru: '', zh: '' });
      await sql`UPDATE documents_instrument SET ${sql.ref(column)} = ${value} WHERE id = ${row.id}`.execute(
        db,
      );
    }
  }
}
