import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RegimeBody } from '../src/contracts/regimes';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { toCsv } from '../src/server/core/http/csv';
import { COLUMNS, toCsvRow } from '../src/server/modules/regimes/regimes.csv';
import * as repo from '../src/server/modules/regimes/regimes.repository';
import { addDays } from '../src/server/modules/regimes/rules';
import { startPostgres } from '../scripts/postgres';

/**
 * Benchmark of the regimes registry (issue 13), in process through `app.inject` (no sockets), per engine:
 *  - "in force on D": p50/p95 of `GET /regimes?inForceOn=D&limit=50` over REGIMES_BENCH regimes (target p95
 *    < 20 ms), against `GET /health` measured in the same run (the baseline: the same request pipeline with
 *    no query);
 *  - a CSV import of REGIMES_IMPORT rows (target < 60 s), POST until the job says done, against the
 *    baseline of writing the same rows with the repository's bulk upsert alone (no parsing, no checks).
 * The machine's load average is printed with the figures. `npx tsx bench/regimes.ts` runs it alone.
 */
export interface RegimesFigure {
  name: string;
  p50?: number;
  p95?: number;
  seconds?: number;
  ratio?: number;
}

const REGIMES = Number(process.env.BENCH_REGIMES ?? 10_000);
const IMPORT_ROWS = Number(process.env.BENCH_REGIMES_IMPORT ?? 100_000);
const PASSWORD = 'bench-password';
const QUERIES = Number(process.env.BENCH_REGIMES_QUERIES ?? 200);
const STATES = ['CN', 'IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ', 'BY'];
const TYPES = [
  'special_economic_zone',
  'free_customs_zone',
  'tax_regime',
  'aeo_programme',
  'green_corridor',
] as const;

/** Fictitious regimes with dates spread over 2000-2030, so about half are in force on a day in 2015-2025. */
export function generateRegimes(n: number, prefix: string): RegimeBody[] {
  const out: RegimeBody[] = [];
  for (let i = 0; i < n; i++) {
    const start = addDays('2000-01-01', (i * 7919) % 9000);
    const withdrawn = i % 3 === 0 ? addDays(start, 365 + ((i * 31) % 4000)) : null;
    const source = { url: `https://example.org/bench/${i}`, readOn: '2026-12-01' };
    out.push({
      code: `${prefix}-${i}`,
      state: STATES[i % STATES.length]!,
      type: TYPES[i % TYPES.length]!,
      name: { en: `Bench regime ${i}`, ru: `Режим ${i}`, zh: `制度${i}` },
      legalBasis: { value: { act: `Bench act ${i}`, number: String(i), date: start }, source },
      area: { value: null, source: null },
      benefits: { value: 'Bench benefits', source },
      eligibility: { value: null, source: null },
      validity: { value: { from: null, until: null }, source: null },
      visa: { value: null, source: null },
      history: [
        { status: 'in_force', on: start, source },
        ...(withdrawn ? [{ status: 'withdrawn' as const, on: withdrawn, source: null }] : []),
      ],
    });
  }
  return out;
}

