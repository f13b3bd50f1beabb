import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { startPostgres } from '../scripts/postgres';
import { startServer } from './processes';

/**
 * "Load and starvation" (issue 16): CONNECTIONS connections of mixed load for SECONDS against the
 * platform in its own process: anonymous public reads (states, the calendar feed, decisions), positions
 * on an open decision, comments, and bookings with an Idempotency-Key (one in five a replay). Reports
 * req/s, p50/p99, errors, requests never answered, and the first-byte time of a fresh connection's
 * GET /api/v1/health during the load, each against a baseline measured in the same run (a bare Fastify
 * route under the same connections; health on an idle server). The per-address limit of anonymous
 * callers is switched off: one address stands for many, the load a per-address limit cannot stop.
 * `BENCH_STARVATION_SECONDS=10 npx tsx bench/starvation.ts` for a short try; 60 s by default.
 */
const SECONDS = Number(process.env.BENCH_STARVATION_SECONDS ?? 60);
const CONNECTIONS = 200;
/** A request with no answer within this time counts as never answered. */
const TIMEOUT_SECONDS = 30;

export interface StarvationFigures {
  engine: string;
  rps: number;
  bareRps: number;
  p50: number;
  p99: number;
  /** Answers by class, and requests that got none (connection errors, timeouts). */
  ok: number;
  clientErrors: number;
  shed: number;
  serverErrors: number;
  unanswered: number;
  healthIdleMs: number;
  healthUnderLoadMedianMs: number;
  healthUnderLoadMaxMs: number;
}

/**
 * Milliseconds from opening a new connection to the first byte of GET /api/v1/health, measured in a
 * process of its own: this one runs the load generators, whose event loop would delay the reading.
 */
const FIRST_BYTE = `
const net = require('node:net');
const t0 = performance.now();
const s = net.connect(Number(process.argv[1]), '127.0.0.1', () =>
  s.write('GET /api/v1/health HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: close\\r\\n\\r\\n'));
s.once('data', () => { console.log(performance.now() - t0); s.destroy(); });
s.on('error', (e) => { console.error(e.message); process.exit(1); });`;

