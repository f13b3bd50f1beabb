import { sql } from 'kysely';
import pino from 'pino';
import { createKernel, prepareDatabase } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/core/db/database';
import { newId } from '../src/server/core/ids';

const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];
const title = JSON.stringify({ en: 'Benchmark item', ru: 'Пункт для замеров', zh: '基准项目' });
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
  // VACUUM as well on PostgreSQL, so autovacuum does not start working during the measurements.
  await sql.raw(database.kind === 'postgres' ? 'vacuum analyze' : 'analyze').execute(db);
  await database.close();
  return ids;
}

const EN = [
  'energy',
  'transport',
  'security',
  'culture',
  'investment',
  'environment',
  'education',
  'health',
  'water',
  'digital',
];
const RU = [
  'энергетического',
  'транспортного',
  'безопасности',
  'культурного',
  'инвестиционного',
  'экологического',
  'образовательного',
  'здравоохранения',
  'водного',
  'цифрового',
];
const ZH = ['能源', '交通', '安全', '文化', '投资', '环境', '教育', '卫生', '水资源', '数字'];

/**
 * Documents data set: `instruments` instruments with `actionsPer` state actions each (signature and
 * notification of each state), and `plans` plans of `itemsPer` items with a report on every third item.
 * Returns sample instrument and plan ids.
 */
export async function seedDocuments(
  dbUrl: string,
  instruments: number,
  actionsPer: number,
  plans: number,
  itemsPer: number,
): Promise<{ instruments: string[]; plans: string[] }> {
  const config = loadConfig({ DATABASE_URL: dbUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const database = openDatabase(dbUrl);
  const kernel = createKernel(config, database, pino({ level: 'silent' }));
  await prepareDatabase(kernel);
  const db = database.db;
  const now = new Date().toISOString();
  const ids: string[] = [];
  const planIds: string[] = [];
  const rows = Array.from({ length: instruments }, (_, i) => {
    const id = newId();
    ids.push(id);
    const a = i % 10;
    const b = (i * 7) % 10;
    return {
      id,
      kind: i % 3 ? 'agreement' : 'decision',
      title: JSON.stringify({
        en: `Agreement on ${EN[a]} and ${EN[b]} cooperation No. ${i}`,
        ru: `Соглашение о сотрудничестве в области ${RU[a]} и ${RU[b]} развития № ${i}`,
        zh: `关于${ZH[a]}和${ZH[b]}合作的协定第${i}号`,
      }),
      summary: null,
      body_code: 'HGC',
      meeting_id: null,
      decision_id: null,
      adopted_at: '2024-07-04',
      signed_at: '2024-07-04',
      signed_place: null,
      year: 2010 + (i % 16),
      depositary: 'secretariat',
      rule: JSON.stringify({ rule: 'after_notifications', count: 'all', days: 30 }),
      withdrawal_notice_days: null,
      classification: 'public',
      restricted_until: null,
      topics: JSON.stringify(['economy']),
      source_url: null,
      source_note: 'benchmark data',
      demo: 1,
      status: 'in_force',
      entry_into_force: '2025-03-02',
      explanation: JSON.stringify({ key: 'eif.after_last_notification', params: {}, text: '' }),
      created_at: now,
      created_by: null,
    };
  });
  await db.transaction().execute(async (trx) => {
    await inBatches(rows, (b) => trx.insertInto('documents_instrument').values(b).execute());
    await inBatches(
      ids.map((id) => ({ instrument_id: id, topic: 'economy' })),
      (b) => trx.insertInto('documents_topic').values(b).execute(),
    );
    const actions = ids.flatMap((id) =>
      Array.from({ length: actionsPer }, (_, j) => ({
        id: newId(),
        instrument_id: id,
        state_code: MEMBERS[Math.floor(j / 2) % MEMBERS.length]!,
        kind: j % 2 ? 'notification' : 'signature',
        date: j % 2 ? '2025-01-31' : '2024-07-04',
        text: null,
        recorded_by: 'bench',
        recorded_at: now,
        corrected_at: null,
        correction_reason: null,
      })),
    );
    await inBatches(actions, (b) => trx.insertInto('documents_action').values(b).execute());
    if (database.kind === 'postgres') {
      await sql`insert into documents_search (instrument_id, tsv, zh)
        select id, to_tsvector('english', title::json->>'en') || to_tsvector('russian', title::json->>'ru'), title::json->>'zh'
        from documents_instrument where source_note = 'benchmark data'`.execute(trx);
    } else {
      const { ftsContent } = await import('../src/server/modules/documents/search.analysis');
      await inBatches(rows, async (b) => {
        for (const r of b) {
          const t = JSON.parse(r.title) as { en: string; ru: string; zh: string };
          await sql`insert into documents_search (instrument_id, content) values (${r.id}, ${ftsContent([t.en, t.ru, t.zh])})`.execute(
            trx,
          );
        }
      });
    }
    for (let p = 0; p < plans; p++) {
      const planId = newId();
      planIds.push(planId);
      await trx
        .insertInto('plans_plan')
        .values({
          id: planId,
          instrument_id: ids[p]!,
          title: title,
          demo: 1,
          created_at: now,
          created_by: null,
        })
        .execute();
      const items: Record<string, unknown>[] = [];
      const groups: string[] = [];
      for (let k = 0; k < itemsPer; k++) {
        const id = newId();
        const isGroup = k % 10 === 0;
        if (isGroup) groups.push(id);
        items.push({
          id,
          plan_id: planId,
          parent_id: isGroup ? null : groups.at(-1)!,
          position: k,
          title,
          responsible_states: JSON.stringify(isGroup ? [] : [MEMBERS[k % 10], MEMBERS[(k + 3) % 10]]),
          responsible_bodies: '[]',
          deadline: k % 4 ? '2030-12-31' : '2025-06-30',
          indicator: null,
          target: null,
          weight: 1 + (k % 3),
        });
      }
      await inBatches(items, (b) => trx.insertInto('plans_item').values(b).execute());
      const reports = items
        .filter((it, k) => k % 3 === 1 && it.parent_id)
        .map((it, k) => ({
          id: newId(),
          plan_id: planId,
          item_id: it.id as string,
          state_code: (JSON.parse(it.responsible_states as string) as string[])[0]!,
          status: 'in_progress',
          percent: (k * 13) % 101,
          narrative: null,
          evidence: '[]',
          reported_at: now,
          reported_by: 'bench',
        }));
      await inBatches(reports, (b) => trx.insertInto('plans_report').values(b).execute());
    }
  });
  // VACUUM as well on PostgreSQL, so autovacuum does not start working during the measurements.
  await sql.raw(database.kind === 'postgres' ? 'vacuum analyze' : 'analyze').execute(db);
  await database.close();
  return { instruments: ids, plans: planIds };
}
