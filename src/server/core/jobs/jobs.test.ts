import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';
import { openDatabase, tables } from '../db/database';
import { defineModule } from '../module';
import type { OutboxTables } from './outbox';
import { defineJob } from './scheduler';

declare module './index' {
  interface PlatformEvents {
    'testing.flaky_happened': { n: number };
    'testing.broken_happened': { n: number };
  }
}

/** A module of the test only: one handler that fails a set number of times, one that fails until fixed. */
const heard: { db: unknown; channel: string }[] = [];
let onHeard: (() => void) | undefined;
const world = {
  flakyFailures: 0,
  flakyCalls: [] as number[],
  broken: true,
  brokenDelivered: [] as number[],
  hourlyRuns: 0,
};

const testingModule = defineModule({
  name: 'testing',
  dependsOn: [],
  permissions: {},
  migrations: {},
  jobs: [
    defineJob({
      name: 'testing.hourly',
      due: { every: 3600_000 },
      run: async () => {
        world.hourlyRuns++;
      },
    }),
  ],
  subscribe: (kernel) => {
    for (const channel of ['testing_committed', 'testing_rolled_back']) {
      kernel.signals.on(channel, () => {
        heard.push({ db: kernel.db, channel });
        onHeard?.();
      });
    }
    kernel.events.on('testing.flaky_happened', 'testing.flaky', (e, meta) => {
      world.flakyCalls.push(meta.attempt);
      if (world.flakyFailures-- > 0) throw new Error(`flaky failure on attempt ${meta.attempt}`);
      expect(e.n).toBe(1);
    });
    kernel.events.on('testing.broken_happened', 'testing.broken', (e) => {
      if (world.broken) throw new Error('the handler is broken');
      world.brokenDelivered.push(e.n);
    });
  },
});

