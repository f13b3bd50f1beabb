import { sql } from 'kysely';
import type { Database } from './database';

/**
 * Runs tasks that share a name one after another, across every process on the database: work that spans
 * several transactions (opening a project's approval calls the decisions module between two of them)
 * and must not run twice at once for one record. On PostgreSQL a session advisory lock, held on one
 * pooled connection for the length of the task, so a process killed mid-task releases it with its
 * connection; SQLite serves one process, where a chain of promises per name is enough.
 */
export class NamedLocks {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly database: Pick<Database, 'db' | 'kind'>) {}

  async run<T>(name: string, task: () => Promise<T>): Promise<T> {
    return this.inProcess(name, () =>
      this.database.kind === 'postgres' ? this.advisory(name, task) : task(),
    );
  }

  // The in-process chain also keeps one process from holding a pooled connection per waiting task.
  private async inProcess<T>(name: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(name) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(name, tail);
    await before;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  }

  private advisory<T>(name: string, task: () => Promise<T>): Promise<T> {
    return this.database.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtextextended(${name}, 0))`.execute(conn);
      try {
        return await task();
      } finally {
        await sql`select pg_advisory_unlock(hashtextextended(${name}, 0))`.execute(conn);
      }
    });
  }
}
