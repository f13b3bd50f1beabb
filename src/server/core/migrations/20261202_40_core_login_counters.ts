import type { Kysely } from 'kysely';

// Frozen: the login limits' counters as of 2026-12-02 (ADR 0030). One row per limited key (an account
// from an address, an address, an account) and fixed window; never edit, add a new migration.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('identity_login_counter')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('identity_login_counter_window')
    .on('identity_login_counter')
    .column('window_start')
    .execute();
}
