import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Trx } from '../../core/db/database';
import { FinanceErrors } from './finance.errors';
import * as repo from './finance.repository';

/**
 * Idempotency-Key support for POSTs (the IETF httpapi draft, Stripe's semantics): the first request
 * with a key is executed and its answer stored in the same transaction as its effects; a retry with the
 * same key and the same request gets the stored answer without executing again; the same key with a
 * different request is a 422. Keys are scoped per user, so nobody can replay another user's answer.
 * Failed requests store nothing (their transaction rolls back), so a retry runs them again.
 */
export interface Idempotency {
  scope: string;
  key: string;
  requestHash: string;
}

export interface Written<T> {
  status: number;
  body: T;
  /** True when the answer was stored by an earlier request with the same key. */
  replayed: boolean;
}

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
  return { scope: `user:${req.actor.userId}`, key, requestHash };
}

/** Sends a written result, marking replays so a client can tell. */
export function sendWritten<T>(reply: FastifyReply, w: Written<T>) {
  if (w.replayed) void reply.header('idempotent-replayed', 'true');
  return reply.code(w.status).send(w.body);
}

async function replay<T>(trx: Trx, idem: Idempotency): Promise<Written<T>> {
  const row = await repo.findKey(trx, idem.scope, idem.key);
  if (!row || row.status_code === 0) throw FinanceErrors.idempotencyInProgress({ key: idem.key });
  if (row.request_hash !== idem.requestHash) throw FinanceErrors.idempotencyKeyReused({ key: idem.key });
  return { status: row.status_code, body: JSON.parse(row.response) as T, replayed: true };
}

/**
 * Runs `work` in one transaction guarded by the key: claim first (so a racing twin waits on the
 * unique index), then the work, then the stored answer, all committed together.
 */
export async function runIdempotent<T>(
  db: Db,
  idem: Idempotency | null,
  status: number,
  now: string,
  work: (trx: Trx) => Promise<T>,
): Promise<Written<T>> {
  return db.transaction().execute(async (trx) => {
    if (idem) {
      const claimed = await repo.claimKey(trx, {
        scope: idem.scope,
        key: idem.key,
        request_hash: idem.requestHash,
        created_at: now,
      });
      if (!claimed) return replay<T>(trx, idem);
    }
    const body = await work(trx);
    if (idem) await repo.storeResponse(trx, idem.scope, idem.key, status, JSON.stringify(body));
    return { status, body, replayed: false };
  });
}

/**
 * Looks a key up before work that cannot run inside the guarded transaction (opening a decision in the
 * decisions module): a retry is answered from the store instead of opening a second decision.
 */
export async function findReplay<T>(db: Db, idem: Idempotency | null): Promise<Written<T> | null> {
  if (!idem) return null;
  const row = await repo.findKey(db, idem.scope, idem.key);
  if (!row || row.status_code === 0) return null;
  if (row.request_hash !== idem.requestHash) throw FinanceErrors.idempotencyKeyReused({ key: idem.key });
  return { status: row.status_code, body: JSON.parse(row.response) as T, replayed: true };
}

/**
 * Replaces the stored answer of a key whose request went on after its guarded transaction (entering
 * approval opens a decision after the stage move), so that a replay answers what the first request
 * finally answered.
 */
export async function storeFinalAnswer<T>(db: Db, idem: Idempotency | null, w: Written<T>) {
  if (idem) await repo.storeResponse(db, idem.scope, idem.key, w.status, JSON.stringify(w.body));
}
