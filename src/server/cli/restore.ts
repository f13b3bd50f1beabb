import { loadConfig } from '../config';
import { AuditLog } from '../core/audit/audit';
import { restoreDatabase } from '../core/db/backup';
import { openDatabase } from '../core/db/database';

/**
 * `npm run restore -- <file>`: replaces DATABASE_URL with a backup (stop the platform first), then
 * verifies the restored audit chain; exits 1 if it does not hold.
 */
async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run restore -- <file>');
    process.exit(2);
  }
  const config = loadConfig();
  await restoreDatabase(config.databaseUrl, file);
  const database = openDatabase(config.databaseUrl);
  try {
    const result = await new AuditLog(database.kind).verify(database.db);
    if (!result.ok) {
      console.error(`restored, but the audit chain is BROKEN: ${result.reason}`);
      process.exitCode = 1;
      return;
    }
    console.log(`restored ${file}; audit chain OK: ${result.checked} entries`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
