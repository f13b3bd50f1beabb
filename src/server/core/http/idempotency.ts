import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PostgresAdapter, sql } from 'kysely';
import { tables, toNumber, type Db, type DbOrTrx, type Trx } from '../db/database';
import { defineError } from '../errors';

/**
 * Idempotency-Key for any module's POST, as the IETF httpapi draft "The Idempotency-Key HTTP Header
 * Field" describes it: the first request with a key is executed and its answer stored in the same
 * transaction as its effects; a retry with the same key and the same request gets the stored answer
 * without executing again; the same key with a different request is a 422; a retry that arrives while
 * the first is still running is a 409. Keys are scoped per user, so nobody replays another user's
 * answer, and expire after IDEMPOTENCY_TTL_HOURS. Failed requests store nothing (their transaction
 * rolls back), so a retry runs them again. ADR 0010.
 */
export const IdempotencyErrors = {
  keyReused: defineError<{ key: string }>(
    'idempotency.key_reused',
    422,
    'This Idempotency-Key was already used for a different request',
  ),
  inProgress: defineError<{ key: string }>(
    'idempotency.in_progress',
    409,
    'A request with this Idempotency-Key is still being processed; retry shortly',
  ),
};

export interface Idempotency {
  scope: string;
  key: string;
  requestHash: string;
  /** How long the stored answer is replayed (IDEMPOTENCY_TTL_HOURS). */
  ttlHours: number;
}

export interface Written<T> {
  status: number;
  body: T;
  /** True when the answer was stored by an earlier request with the same key. */
  replayed: boolean;
}

interface IdempotencyTables {
  core_idempotency_key: {
    scope: string;
    key: string;
    request_hash: string;
    /** 0 while the claiming transaction runs; never committed as 0. */
    status_code: number;
    response: string;
    created_at: string;
    expires_at: string;
  };
}

const store = (d: DbOrTrx) => tables<IdempotencyTables>(d);

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** The key of a request, if it carries one: scope = the user, hash = method, path and body. */
export function idempotencyOf(req: FastifyRequest): Idempotency | null {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !req.actor) return null;
  const requestHash = createHash('sha256')
    .update(JSON.stringify([req.method, req.url, canonical(req.body ?? null)]))
    .digest('hex');
  return {
    scope: `user:${req.actor.userId}`,
    key,
    requestHash,
    ttlHours: req.server.kernel.config.idempotencyTtlHours,
  };
}

/** Sends a written result, marking replays so a client can tell. */
export function sendWritten<T>(reply: FastifyReply, w: Written<T>) {
  if (w.replayed) void reply.header('idempotent-replayed', 'true');
  return reply.code(w.status).send(w.body);
}

/**
 * Keys whose request runs in this process, per database handle. SQLite has one writer per process and
 * Kysely queues every statement behind an open transaction, so a twin would only wait for the first
 * request and then replay; this set answers it with the 409 at once. PostgreSQL also takes a
 * transaction-scoped advisory lock, which other processes see.
 */
const running = new WeakMap<Db, Set<string>>();

/** Advisory-lock class of idempotency keys (the first of the two int4 keys), "ID" in ASCII. */
const ADVISORY_CLASS = 0x4944;

function advisoryKey(idem: Idempotency): number {
  return createHash('sha256').update(`${idem.scope}\0${idem.key}`).digest().readInt32BE(0);
}

function isPostgres(d: DbOrTrx): boolean {
  return d.getExecutor().adapter instanceof PostgresAdapter;
}

function expiry(now: string, ttlHours: number): string {
  return new Date(Date.parse(now) + ttlHours * 3_600_000).toISOString();
}

/**
 * Claims the key for this transaction, or takes over an expired answer. False when an answer that has
 * not expired is stored under the key.
 */
