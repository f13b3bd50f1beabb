import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import type { DatabaseKind } from '../../config';
import type { DbOrTrx } from '../db/database';

const PREFIX = 'sco_';
const RECONNECT_MS = 1000;

/**
 * Wake-up calls between the processes of one platform: "there is new work in the outbox", "a
 * schedule moved", "a cache is stale". On PostgreSQL a signal is a NOTIFY sent inside the writer's
 * transaction, so every process (this one included, through its LISTEN connection) hears it only
 * after the commit. On SQLite there is one process: the signal is raised in-process on the next tick;
 * whatever the listener then reads waits behind the writer's transaction, which holds the only
 * connection, so it too sees the committed state. A signal carries no data and may be lost (a LISTEN
 * connection that drops) or repeated (a reconnecting process fires every channel once); listeners
 * therefore only hurry work that polling would also find, or drop what a poll would reload.
 */
export class Signals {
  private readonly listeners = new Map<string, (() => void)[]>();
  private client: pg.Client | null = null;
  private reconnect: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly kind: DatabaseKind,
    private readonly url: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Listens to a channel; register before `start`. */
  on(channel: string, fn: () => void) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), fn]);
  }

  /** Raises the signal when `d`'s transaction commits (at once when `d` is not a transaction). */
  async notify(d: DbOrTrx, channel: string) {
    if (this.kind === 'postgres') {
      await sql`select pg_notify(${PREFIX + channel}, '')`.execute(d);
    } else {
      setImmediate(() => this.fire(channel));
    }
  }

  async start() {
    if (this.kind !== 'postgres' || this.listeners.size === 0) return;
    await this.connect();
  }

  async close() {
    this.closed = true;
    clearTimeout(this.reconnect);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  private fire(channel: string) {
    for (const fn of this.listeners.get(channel) ?? []) fn();
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => this.fire(n.channel.slice(PREFIX.length)));
    client.on('error', (err) => {
      this.log.warn({ err }, 'signal connection lost; reconnecting');
      this.retry(client);
    });
    client.on('end', () => this.retry(client));
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${PREFIX}${channel}`);
      this.client = client;
      // Whatever was signalled while no connection listened is found by firing every channel once.
      for (const channel of this.listeners.keys()) this.fire(channel);
    } catch (err) {
      this.log.warn({ err }, 'could not listen for signals; retrying');
      this.retry(client);
    }
  }

  private retry(client: pg.Client) {
    if (this.closed || this.reconnect) return;
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.closed) void this.connect();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
