import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { startPostgres } from '../scripts/postgres';

/**
 * `npm run bench`: measures, in one run and under the same load, a bare Fastify route (the baseline)
 * and platform routes on SQLite and on PostgreSQL, and prints requests/s, p99 latency and the ratio to
 * the baseline. Absolute numbers drift between machines; the ratios are what to compare.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function startServer(args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench', 'server.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const rl = readline.createInterface({ input: child.stdout! });
  for await (const line of rl) if (/^\d+$/.test(line.trim())) return Number(line.trim());
  throw new Error(`server ${args.join(' ')} did not start`);
}

interface Result {
  name: string;
  rps: number;
  p99: number;
  errors: number;
}

async function load(name: string, url: string): Promise<Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1 }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { name, rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main() {
  const results: Result[] = [];
  const bare = await startServer(['bare']);
  results.push(await load('bare Fastify route (baseline)', `http://127.0.0.1:${bare}/bare`));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-'));
  const pg = await startPostgres();
  try {
    for (const [engine, url] of [
      ['sqlite', `sqlite:${dir}/bench.sqlite`],
      ['postgres', pg.url],
    ] as const) {
      const port = await startServer(['app', url]);
      results.push(await load(`GET /api/v1/states (${engine})`, `http://127.0.0.1:${port}/api/v1/states`));
      results.push(
        await load(
          `GET /api/v1/states/KZ (${engine}, uncached)`,
          `http://127.0.0.1:${port}/api/v1/states/KZ`,
        ),
      );
    }
  } finally {
    children.forEach((c) => c.kill('SIGKILL'));
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const base = results[0]!.rps;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per route, load generator on the same machine\n`);
  console.log(
    'route'.padEnd(46) +
      'req/s'.padStart(10) +
      'p99 ms'.padStart(9) +
      'ratio'.padStart(8) +
      'errors'.padStart(8),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(46) +
        r.rps.toFixed(0).padStart(10) +
        r.p99.toFixed(1).padStart(9) +
        (r.rps / base).toFixed(2).padStart(8) +
        String(r.errors).padStart(8),
    );
  }
  process.exit(0);
}

void main();
