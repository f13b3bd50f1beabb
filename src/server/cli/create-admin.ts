import { parseArgs } from 'node:util';
import pino from 'pino';
import { createKernel, prepareDatabase } from '../app';
import { loadConfig } from '../config';
import { today } from '../core/auth/actor';
import { createUser } from '../core/auth/users.service';
import { openDatabase } from '../core/db/database';

/**
 * Creates the first Secretariat administrator of a production installation:
 *   SCO_ADMIN_PASSWORD=… npm run admin:create -- --email admin@sectsco.org --name "Name"
 * The password comes from the environment (or stdin) so it never appears in the shell history.
 */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return data.trim();
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) {
    console.error(
      'usage: create-admin --email <email> --name <display name>  (password in SCO_ADMIN_PASSWORD or stdin)',
    );
    process.exit(2);
  }
  const password = process.env.SCO_ADMIN_PASSWORD || (await readStdin());
  if (password.length < 12) {
    console.error('SCO_ADMIN_PASSWORD: the password must have at least 12 characters');
    process.exit(2);
  }
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    const kernel = createKernel(config, database, pino({ level: 'warn' }));
    await prepareDatabase(kernel);
    const user = await createUser(kernel, null, { email: values.email, displayName: values.name, password }, [
      { state: null, role: 'secretariat_admin', validFrom: today() },
    ]);
    console.log(`created Secretariat administrator ${user.email} (${user.id})`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  const code = (err as { code?: string }).code;
  console.error(code === 'identity.email_taken' ? 'a user with this email exists already' : err);
  process.exit(1);
});
