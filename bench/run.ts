import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../scripts/postgres';
import { benchOutbox } from './outbox';
import { benchCyber, printCyber, type CyberFigure } from './cyber';
import { startMain, startServer, type BenchServer } from './processes';
import { benchProjects } from './projects';
import { benchStarvation, printStarvation, type StarvationFigures } from './starvation';
import { benchTransport, printTransport } from './transport';
import { seedDecisions, seedDocuments } from './seed';

/**
 * `npm run bench`: measures, in one run, a bare Fastify route (the baseline) and platform routes on
 * SQLite and on PostgreSQL. Under load (autocannon, 50 connections): requests/s, p99 and the ratio to
 * the baseline (point reads of a state, a decision and a document, a list of 50). One request at a time:
 * p95 latency. Bookings per second, one at a time and with 8 in flight. Three `src/server/main.ts`
 * processes on one PostgreSQL against one (states list, a decision page), with the ratio 3 vs 1.
 * Absolute numbers drift between machines; compare ratios, and runs on the same machine.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 10_000);
/**
 * `BENCH_ONLY=reads,outbox,scaling,bookings,cyber,starvation,transport` runs only those parts (all by
 * default); `scaling` needs `reads` (it reuses the decisions loaded there).
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const runs = (part: string) => !ONLY || ONLY.includes(part);

interface Loaded {
  name: string;
  rps: number;
  p99: number;
  errors: number;
  /** The bare route measured right after this route. */
  bareRps?: number;
}

/** Set once the bare server listens: every route is followed by a run of the bare route. */
let bareUrl: string | undefined;

/**
 * Loads a route, then the bare route again right after it: other work on the machine comes and goes
 * within a run, so each route's ratio is taken against the bare route measured next to it.
 */
async function load(name: string, url: string | string[]): Promise<Loaded> {
  const r = await loadTogether(name, [Array.isArray(url) ? url : [url]]);
  if (bareUrl) r.bareRps = (await loadTogether('bare', [[bareUrl]])).rps;
  // As it goes, so that a run stopped part way still shows what it measured.
  console.error(`${name}: ${r.rps.toFixed(0)} req/s, bare ${r.bareRps?.toFixed(0) ?? '-'}`);
  return r;
}

/**
 * One autocannon per server (each with CONNECTIONS connections), all at once; `urls[i]` are the URLs
 * of server i. Throughputs add up; p99 is the worst of them.
 */
async function loadTogether(name: string, urls: string[][]): Promise<Loaded> {
  const opts = urls.map((list) => ({
    url: new URL(list[0]!).origin,
    connections: CONNECTIONS,
    requests: list.map((u) => ({ method: 'GET' as const, path: new URL(u).pathname + new URL(u).search })),
  }));
  await Promise.all(opts.map((o) => autocannon({ ...o, duration: 1 }))); // warm-up
  const runs = await Promise.all(opts.map((o) => autocannon({ ...o, duration: DURATION })));
  return {
    name,
    rps: runs.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

/** p95 of one request at a time, over `n` requests cycling through the URLs. */
async function p95(urls: string[], n = 400): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(urls[i % urls.length]!);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${urls[i % urls.length]} -> ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)]!;
}

