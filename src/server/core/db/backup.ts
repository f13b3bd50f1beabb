import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/** pg_dump and pg_restore of the newest PostgreSQL installed under /usr/lib/postgresql, else from PATH. */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const candidate = path.join(root, v, 'bin', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return name;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

const sqliteFile = (url: string) => url.slice('sqlite:'.length);

/**
 * Writes a consistent copy of the database at `url` to `file` while the platform keeps running:
 * SQLite's online backup (every page as of one moment, WAL included), or `pg_dump` in its custom format
 * (one snapshot). Uploaded files live in the database, so they are in the copy.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (url.startsWith('sqlite:')) {
    const source = new SQLite(sqliteFile(url), { fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return;
  }
  await run(postgresTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
}

/**
 * Replaces the database at `url` with the backup in `file`; the platform must be stopped. SQLite: the copy
 * is written page by page into the target; PostgreSQL: `pg_restore` in one transaction, dropping what
 * the backup brings back first, so a failed restore leaves the database as it was.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (url.startsWith('sqlite:')) {
    const target = sqliteFile(url);
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const source = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return;
  }
  await run(postgresTool('pg_restore'), [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}
