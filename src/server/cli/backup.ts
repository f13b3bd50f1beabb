import { loadConfig } from '../config';
import { backupDatabase } from '../core/db/backup';

/** `npm run backup -- <file>`: a consistent copy of DATABASE_URL while the platform runs. */
async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run backup -- <file>');
    process.exit(2);
  }
  const config = loadConfig();
  await backupDatabase(config.databaseUrl, file);
  console.log(`backup of the ${config.databaseKind} database written to ${file}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
