import { sql, type Kysely } from 'kysely';

// Frozen: the source notes and summit names become { en, ru, zh } JSON (ADR 0079). What was stored is
// the English version; Russian and Chinese start empty (the reader gets English) until the seed or a
// person writes them. Never edit; add a new migration.
const COLUMNS: [table: string, key: string, column: string][] = [
  ['states_status', 'id', 'note'],
  ['states_body', 'code', 'note'],
  ['states_chairmanship', 'id', 'note'],
  ['states_chairmanship', 'id', 'summit'],
];

export async function up(db: Kysely<unknown>) {
  for (const [table, key, column] of COLUMNS) {
    const { rows } = await sql<{ key: string; value: string }>`
      SELECT ${sql.ref(key)} AS key, ${sql.ref(column)} AS value FROM ${sql.table(table)}
      WHERE ${sql.ref(column)} IS NOT NULL`.execute(db);
    for (const row of rows) {
      const value = JSON.stringify({ en: row.value, ru: '', zh: '' });
      await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${value}
        WHERE ${sql.ref(key)} = ${row.key}`.execute(db);
    }
  }
}
