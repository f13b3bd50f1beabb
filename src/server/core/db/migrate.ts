import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';

/**
 * Every module ships its migrations as a record of frozen `up` functions. Names start with a date so
 * that the global order is the order in which they were written, whichever module owns them.
 */
export type MigrationSet = Record<string, Migration>;

export async function migrateToLatest(db: Db, sets: MigrationSet[]): Promise<string[]> {
  const all: MigrationSet = {};
  for (const set of sets) {
    for (const [name, m] of Object.entries(set)) {
      if (all[name]) throw new Error(`Migration ${name} defined twice`);
      all[name] = m;
    }
  }
  const provider: MigrationProvider = { getMigrations: async () => all };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'core_migration',
    migrationLockTableName: 'core_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
