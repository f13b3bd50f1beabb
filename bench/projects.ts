import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pino from 'pino';
import { buildApp, createKernel, prepareDatabase } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/core/db/database';
import { newId } from '../src/server/core/ids';
import { startPostgres } from '../scripts/postgres';

/**
 * Benchmark of the financing ledger (issue 5): loads PROJECTS projects and ENTRIES ledger entries
 * straight into the tables through Kysely (batches of 500, one transaction), runs ANALYZE, starts the
 * platform in-process on a port, then measures one request at a time:
 *  - p95 of GET /api/v1/projects/{id}/finance, in the projects' own currency and converted to USD;
 *  - bookings per second of POST /api/v1/projects/{id}/transactions (disbursements, so that the
 *    over-disbursement check runs on every one), sequentially and with 8 in flight.
 * `npx tsx bench/projects.ts` runs it on SQLite and on a throwaway PostgreSQL and prints the figures.
 */
export interface BenchFigure {
  name: string;
  /** Milliseconds. */
  p95: number;
  /** For bookings: how many per second. */
  perSecond?: number;
}

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const BATCH = 500;
const FUNDERS = [
  ['KZ', 'KZT'],
  ['CN', 'CNY'],
  ['RU', 'USD'],
  ['UZ', 'USD'],
  ['IN', 'USD'],
] as const;
/** Per funder and currency, every 5 entries: a pledge, two commitments, a disbursement, an expenditure. */
const PATTERN = [
  ['pledge', 50_000_000n],
  ['commitment', 100_000_000n],
  ['commitment', 100_000_000n],
  ['disbursement', 30_000_000n],
  ['expenditure', 20_000_000n],
] as const;

async function inBatches<T>(total: number, make: (i: number) => T, insert: (rows: T[]) => Promise<unknown>) {
  for (let start = 0; start < total; start += BATCH) {
    const rows: T[] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) rows.push(make(i));
    await insert(rows);
  }
}

/** Loads the data set; returns the project ids. */
export async function loadDataset(dbUrl: string): Promise<string[]> {
  const config = loadConfig({ DATABASE_URL: dbUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const database = openDatabase(dbUrl);
  await prepareDatabase(createKernel(config, database, pino({ level: 'silent' })));
  const now = new Date().toISOString();
  const ids = Array.from({ length: PROJECTS }, () => newId());
  const text = (en: string) => JSON.stringify({ en, ru: en, zh: en });
  await database.db.transaction().execute(async (trx) => {
    await inBatches(
      PROJECTS,
      (i) => ({
        id: ids[i]!,
        title: text(`Benchmark project ${i}`),
        description: text('Benchmark data.'),
        expected_results: text('None.'),
        sector: 'transport_logistics',
        locations: JSON.stringify({ type: 'FeatureCollection', features: [] }),
        cost_minor: '500000000000',
        cost_currency: 'USD',
        proposing_state: null,
        stage: 'implementation',
        public: 1,
        demo: 0,
        planned_start: null,
        planned_end: null,
        approval_decision_id: null,
        approval_result: null,
        approval_number: null,
        approval_closed_at: null,
        created_at: now,
        created_by: null,
        updated_at: now,
      }),
      (rows) => trx.insertInto('projects_project').values(rows).execute(),
    );
    await inBatches(
      PROJECTS * 2,
      (i) => ({ project_id: ids[i >> 1]!, state_code: i % 2 ? 'KZ' : 'UZ' }),
      (rows) => trx.insertInto('projects_country').values(rows).execute(),
    );
    await inBatches(
      PROJECTS,
      (i) => ({ project_id: ids[i]!, party: 'KZ' }),
      (rows) => trx.insertInto('projects_sponsor').values(rows).execute(),
    );
    const perProject = Math.ceil(ENTRIES / PROJECTS);
    await inBatches(
      ENTRIES,
      (i) => {
        const j = i % perProject;
        const [funder, currency] = FUNDERS[Math.floor(j / PATTERN.length) % FUNDERS.length]!;
        const [kind, amount] = PATTERN[j % PATTERN.length]!;
        return {
          id: newId(),
          project_id: ids[Math.floor(i / perProject) % PROJECTS]!,
          kind,
          funder,
          currency,
          amount_minor: amount.toString(),
          value_date: '2026-01-15',
          agreement_number: null,
          reverses_id: null,
          reason: null,
          booked_at: now,
          booked_by: null,
          acting_for: 'secretariat',
        };
      },
      (rows) => trx.insertInto('finance_entry').values(rows).execute(),
    );
  });
  // As autovacuum would after a bulk load: without statistics the planners pick poor plans.
  await sql.raw(database.kind === 'postgres' ? 'vacuum analyze' : 'analyze').execute(database.db);
  await database.close();
  return ids;
}

function percentile95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)]!;
}

