import { sql } from 'kysely';
import pino from 'pino';
import { createKernel, prepareDatabase } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/core/db/database';
import { newId } from '../src/server/core/ids';

const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];
const BATCH = 500;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Loads a benchmark data set straight through Kysely in batches: `decisions` decisions, each with all
 * ten members as participants and `positionsPer` positions. Prints one decision id to open.
 */
export async function seedDecisions(
  dbUrl: string,
  decisions: number,
  positionsPer: number,
): Promise<string[]> {
  const config = loadConfig({ DATABASE_URL: dbUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const database = openDatabase(dbUrl);
  const kernel = createKernel(config, database, pino({ level: 'silent' }));
  await prepareDatabase(kernel);
  const db = database.db;
  const ids: string[] = [];
  const title = JSON.stringify({ en: 'Benchmark decision', ru: 'Решение для замеров', zh: '基准决定' });
  const now = new Date().toISOString();
  const rows = Array.from({ length: decisions }, (_, i) => {
    const id = newId();
    ids.push(id);
    return {
      id,
      body_code: ['HSC', 'HGC', 'CFM', 'CNC'][i % 4]!,
      title,
      text: null,
      procedure: 'consensus',
      status: i % 3 === 0 ? 'open' : 'adopted',
      deadline: null,
      concerned_state: null,
      effect: null,
      meeting_id: null,
      visibility: 'public',
      demo: 0,
      version: 1,
      number: null,
      outcome: null,
      created_at: now,
      created_by: null,
      closed_at: null,
      reminded_at: null,
    };
  });
  await db.transaction().execute(async (trx) => {
    await inBatches(rows, (b) => trx.insertInto('decisions_decision').values(b).execute());
    const participants = ids.flatMap((id) => MEMBERS.map((s) => ({ decision_id: id, state_code: s })));
    await inBatches(participants, (b) => trx.insertInto('decisions_participant').values(b).execute());
    const positions = ids.flatMap((id) =>
      MEMBERS.slice(0, positionsPer).map((s, j) => ({
        decision_id: id,
        state_code: s,
        position: j % 5 === 0 ? 'statement' : 'support',
        text: null,
        recorded_at: now,
        recorded_by: 'bench',
      })),
    );
    await inBatches(positions, (b) => trx.insertInto('decisions_position').values(b).execute());
  });
  // As autovacuum would after a bulk load: without statistics the planners pick poor plans.
  await sql`analyze`.execute(db);
  await database.close();
  return ids;
}
