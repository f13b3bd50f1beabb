import type { FastifyBaseLogger } from 'fastify';

/**
 * Typed events between modules, emitted after the transaction that caused them has committed. Each
 * module adds its events to `PlatformEvents` by declaration merging; handlers must be idempotent and
 * their failures are logged, never thrown back at the writer.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlatformEvents {}

type Handler<K extends keyof PlatformEvents> = (payload: PlatformEvents[K]) => Promise<void> | void;

export class EventBus {
  private readonly handlers = new Map<keyof PlatformEvents, Handler<never>[]>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  on<K extends keyof PlatformEvents>(event: K, handler: Handler<K>) {
    const list = this.handlers.get(event) ?? [];
    list.push(handler as Handler<never>);
    this.handlers.set(event, list);
  }

  emit<K extends keyof PlatformEvents>(event: K, payload: PlatformEvents[K]) {
    for (const h of this.handlers.get(event) ?? []) {
      const p = (async () => {
        try {
          await (h as Handler<K>)(payload);
        } catch (err) {
          this.log.error({ err, event }, 'event handler failed');
        }
      })();
      this.pending.add(p);
      void p.finally(() => this.pending.delete(p));
    }
  }

  /** Waits for the handlers already started: tests and shutdown use it. */
  async drain() {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
