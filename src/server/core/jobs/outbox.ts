import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseKind } from '../../config';
import { tables, type Db, type DbOrTrx, type Trx } from '../db/database';
import { newId } from '../ids';
import type { Signals } from './signals';

/**
 * Typed events between modules. Each module adds its events to `PlatformEvents` by declaration
 * merging (`declare module '../../core/jobs'`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlatformEvents {}

export type EventName = keyof PlatformEvents;
export type EventHandler<K extends EventName> = (
  payload: PlatformEvents[K],
  meta: { eventId: string; attempt: number },
) => Promise<void> | void;

export interface OutboxTables {
  core_event_delivery: {
    id: string;
    event_id: string;
    event: string;
    payload: string;
    handler: string;
    status: DeliveryStatus;
    attempts: number;
    emitted_at: string;
    due_at: string;
    last_error: string | null;
    finished_at: string | null;
  };
}
export type DeliveryStatus = 'pending' | 'done' | 'parked';

export interface OutboxOptions {
  /** Attempts before a delivery is parked for the Secretariat. */
  maxAttempts: number;
  /** The first retry waits this long; each further one twice as long, up to an hour. */
  retryMs: number;
  /** How often the outbox is read for work another process (or this one before a restart) left. */
  pollMs: number;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 3600_000;
const SIGNAL = 'events';

interface Claimed {
  id: string;
  event_id: string;
  event: string;
  payload: string;
  handler: string;
  attempts: number;
}

/**
 * The transactional outbox. `emit` stores the event and one delivery per subscribed handler in the
 * writer's transaction, so an event exists exactly when its change does. After the commit a
 * dispatcher delivers each one at least once: at once in the emitting process (woken by the commit
 * signal), and by polling in every process, so work left by a killed process is done by another or
 * after the restart. A failing handler is retried with exponential backoff and, after
 * `maxAttempts`, parked: kept, listed for the Secretariat, retried on request. Handlers must be
 * idempotent. Delivery timing uses the wall clock, not the platform clock: it is plumbing, not
 * business time.
 */