/** p95 of `n` requests one at a time, after 50 unmeasured ones (JIT, connection pool, caches). */
async function timed(urls: string[], n: number): Promise<number> {
  const times: number[] = [];
  for (let i = -50; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(urls[(i + n) % urls.length]!);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${urls[(i + n) % urls.length]} -> ${res.status}`);
    if (i >= 0) times.push(performance.now() - t0);
  }
  return percentile95(times);
}

export async function benchProjects(dbUrl: string): Promise<BenchFigure[]> {
  const engine = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const t0 = performance.now();
  const ids = await loadDataset(dbUrl);
  const loadSeconds = (performance.now() - t0) / 1000;
  const app = await buildApp(loadConfig({ DATABASE_URL: dbUrl, NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
    logger: false,
  });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1`;
    const token = await fetch(`${base}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'secretariat@example.org', password: 'demo-password', label: 'bench' }),
    });
    const auth = { authorization: `Bearer ${((await token.json()) as { token: string }).token}` };
    const post = (url: string, body: unknown, key?: string) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) },
        body: JSON.stringify(body),
      });
    for (const [currency, rate] of [
      ['KZT', '0.0021'],
      ['CNY', '0.14'],
    ]) {
      const r = await post('/finance/rates', { base: currency, quote: 'USD', rate, date: '2026-01-01' });
      if (r.status !== 201) throw new Error(`rate ${currency}: ${r.status}`);
    }
    const sample = ids.filter((_, i) => i % Math.ceil(ids.length / 200) === 0);
    const figures: BenchFigure[] = [
      {
        name: `GET /projects/{id}/finance (${engine})`,
        p95: await timed(
          sample.map((id) => `${base}/projects/${id}/finance`),
          400,
        ),
      },
      {
        name: `GET /projects/{id}/finance?reportCurrency=USD (${engine})`,
        p95: await timed(
          sample.map((id) => `${base}/projects/${id}/finance?reportCurrency=USD`),
          400,
        ),
      },
    ];

    // Bookings: disbursements of 0.01 USD by RU, well within its commitments, each with its own key.
    const booking = (id: string, i: number) =>
      post(
        `/projects/${id}/transactions`,
        { kind: 'disbursement', funder: 'RU', amount: '0.01', currency: 'USD', valueDate: '2026-02-01' },
        `bench-${engine}-${i}`,
      );
    const N = 300;
    const times: number[] = [];
    const s0 = performance.now();
    for (let i = 0; i < N; i++) {
      const b0 = performance.now();
      const res = await booking(sample[i % sample.length]!, i);
      if (res.status !== 201) throw new Error(`booking -> ${res.status} ${await res.text()}`);
      times.push(performance.now() - b0);
    }
    figures.push({
      name: `POST /projects/{id}/transactions, one at a time (${engine})`,
      p95: percentile95(times),
      perSecond: N / ((performance.now() - s0) / 1000),
    });
    const inFlight = 8;
    const c0 = performance.now();
    const ctimes: number[] = [];
    await Promise.all(
      Array.from({ length: inFlight }, async (_, w) => {
        for (let i = w; i < N; i += inFlight) {
          const b0 = performance.now();
          const res = await booking(sample[i % sample.length]!, N + i);
          if (res.status !== 201) throw new Error(`booking -> ${res.status} ${await res.text()}`);
          ctimes.push(performance.now() - b0);
        }
      }),
    );
    figures.push({
      name: `POST /projects/{id}/transactions, ${inFlight} in flight (${engine})`,
      p95: percentile95(ctimes),
      perSecond: N / ((performance.now() - c0) / 1000),
    });
    console.error(
      `${engine}: loaded ${PROJECTS} projects and ${ENTRIES} entries in ${loadSeconds.toFixed(1)} s`,
    );
    return figures;
  } finally {
    await app.close();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-projects-'));
  const pg = await startPostgres();
  const figures: BenchFigure[] = [];
  try {
    figures.push(...(await benchProjects(`sqlite:${dir}/bench.sqlite`)));
    figures.push(...(await benchProjects(pg.url)));
  } finally {
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nProjects and financing, one request at a time (${PROJECTS} projects, ${ENTRIES} ledger entries)`,
  );
  console.log('route'.padEnd(62) + 'p95 ms'.padStart(9) + 'per s'.padStart(9));
  for (const f of figures) {
    console.log(
      f.name.padEnd(62) + f.p95.toFixed(2).padStart(9) + (f.perSecond?.toFixed(0) ?? '').padStart(9),
    );
  }
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
