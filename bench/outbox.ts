import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { defineModule } from '../src/server/core/module';
import { modules } from '../src/server/modules';

declare module '../src/server/core/jobs' {
  interface PlatformEvents {
    'bench.happened': { i: number };
  }
}

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const PER_TRANSACTION = 100;

/**
 * Events through the outbox, one handler that does nothing (the outbox's own cost), two figures:
 * - raised and delivered: writers commit `EVENTS` events, `PER_TRANSACTION` to a transaction, while
 *   the dispatcher delivers them; from the first commit to the last delivery;
 * - delivered from a backlog: the same number left in the outbox (a restart after an outage), then
 *   delivered; the dispatcher's own rate.
 */
export async function benchOutbox(url: string, engine: string) {
  let delivered = 0;
  const benchModule = defineModule({
    name: 'bench',
    dependsOn: [],
    permissions: {},
    migrations: {},
    subscribe: (kernel) =>
      kernel.events.on('bench.happened', 'bench.count', () => {
        delivered++;
      }),
  });
  const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await buildApp(config, { logger: false, modules: [...modules, benchModule] });
  const k = app.kernel;
  const raise = async () => {
    for (let i = 0; i < EVENTS; i += PER_TRANSACTION) {
      await k.db.transaction().execute(async (trx) => {
        for (let j = i; j < Math.min(i + PER_TRANSACTION, EVENTS); j++)
          await k.events.emit(trx, 'bench.happened', { i: j });
      });
    }
  };
  const t0 = performance.now();
  await raise();
  await k.events.drain();
  const endToEnd = EVENTS / ((performance.now() - t0) / 1000);
  await k.events.stop();
  await raise();
  const t1 = performance.now();
  await k.events.drain();
  const backlog = EVENTS / ((performance.now() - t1) / 1000);
  await app.close();
  if (delivered !== 2 * EVENTS) throw new Error(`outbox delivered ${delivered} of ${2 * EVENTS}`);
  return [
    { name: `raised and delivered (${engine}, ${EVENTS} events)`, perSecond: endToEnd },
    { name: `delivered from a backlog (${engine}, ${EVENTS} events)`, perSecond: backlog },
  ];
}