export class EventOutbox {
  private readonly handlers = new Map<string, Map<string, EventHandler<never>>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Passes in one process run one after another, so that SQLite never hands a row to two of them. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly kind: DatabaseKind,
    private readonly signals: Signals,
    private readonly log: FastifyBaseLogger,
    private readonly opts: OutboxOptions,
  ) {
    signals.on(SIGNAL, () => this.wake());
  }

  /** Subscribes a handler under a name that stays the same across releases (`<module>.<reaction>`). */
  on<K extends EventName>(event: K, handler: string, fn: EventHandler<K>) {
    const byName = this.handlers.get(event) ?? new Map<string, EventHandler<never>>();
    if (byName.has(handler)) throw new Error(`Handler ${handler} subscribed twice to ${event}`);
    byName.set(handler, fn as EventHandler<never>);
    this.handlers.set(event, byName);
  }

  /** Stores the event in the caller's transaction; it is delivered once that transaction commits. */
  async emit<K extends EventName>(trx: Trx, event: K, payload: PlatformEvents[K]): Promise<void> {
    const handlers = [...(this.handlers.get(event)?.keys() ?? [])];
    if (handlers.length === 0) return;
    const now = new Date().toISOString();
    const eventId = newId();
    const json = JSON.stringify(payload);
    await tables<OutboxTables>(trx)
      .insertInto('core_event_delivery')
      .values(
        handlers.map((handler, i) => ({
          id: i === 0 ? eventId : newId(),
          event_id: eventId,
          event,
          payload: json,
          handler,
          status: 'pending' as const,
          attempts: 0,
          emitted_at: now,
          due_at: now,
          last_error: null,
          finished_at: null,
        })),
      )
      .execute();
    await this.signals.notify(trx, SIGNAL);
  }

  /** Wakes every process's dispatcher once `trx` commits (a parked delivery put back in line). */
  async wakeAfterCommit(trx: Trx) {
    await this.signals.notify(trx, SIGNAL);
  }

  start() {
    this.stopped = false;
    this.wake();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a delivery pass soon; a wake during a pass makes the pass run again. */
  wake() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = (async () => {
      do {
        this.again = false;
        try {
          if ((await this.pass()) === BATCH) this.again = true;
        } catch (err) {
          this.log.error({ err }, 'outbox pass failed');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      this.timer = setTimeout(() => this.wake(), this.opts.pollMs);
      this.timer.unref();
    });
  }

  /**
   * Delivers until nothing is pending for this process's handlers (parked deliveries do not count),
   * waiting out retry delays. Tests use it to await the reactions to what they did; shutdown does not.
   */
  async drain(): Promise<void> {
    for (;;) {
      const delivered = await this.pass();
      const next = await this.nextDue();
      if (next === null) return;
      const wait = Date.parse(next) - Date.now();
      if (delivered === 0) await new Promise((r) => setTimeout(r, Math.max(wait, 5)));
    }
  }

  private handlerNames(): string[] {
    return [...new Set([...this.handlers.values()].flatMap((m) => [...m.keys()]))];
  }

  private async nextDue(): Promise<string | null> {
    const names = this.handlerNames();
    if (!names.length) return null;
    const row = await tables<OutboxTables>(this.db)
      .selectFrom('core_event_delivery')
      .select((eb) => eb.fn.min('due_at').as('due'))
      .where('status', '=', 'pending')
      .where('handler', 'in', names)
      .executeTakeFirst();
    return (row?.due as string | null | undefined) ?? null;
  }

  /**
   * One batch. On PostgreSQL the due rows are locked `FOR UPDATE SKIP LOCKED` in a transaction held
   * while the handlers run, so processes take disjoint batches and a killed process's locks vanish
   * with its connection (another process takes the rows at its next poll). On SQLite one process owns
   * the file and its single connection cannot be held open under the handlers' own transactions.
   */
  private pass(): Promise<number> {
    const p = this.chain.then(() => this.passNow());
    this.chain = p.catch(() => undefined);
    return p;
  }

  private async passNow(): Promise<number> {
    const names = this.handlerNames();
    if (!names.length) return 0;
    if (this.kind === 'postgres') {
      return this.db.transaction().execute(async (trx) => {
        const claimed = await this.claim(trx, names, true);
        await this.settle(trx, await this.run(claimed));
        return claimed.length;
      });
    }
    const claimed = await this.claim(this.db, names, false);
    if (!claimed.length) return 0;
    const results = await this.run(claimed);
    await this.db.transaction().execute((trx) => this.settle(trx, results));
    return claimed.length;
  }

  private async claim(d: DbOrTrx, names: string[], lock: boolean): Promise<Claimed[]> {
    let q = tables<OutboxTables>(d)
      .selectFrom('core_event_delivery')
      .select(['id', 'event_id', 'event', 'payload', 'handler', 'attempts'])
      .where('status', '=', 'pending')
      .where('due_at', '<=', new Date().toISOString())
      .where('handler', 'in', names)
      .orderBy('due_at')
      .limit(BATCH);
    if (lock) q = q.forUpdate().skipLocked();
    return q.execute();
  }

  private async run(claimed: Claimed[]) {
    const results: { c: Claimed; error: string | null }[] = [];
    for (const c of claimed) {
      const fn = this.handlers.get(c.event)?.get(c.handler);
      try {
        if (!fn) throw new Error(`no handler ${c.handler} for ${c.event}`);
        await (fn as EventHandler<EventName>)(JSON.parse(c.payload) as never, {
          eventId: c.event_id,
          attempt: c.attempts + 1,
        });
        results.push({ c, error: null });
      } catch (err) {
        this.log.warn({ err, event: c.event, handler: c.handler }, 'event handler failed');
        results.push({ c, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return results;
  }

  private async settle(trx: Trx, results: { c: Claimed; error: string | null }[]) {
    const t = tables<OutboxTables>(trx);
    const now = new Date();
    const done = results.filter((r) => r.error === null).map((r) => r.c.id);
    for (let i = 0; i < done.length; i += 500) {
      await t
        .updateTable('core_event_delivery')
        .set((eb) => ({ status: 'done', attempts: eb('attempts', '+', 1), finished_at: now.toISOString() }))
        .where('id', 'in', done.slice(i, i + 500))
        .execute();
    }
    for (const { c, error } of results) {
      if (error === null) continue;
      const attempts = c.attempts + 1;
      const parked = attempts >= this.opts.maxAttempts;
      if (parked) this.log.error({ event: c.event, handler: c.handler, error }, 'event delivery parked');
      const backoff = Math.min(this.opts.retryMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      await t
        .updateTable('core_event_delivery')
        .set({
          status: parked ? 'parked' : 'pending',
          attempts,
          due_at: new Date(now.getTime() + backoff).toISOString(),
          last_error: error.slice(0, 2000),
          finished_at: parked ? now.toISOString() : null,
        })
        .where('id', '=', c.id)
        .execute();
    }
  }
}
