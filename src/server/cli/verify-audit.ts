import { loadConfig } from '../config';
import { AuditLog } from '../core/audit/audit';
import { openDatabase } from '../core/db/database';

/** Verifies the audit hash chain; exits 1 and names the first broken link if it does not hold. */
async function main() {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    const result = await new AuditLog(database.kind).verify(database.db);
    if (result.ok) {
      console.log(`audit chain OK: ${result.checked} entries`);
    } else {
      const at = result.firstBroken
        ? `entry #${result.firstBroken.seq} (${result.firstBroken.id}, ${result.firstBroken.action})`
        : 'the head';
      console.error(
        `audit chain BROKEN at ${at}: ${result.reason}; ${result.checked} entries before it verify`,
      );
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