async function main() {
  const loaded: Loaded[] = [];
  const bookings: { name: string; p95: number; perSecond?: number }[] = [];
  const latencies: { name: string; p95: number }[] = [];
  const outbox: { name: string; perSecond: number }[] = [];
  const scaling: { name: string; one: Loaded; three: Loaded }[] = [];
  let pgDecisions: string[] = [];
  const cyber: CyberFigure[] = [];
  const starvation: StarvationFigures[] = [];
  const servers: BenchServer[] = [];
  const bare = await startServer(['bare']);
  servers.push(bare);
  loaded.push(await load('bare Fastify route (baseline)', `http://127.0.0.1:${bare.port}/bare`));
  bareUrl = `http://127.0.0.1:${bare.port}/bare`;
  latencies.push({
    name: 'bare Fastify route (baseline)',
    p95: await p95([`http://127.0.0.1:${bare.port}/bare`]),
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-'));
  const pg = await startPostgres();
  try {
    for (const [engine, url] of runs('reads')
      ? ([
          ['sqlite', `sqlite:${dir}/bench.sqlite`],
          ['postgres', pg.url],
        ] as const)
      : []) {
      // The reference-data route first, on the freshly created database, so that the bulk loads below
      // (and the database's own clean-up after them) do not weigh on the ratio to the baseline.
      const fresh = await startServer(['app', url]);
      const freshBase = `http://127.0.0.1:${fresh.port}/api/v1`;
      loaded.push(await load(`GET /states (${engine})`, `${freshBase}/states`));
      loaded.push(await load(`GET /states/KZ (${engine}, uncached)`, `${freshBase}/states/KZ`));
      await fresh.stop();

      const t0 = performance.now();
      const ids = await seedDecisions(url, DECISIONS, 10);
      console.log(
        `${engine}: loaded ${DECISIONS} decisions and ${DECISIONS * 10} positions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      const t1 = performance.now();
      const docs = await seedDocuments(url, 20_000, 10, 100, 1_000);
      console.log(
        `${engine}: loaded 20000 instruments, 200000 actions and 100 plans of 1000 items in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
      );
      const app = await startServer(['app', url]);
      const base = `http://127.0.0.1:${app.port}/api/v1`;
      const sample = ids
        .filter((_, i) => i % Math.ceil(ids.length / 200) === 0)
        .map((id) => `${base}/decisions/${id}`);
      loaded.push(await load(`GET /decisions?limit=50 (${engine})`, `${base}/decisions?limit=50`));
      loaded.push(await load(`GET /decisions/{id} (${engine})`, sample));
      latencies.push({ name: `GET /states (${engine})`, p95: await p95([`${base}/states`]) });
      latencies.push({
        name: `GET /decisions?limit=50 (${engine})`,
        p95: await p95([
          `${base}/decisions?limit=50`,
          `${base}/decisions?status=open&limit=50`,
          `${base}/decisions?state=KZ&limit=50`,
        ]),
      });
      latencies.push({ name: `GET /decisions/{id} (${engine})`, p95: await p95(sample) });
      const docSample = docs.instruments
        .filter((_, i) => i % 100 === 0)
        .map((id) => `${base}/documents/${id}`);
      loaded.push(await load(`GET /documents/{id} (${engine})`, docSample));
      if (engine === 'postgres') pgDecisions = sample.map((u) => new URL(u).pathname);
      latencies.push({ name: `GET /documents/{id} (${engine})`, p95: await p95(docSample) });
      latencies.push({
        name: `GET /plans/{id} 1000 items (${engine})`,
        p95: await p95(
          docs.plans.map((id) => `${base}/plans/${id}`),
          200,
        ),
      });
      const queries = ['энергетического', '能源', 'transport', 'безопасности 交通', 'investment'];
      latencies.push({
        name: `GET /search?q= (${engine})`,
        p95: await p95(queries.map((q) => `${base}/search?q=${encodeURIComponent(q)}`)),
      });
      await app.stop();
    }
    if (runs('outbox')) {
      outbox.push(...(await benchOutbox(`sqlite:${dir}/outbox.sqlite`, 'sqlite')));
      outbox.push(...(await benchOutbox(pg.url, 'postgres')));
    }
    // Several processes on one PostgreSQL, as a Secretariat runs it: src/server/main.ts three times,
    // one load generator per process, against one process alone. Same data as above.
    const mains = runs('scaling')
      ? [await startMain(pg.url), await startMain(pg.url), await startMain(pg.url)]
      : [];
    const ports = mains.map((m) => m.port);
    for (const [what, paths] of runs('scaling')
      ? ([
          ['GET /states', ['/api/v1/states']],
          ['GET /decisions/{id}', pgDecisions],
        ] as const)
      : []) {
      const on = (port: number) => paths.map((p) => `http://127.0.0.1:${port}${p}`);
      scaling.push({
        name: what,
        one: await loadTogether(`${what}, 1 process`, [on(ports[0]!)]),
        three: await loadTogether(`${what}, 3 processes`, ports.map(on)),
      });
    }
    await Promise.all(mains.map((m) => m.stop()));
    // The ledger benchmark loads its own data set (5,000 projects, 1,000,000 entries) into fresh databases.
    if (runs('bookings')) {
      const ledgerDb = `sqlite:${dir}/ledger.sqlite`;
      for (const f of await benchProjects(ledgerDb)) (f.perSecond ? bookings : latencies).push(f);
      const pgLedger = await startPostgres();
      try {
        for (const f of await benchProjects(pgLedger.url)) (f.perSecond ? bookings : latencies).push(f);
      } finally {
        pgLedger.stop();
      }
    }
    // The cyber exchange loads its own collections (ingest through POST, then up to 1,000,000 objects).
    if (runs('cyber')) {
      cyber.push(...(await benchCyber(`sqlite:${dir}/cyber.sqlite`)));
      const pgCyber = await startPostgres();
      try {
        cyber.push(...(await benchCyber(pgCyber.url)));
      } finally {
        pgCyber.stop();
      }
    }
    // Load and starvation on fresh databases with the demo content (BENCH_STARVATION_SECONDS, default 60).
    if (runs('starvation')) {
      starvation.push(await benchStarvation(`sqlite:${dir}/starvation.sqlite`));
      const pgStarvation = await startPostgres();
      try {
        starvation.push(await benchStarvation(pgStarvation.url));
      } finally {
        pgStarvation.stop();
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const bares = loaded.map((r) => r.bareRps ?? r.rps).sort((a, b) => a - b);
  /** For the figures without a bare run of their own: the median of all bare runs. */
  const baseRps = bares[Math.floor(bares.length / 2)]!;
  console.log(
    `\nUnder load: ${CONNECTIONS} connections, ${DURATION} s per route, load generator on the same machine; each route's ratio is to the bare route measured right after it`,
  );
  console.log(
    'route'.padEnd(44) +
      'req/s'.padStart(10) +
      'p99 ms'.padStart(9) +
      'bare req/s'.padStart(12) +
      'ratio'.padStart(8) +
      'errors'.padStart(8),
  );
  for (const r of loaded) {
    console.log(
      r.name.padEnd(44) +
        r.rps.toFixed(0).padStart(10) +
        r.p99.toFixed(1).padStart(9) +
        (r.bareRps ?? r.rps).toFixed(0).padStart(12) +
        (r.rps / (r.bareRps ?? r.rps)).toFixed(2).padStart(8) +
        String(r.errors).padStart(8),
    );
  }
  console.log(
    `\nOne request at a time (${DECISIONS} decisions, ${DECISIONS * 10} positions, 20000 instruments, 200000 actions, 100000 plan items loaded)`,
  );
  console.log('route'.padEnd(60) + 'p95 ms'.padStart(9));
  for (const l of latencies) console.log(l.name.padEnd(60) + l.p95.toFixed(2).padStart(9));
  console.log('\nBookings (POST /projects/{id}/transactions, over 1,000,000 ledger entries)');
  console.log('run'.padEnd(60) + 'per s'.padStart(9) + 'p95 ms'.padStart(9) + 'ratio'.padStart(8));
  for (const b of bookings)
    console.log(
      b.name.padEnd(60) +
        (b.perSecond ?? 0).toFixed(0).padStart(9) +
        b.p95.toFixed(2).padStart(9) +
        ((b.perSecond ?? 0) / baseRps).toFixed(3).padStart(8),
    );
  console.log(
    `\nThree processes on one PostgreSQL against one (one load generator of ${CONNECTIONS} connections per process)`,
  );
  console.log(
    'route'.padEnd(28) +
      '1 proc req/s'.padStart(14) +
      '3 procs req/s'.padStart(15) +
      '3 vs 1'.padStart(8) +
      'errors'.padStart(8),
  );
  for (const x of scaling) {
    console.log(
      x.name.padEnd(28) +
        x.one.rps.toFixed(0).padStart(14) +
        x.three.rps.toFixed(0).padStart(15) +
        (x.three.rps / x.one.rps).toFixed(2).padStart(8) +
        String(x.one.errors + x.three.errors).padStart(8),
    );
  }
  console.log('\nEvents through the outbox (one handler that does nothing; target >= 2,000/s on SQLite)');
  console.log('run'.padEnd(60) + 'per s'.padStart(9));
  for (const o of outbox) console.log(o.name.padEnd(60) + o.perSecond.toFixed(0).padStart(9));
  printCyber(cyber);
  printStarvation(starvation);
  // The route planner is a library over an in-memory graph: measured in process, after the servers stopped.
  if (runs('transport')) printTransport(benchTransport());
  process.exit(0);
}

void main();