describe('durable events and jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(
      { EVENT_MAX_ATTEMPTS: '3', EVENT_RETRY_MS: '1' },
      { extraModules: [testingModule] },
    );
  });
  afterAll(() => t.close());

  const deliveries = (event: string) =>
    tables<OutboxTables>(t.database.db)
      .selectFrom('core_event_delivery')
      .select(['id', 'status', 'attempts', 'last_error'])
      .where('event', '=', event)
      .execute();

  it('stores an event only when the transaction that raised it commits', async () => {
    const k = t.app.kernel;
    await expect(
      k.db.transaction().execute(async (trx) => {
        await k.events.emit(trx, 'testing.flaky_happened', { n: 0 });
        throw new Error('the change is refused');
      }),
    ).rejects.toThrow('the change is refused');
    await k.events.drain();
    expect(await deliveries('testing.flaky_happened')).toEqual([]);
    expect(world.flakyCalls).toEqual([]);
  });

  it('retries a handler that throws and delivers the event once it succeeds', async () => {
    const k = t.app.kernel;
    world.flakyFailures = 2;
    await k.db.transaction().execute((trx) => k.events.emit(trx, 'testing.flaky_happened', { n: 1 }));
    await k.events.drain();
    expect(world.flakyCalls).toEqual([1, 2, 3]);
    expect(await deliveries('testing.flaky_happened')).toMatchObject([
      { status: 'done', attempts: 3, last_error: 'flaky failure on attempt 2' },
    ]);
  });

  it('parks a delivery that keeps failing, lists it for the Secretariat and delivers it again on an audited retry', async () => {
    const k = t.app.kernel;
    await k.db.transaction().execute((trx) => k.events.emit(trx, 'testing.broken_happened', { n: 7 }));
    await k.events.drain();
    const [parked] = await deliveries('testing.broken_happened');
    expect(parked).toMatchObject({ status: 'parked', attempts: 3, last_error: 'the handler is broken' });

    const secretariat = await bearer(t.app, 'secretariat@example.org');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/jobs/parked', headers: secretariat });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([
      {
        id: parked!.id,
        event: 'testing.broken_happened',
        handler: 'testing.broken',
        attempts: 3,
        lastError: 'the handler is broken',
        payload: { n: 7 },
      },
    ]);
    const delegate = await bearer(t.app, 'coordinator.kz@example.org');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/jobs/parked', headers: delegate })).statusCode,
    ).toBe(403);
    const retryUrl = `/api/v1/jobs/parked/${parked!.id}/retry`;
    expect((await t.app.inject({ method: 'POST', url: retryUrl, headers: delegate })).statusCode).toBe(403);

    world.broken = false;
    expect((await t.app.inject({ method: 'POST', url: retryUrl, headers: secretariat })).statusCode).toBe(
      204,
    );
    await k.events.drain();
    expect(world.brokenDelivered).toEqual([7]);
    expect(await deliveries('testing.broken_happened')).toMatchObject([{ status: 'done', attempts: 1 }]);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/jobs/parked', headers: secretariat })).json().items,
    ).toEqual([]);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=jobs.delivery_retried',
      headers: secretariat,
    });
    expect(audit.json().items).toMatchObject([{ targetId: parked!.id, data: { handler: 'testing.broken' } }]);

    const again = await t.app.inject({ method: 'POST', url: retryUrl, headers: secretariat });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('jobs.delivery_not_parked');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/jobs/parked/no-such-delivery/retry',
      headers: secretariat,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('jobs.delivery_not_found');
  });

  it('runs a periodic job once per period, before requests are served and not again after a restart', async () => {
    expect(world.hourlyRuns).toBe(1);
    await t.restart();
    expect(world.hourlyRuns).toBe(1);
    const later = new Date(Date.now() + 2 * 3600_000);
    await t.restart({ now: () => later });
    expect(world.hourlyRuns).toBe(2);
    const jobs = await tables<{ core_job: { name: string; last_run_at: string | null } }>(t.database.db)
      .selectFrom('core_job')
      .select(['name', 'last_run_at'])
      .orderBy('name')
      .execute();
    expect(jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining([
        'core.outbox_purge',
        'core.idempotency_purge',
        'decisions.close_due',
        'decisions.remind',
        'testing.hourly',
      ]),
    );
    expect(jobs.find((j) => j.name === 'core.outbox_purge')?.last_run_at).not.toBeNull();
    await t.restart();
  });

  it.runIf(inject('dbKind') === 'postgres')(
    'runs a periodic job once when two platforms start on one database at the same time',
    async () => {
      const later = new Date(Date.now() + 4 * 3600_000);
      const before = world.hourlyRuns;
      const second = openDatabase(t.config.databaseUrl);
      // Both skip the migrations and seeds, as the workers of a cluster do.
      const opts = { logger: false, now: () => later, modules: t.modules, prepare: false } as const;
      const [a, b] = await Promise.all([
        buildApp(t.config, { ...opts, database: t.database }),
        buildApp(t.config, { ...opts, database: second }),
      ]);
      await a.close();
      await b.close();
      await second.close();
      expect(world.hourlyRuns).toBe(before + 1);
    },
  );

  it.runIf(inject('dbKind') === 'postgres')(
    'signals another platform on the same database when the transaction commits, never when it rolls back',
    async () => {
      const second = openDatabase(t.config.databaseUrl);
      const b = await buildApp(t.config, {
        logger: false,
        modules: t.modules,
        prepare: false,
        database: second,
      });
      heard.length = 0; // a platform that starts listening fires every channel once, to catch up
      const k = t.app.kernel;
      await expect(
        k.db.transaction().execute(async (trx) => {
          await k.signals.notify(trx, 'testing_rolled_back');
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      const heardByB = new Promise<void>((resolve) => {
        onHeard = () => {
          if (heard.some((h) => h.db === second.db && h.channel === 'testing_committed')) resolve();
        };
      });
      await k.db.transaction().execute((trx) => k.signals.notify(trx, 'testing_committed'));
      await heardByB;
      // Notifications arrive in commit order: a rolled-back one would have come first.
      expect(heard.filter((h) => h.db === second.db).map((h) => h.channel)).toEqual(['testing_committed']);
      await b.close();
      await second.close();
    },
  );
});