function healthFirstByte(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', FIRST_BYTE, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(Number(out.trim())) : reject(new Error('health probe failed')),
    );
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function setUp(base: string) {
  const token = async (email: string) => {
    const res = await fetch(`${base}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-password', label: 'starvation bench' }),
    });
    if (res.status !== 201) throw new Error(`token ${email}: ${res.status}`);
    return `Bearer ${((await res.json()) as { token: string }).token}`;
  };
  const secretariat = await token('secretariat@example.org');
  const kz = await token('coordinator.kz@example.org');
  const send = (url: string, auth: string, body: unknown, key?: string) =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        authorization: auth,
        'content-type': 'application/json',
        ...(key && { 'idempotency-key': key }),
      },
      body: JSON.stringify(body),
    });
  const open = (await (await fetch(`${base}/decisions?status=open`)).json()) as { items: { id: string }[] };
  const position = { state: 'KZ', position: 'support' };
  let decision: string | undefined;
  for (const d of open.items)
    if ((await send(`/decisions/${d.id}/positions`, kz, position)).ok) {
      decision = d.id;
      break;
    }
  if (!decision) throw new Error('no open decision takes a position of KZ');
  const projects = (await (
    await fetch(`${base}/projects`, { headers: { authorization: secretariat } })
  ).json()) as { items: { id: string }[] };
  const booking = { kind: 'pledge', funder: 'KZ', amount: '1.00', currency: 'USD', valueDate: '2026-01-01' };
  let project: string | undefined;
  for (const p of projects.items)
    if (
      (await send(`/projects/${p.id}/transactions`, secretariat, booking, `setup-${p.id}`)).status === 201
    ) {
      project = p.id;
      break;
    }
  if (!project) throw new Error('no project takes a pledge');
  return { secretariat, kz, decision, project, position, booking };
}

export async function benchStarvation(dbUrl: string): Promise<StarvationFigures> {
  const engine = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const bare = await startServer(['bare']);
  const bareRun = await autocannon({
    url: `http://127.0.0.1:${bare.port}/bare`,
    connections: CONNECTIONS,
    duration: Math.min(SECONDS, 10),
  });
  await bare.stop();

  const server = await startServer(['app', dbUrl]);
  const { port } = server;
  try {
    const origin = `http://127.0.0.1:${port}`;
    const s = await setUp(`${origin}/api/v1`);
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) idle.push(await healthFirstByte(port));

    const json = { 'content-type': 'application/json' };
    let key = 0;
    const common = { url: origin, duration: SECONDS, timeout: TIMEOUT_SECONDS };
    const loads = [
      autocannon({
        ...common,
        connections: 110,
        requests: [
          { method: 'GET', path: '/api/v1/states' },
          { method: 'GET', path: '/api/v1/calendar.ics' },
          { method: 'GET', path: '/api/v1/decisions?limit=20' },
        ],
      }),
      autocannon({
        ...common,
        connections: 40,
        requests: [
          {
            method: 'POST',
            path: `/api/v1/decisions/${s.decision}/positions`,
            headers: { ...json, authorization: s.kz },
            body: JSON.stringify(s.position),
          },
        ],
      }),
      autocannon({
        ...common,
        connections: 25,
        requests: [
          {
            method: 'POST',
            path: `/api/v1/decisions/${s.decision}/comments`,
            headers: { ...json, authorization: s.secretariat },
            body: JSON.stringify({ body: 'Load and starvation benchmark' }),
          },
        ],
      }),
      autocannon({
        ...common,
        connections: 25,
        requests: [
          {
            method: 'POST',
            path: `/api/v1/projects/${s.project}/transactions`,
            body: JSON.stringify(s.booking),
            setupRequest: (req) => {
              key++;
              // One in five is a client's retry of the previous booking: replayed, not booked twice.
              const k = key % 5 === 0 ? key - 1 : key;
              return {
                ...req,
                headers: { ...json, authorization: s.secretariat, 'idempotency-key': `bench-${k}` },
              };
            },
          },
        ],
      }),
    ];
    const underLoad: number[] = [];
    const probing = (async () => {
      await new Promise((r) => setTimeout(r, 2000));
      const end = Date.now() + (SECONDS - 3) * 1000;
      while (Date.now() < end) {
        underLoad.push(await healthFirstByte(port));
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    const runs = await Promise.all(loads);
    await probing;
    if (process.env.BENCH_DEBUG)
      for (const [i, r] of runs.entries())
        console.error(i, r.requests.average, r.latency.p50, r.latency.p99, JSON.stringify(r.statusCodeStats));
    const sum = (f: (r: autocannon.Result) => number) => runs.reduce((a, r) => a + f(r), 0);
    const status = (r: autocannon.Result, code: number) =>
      (r.statusCodeStats as Record<string, { count: number }> | undefined)?.[String(code)]?.count ?? 0;
    return {
      engine,
      rps: sum((r) => r.requests.average),
      bareRps: bareRun.requests.average,
      p50: Math.max(...runs.map((r) => r.latency.p50)),
      p99: Math.max(...runs.map((r) => r.latency.p99)),
      ok: sum((r) => r['2xx'] + r['3xx']),
      clientErrors: sum((r) => r['4xx']),
      shed: sum((r) => status(r, 503)),
      serverErrors: sum((r) => r['5xx'] - status(r, 503)),
      unanswered: sum((r) => r.errors + r.timeouts),
      healthIdleMs: median(idle),
      healthUnderLoadMedianMs: median(underLoad),
      healthUnderLoadMaxMs: Math.max(...underLoad),
    };
  } finally {
    await server.stop();
  }
}

export function printStarvation(figures: StarvationFigures[]) {
  console.log(
    `\nLoad and starvation: ${CONNECTIONS} connections of mixed load for ${SECONDS} s (targets: none unanswered, p99 < 1 s, fresh health < 200 ms)`,
  );
  console.log(
    'engine'.padEnd(10) +
      'req/s'.padStart(8) +
      'bare'.padStart(8) +
      'ratio'.padStart(7) +
      'p50 ms'.padStart(8) +
      'p99 ms'.padStart(8) +
      '2xx/3xx'.padStart(9) +
      '4xx'.padStart(6) +
      '503'.padStart(7) +
      '5xx'.padStart(5) +
      'no answer'.padStart(10) +
      'health idle'.padStart(12) +
      'load med'.padStart(9) +
      'load max'.padStart(9) +
      'ratio'.padStart(7),
  );
  for (const f of figures) {
    console.log(
      f.engine.padEnd(10) +
        f.rps.toFixed(0).padStart(8) +
        f.bareRps.toFixed(0).padStart(8) +
        (f.rps / f.bareRps).toFixed(2).padStart(7) +
        f.p50.toFixed(0).padStart(8) +
        f.p99.toFixed(0).padStart(8) +
        String(f.ok).padStart(9) +
        String(f.clientErrors).padStart(6) +
        String(f.shed).padStart(7) +
        String(f.serverErrors).padStart(5) +
        String(f.unanswered).padStart(10) +
        f.healthIdleMs.toFixed(1).padStart(12) +
        f.healthUnderLoadMedianMs.toFixed(1).padStart(9) +
        f.healthUnderLoadMaxMs.toFixed(1).padStart(9) +
        (f.healthUnderLoadMedianMs / f.healthIdleMs).toFixed(1).padStart(7),
    );
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-starvation-'));
  const engines = (process.env.BENCH_STARVATION_ENGINES ?? 'sqlite,postgres').split(',');
  const pg = await startPostgres();
  try {
    const figures: StarvationFigures[] = [];
    if (engines.includes('sqlite')) figures.push(await benchStarvation(`sqlite:${dir}/bench.sqlite`));
    if (engines.includes('postgres')) figures.push(await benchStarvation(pg.url));
    printStarvation(figures);
  } finally {
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