async function claim(trx: Trx, idem: Idempotency, now: string): Promise<boolean> {
  const row = {
    scope: idem.scope,
    key: idem.key,
    request_hash: idem.requestHash,
    status_code: 0,
    response: '',
    created_at: now,
    expires_at: expiry(now, idem.ttlHours),
  };
  const claimed = await store(trx)
    .insertInto('core_idempotency_key')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet({
          request_hash: row.request_hash,
          status_code: 0,
          response: '',
          created_at: now,
          expires_at: row.expires_at,
        })
        .where('core_idempotency_key.expires_at', '<=', now),
    )
    .returning('key')
    .executeTakeFirst();
  return !!claimed;
}

async function storedAnswer<T>(d: DbOrTrx, idem: Idempotency, now: string): Promise<Written<T> | null> {
  const row = await store(d)
    .selectFrom('core_idempotency_key')
    .select(['request_hash', 'status_code', 'response'])
    .where('scope', '=', idem.scope)
    .where('key', '=', idem.key)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row || toNumber(row.status_code) === 0) return null;
  if (row.request_hash !== idem.requestHash) throw IdempotencyErrors.keyReused({ key: idem.key });
  return { status: toNumber(row.status_code), body: JSON.parse(row.response) as T, replayed: true };
}

async function storeAnswer(d: DbOrTrx, idem: Idempotency, status: number, body: unknown) {
  await store(d)
    .updateTable('core_idempotency_key')
    .set({ status_code: status, response: JSON.stringify(body) })
    .where('scope', '=', idem.scope)
    .where('key', '=', idem.key)
    .execute();
}

/**
 * Runs `work` in one transaction guarded by the key: claim first, then the work, then the stored
 * answer, all committed together, so a crash at any point leaves either nothing or everything.
 * @throws idempotency.in_progress, idempotency.key_reused
 */
export async function runIdempotent<T>(
  db: Db,
  idem: Idempotency | null,
  status: number,
  now: string,
  work: (trx: Trx) => Promise<T>,
): Promise<Written<T>> {
  if (!idem) {
    return db.transaction().execute(async (trx) => ({ status, body: await work(trx), replayed: false }));
  }
  const inProcess = running.get(db) ?? new Set<string>();
  running.set(db, inProcess);
  const id = `${idem.scope}\0${idem.key}`;
  if (inProcess.has(id)) throw IdempotencyErrors.inProgress({ key: idem.key });
  inProcess.add(id);
  try {
    return await db.transaction().execute(async (trx) => {
      if (isPostgres(trx)) {
        const { rows } = await sql<{ locked: boolean }>`
          select pg_try_advisory_xact_lock(${ADVISORY_CLASS}::int4, ${advisoryKey(idem)}::int4) as locked
        `.execute(trx);
        if (!rows[0]?.locked) throw IdempotencyErrors.inProgress({ key: idem.key });
      }
      if (!(await claim(trx, idem, now))) {
        const stored = await storedAnswer<T>(trx, idem, now);
        if (!stored) throw IdempotencyErrors.inProgress({ key: idem.key });
        return stored;
      }
      const body = await work(trx);
      await storeAnswer(trx, idem, status, body);
      return { status, body, replayed: false };
    });
  } finally {
    inProcess.delete(id);
  }
}

/**
 * Looks a key up before work that cannot run inside the guarded transaction (opening a decision in the
 * decisions module): a retry is answered from the store instead of opening a second decision.
 * @throws idempotency.key_reused
 */
export async function findReplay<T>(
  db: Db,
  idem: Idempotency | null,
  now: string,
): Promise<Written<T> | null> {
  return idem ? storedAnswer<T>(db, idem, now) : null;
}

/**
 * Replaces the stored answer of a key whose request went on after its guarded transaction (entering
 * approval opens a decision after the stage move), so that a replay answers what the first request
 * finally answered.
 */
export async function storeFinalAnswer<T>(db: Db, idem: Idempotency | null, w: Written<T>) {
  if (idem) await storeAnswer(db, idem, w.status, w.body);
}

/**
 * Deletes the stored answers that expired at `now`; the kernel scheduler runs it. Returns how many.
 * Not audited: an expired answer is a cache of a response whose write is audited already.
 */
export async function purgeExpiredIdempotencyKeys(db: DbOrTrx, now: Date): Promise<number> {
  const r = await store(db)
    .deleteFrom('core_idempotency_key')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