function quantiles(times: number[]) {
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

export async function benchRegimes(dbUrl: string, engine: string): Promise<RegimesFigure[]> {
  const config = loadConfig({
    DATABASE_URL: dbUrl,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_PASSWORD: PASSWORD,
  });
  const app = await buildApp(config, { logger: false });
  const figures: RegimesFigure[] = [];
  try {
    const at = new Date().toISOString();
    const rows = generateRegimes(REGIMES, 'B').map(({ code, ...f }) =>
      repo.toRow(code, f, { demo: false, at, by: null }),
    );
    for (let i = 0; i < rows.length; i += 500)
      await repo.upsertRegimes(app.kernel.db, rows.slice(i, i + 500));

    const timed = async (urls: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const t0 = performance.now();
        const res = await app.inject(urls[i % urls.length]!);
        if (res.statusCode !== 200) throw new Error(`${urls[i % urls.length]} -> ${res.statusCode}`);
        times.push(performance.now() - t0);
      }
      return quantiles(times);
    };
    const base = await timed(['/api/v1/health']);
    figures.push({ name: `GET /health (${engine}, baseline)`, ...base });
    const days = Array.from({ length: 20 }, (_, i) => addDays('2010-01-01', i * 300));
    const stock = await timed(days.map((d) => `/api/v1/regimes?inForceOn=${d}&limit=50`));
    figures.push({
      name: `in force on D, ${REGIMES} regimes (${engine})`,
      ...stock,
      ratio: stock.p95 / base.p95,
    });
    const faceted = await timed(
      days.map((d, i) => `/api/v1/regimes?inForceOn=${d}&state=${STATES[i % 10]}&limit=50`),
    );
    figures.push({ name: `in force on D, one state (${engine})`, ...faceted, ratio: faceted.p95 / base.p95 });

    const bodies = generateRegimes(IMPORT_ROWS, 'I');
    const csv = toCsv(
      COLUMNS,
      bodies.map((b) =>
        toCsvRow({ ...b, demo: false, inForceFrom: null, endsOn: null, unsourced: [], updatedAt: '' }),
      ),
    );
    const token = await bearerToken(app);
    const t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/regimes/imports',
      headers: { authorization: `Bearer ${token}` },
      payload: { csv },
    });
    if (res.statusCode !== 202) throw new Error(`import -> ${res.statusCode} ${res.body.slice(0, 300)}`);
    const id = res.json<{ id: string }>().id;
    for (;;) {
      const s = (
        await app.inject({
          url: `/api/v1/regimes/imports/${id}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).json<{ status: string }>();
      if (s.status === 'done') break;
      if (s.status === 'failed') throw new Error('import failed');
      await new Promise((r) => setTimeout(r, 200));
    }
    const importSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const bare = bodies.map(({ code, ...f }) => repo.toRow(`X${code}`, f, { demo: false, at, by: null }));
    for (let i = 0; i < bare.length; i += 500) {
      const chunk = bare.slice(i, i + 500);
      await app.kernel.db.transaction().execute((trx) => repo.upsertRegimes(trx, chunk));
    }
    const bareSeconds = (performance.now() - t1) / 1000;
    figures.push({ name: `bulk upsert of ${IMPORT_ROWS} rows (${engine}, baseline)`, seconds: bareSeconds });
    figures.push({
      name: `CSV import of ${IMPORT_ROWS} rows, ${(csv.length / 1e6).toFixed(0)} MB (${engine})`,
      seconds: importSeconds,
      ratio: importSeconds / bareSeconds,
    });
  } finally {
    await app.close();
  }
  return figures;
}

async function bearerToken(app: Awaited<ReturnType<typeof buildApp>>): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/tokens',
    payload: { email: 'secretariat@example.org', password: PASSWORD, label: 'bench' },
  });
  if (res.statusCode !== 201) throw new Error(`token -> ${res.statusCode}`);
  return res.json<{ token: string }>().token;
}

export function printRegimes(figures: RegimesFigure[]) {
  console.log(
    `\nRegimes (issue 13; targets: in force on D p95 < 20 ms, 100,000-row import < 60 s); load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  console.log(
    'run'.padEnd(60) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + 's'.padStart(8) + 'ratio'.padStart(8),
  );
  for (const f of figures)
    console.log(
      f.name.padEnd(60) +
        (f.p50?.toFixed(2) ?? '').padStart(9) +
        (f.p95?.toFixed(2) ?? '').padStart(9) +
        (f.seconds?.toFixed(1) ?? '').padStart(8) +
        (f.ratio?.toFixed(2) ?? '').padStart(8),
    );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-regimes-'));
  const figures = await benchRegimes(`sqlite:${dir}/regimes.sqlite`, 'sqlite');
  if (process.env.BENCH_REGIMES_ENGINES !== 'sqlite') {
    const pg = await startPostgres();
    try {
      figures.push(...(await benchRegimes(pg.url, 'postgres')));
    } finally {
      pg.stop();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  printRegimes(figures);
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
