import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';

/**
 * A server for the benchmark, in its own process so the load generator does not share its event loop:
 *   bench/server.ts bare            a bare Fastify route, the baseline
 *   bench/server.ts app <dbUrl>     the platform on that database
 * Prints the port on stdout once listening.
 */
// A normal exit on SIGINT or SIGTERM, so that a profiled run (`node --cpu-prof`, BENCH_NODE_ARGS=--cpu-prof)
// writes its profile.
process.on('SIGINT', () => process.exit(0));
process.once('SIGTERM', () => process.exit(0));

async function main() {
  const [kind, dbUrl] = process.argv.slice(2);
  if (kind === 'bare') {
    const app = Fastify({ logger: false });
    app.get('/bare', async () => ({ status: 'ok' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    console.log((app.server.address() as { port: number }).port);
    return;
  }
  // All the load comes from 127.0.0.1: the per-address limit of anonymous callers would measure itself.
  const config = loadConfig({
    DATABASE_URL: dbUrl,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ANON_RATE_LIMIT: '0',
    // Shedding as in production; BENCH_SHEDDING=off measures the same load without it, for comparison.
    ...(process.env.BENCH_SHEDDING === 'off'
      ? { MAX_EVENT_LOOP_DELAY_MS: '0', MAX_IN_FLIGHT: '0', MAX_DB_WAITING: '0' }
      : {
          MAX_EVENT_LOOP_DELAY_MS: process.env.MAX_EVENT_LOOP_DELAY_MS ?? '100',
          MAX_IN_FLIGHT: process.env.MAX_IN_FLIGHT ?? '100',
          MAX_DB_WAITING: process.env.MAX_DB_WAITING ?? '20',
        }),
    ...(process.env.DB_POOL_SIZE && { DB_POOL_SIZE: process.env.DB_POOL_SIZE }),
  });
  const app = await buildApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log((app.server.address() as { port: number }).port);
}

void main();
