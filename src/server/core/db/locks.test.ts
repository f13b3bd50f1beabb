import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness';
import { openDatabase, type Database } from './database';
import { NamedLocks } from './locks';

/**
 * Two handles on one database stand for two processes (on SQLite there is one process, so both share
 * one handle and its in-process chain).
 */
let first: Database;
let second: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshDatabase();
  first = fresh.database;
  drop = fresh.drop;
  second = first.kind === 'postgres' ? openDatabase(fresh.url) : first;
});
afterAll(async () => {
  if (second !== first) await second.close();
  await drop();
});

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('named locks', () => {
  it('runs tasks of one name one after another, also from another process', async () => {
    const a = new NamedLocks(first);
    const b = first === second ? a : new NamedLocks(second);
    const trace: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const one = a.run('projects.approval:p1', async () => {
      trace.push('one starts');
      await gate;
      trace.push('one ends');
    });
    await tick();
    const two = b.run('projects.approval:p1', async () => {
      trace.push('two starts');
    });
    const other = b.run('projects.approval:p2', async () => {
      trace.push('other name runs');
    });
    await other;
    await tick(100);
    expect(trace).toEqual(['one starts', 'other name runs']);
    open();
    await Promise.all([one, two]);
    expect(trace).toEqual(['one starts', 'other name runs', 'one ends', 'two starts']);
  });

  it('releases the lock when the task fails', async () => {
    const a = new NamedLocks(first);
    const b = first === second ? a : new NamedLocks(second);
    await expect(
      a.run('projects.approval:p3', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await b.run('projects.approval:p3', async () => 'ran')).toBe('ran');
  });
});
