import { createHash } from 'node:crypto';
import type { DatabaseKind } from '../../config';
import { tables, toNumber, type DbOrTrx, type Trx } from '../db/database';
import { newId } from '../ids';
import { hasRole, type Actor, type Role } from '../auth/actor';

interface AuditTables {
  core_audit_entry: {
    seq: number | string;
    id: string;
    at: string;
    actor_user_id: string | null;
    actor_email: string | null;
    acting_for: string | null;
    action: string;
    target_type: string;
    target_id: string;
    data: string;
    prev_hash: string;
    hash: string;
  };
  core_audit_head: { id: number; seq: number | string; hash: string };
}

export interface AuditInput {
  /** `<module>.<entity>_<past>`, e.g. `states.contact_updated`. */
  action: string;
  targetType: string;
  targetId: string;
  /** The state on whose behalf the actor acted, `secretariat`, or null for personal acts (sign-in). */
  actingFor: string | null;
  data?: Record<string, unknown>;
}

/** What the log can be narrowed to; `from` and `to` are UTC days, both included. */
export interface AuditFilter {
  limit: number;
  beforeSeq?: number;
  actor?: string;
  actingFor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  /** Action prefixes left out, for a reader outside their audience. */
  hideActions?: readonly string[];
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actingFor: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

function entryHash(e: Omit<AuditEntry, 'hash' | 'data'> & { data: string }): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        e.seq,
        e.id,
        e.at,
        e.actorUserId,
        e.actorEmail,
        e.actingFor,
        e.action,
        e.targetType,
        e.targetId,
        e.data,
        e.prevHash,
      ]),
    )
    .digest('hex');
}

/**
 * The audit log is append-only and hash-chained: each entry's hash covers its content and the previous
 * hash. A single head row serialises writers, so two concurrent transactions cannot fork the chain.
 */
/** Actions under `actionPrefix` are seen only by holders of one of `roles`. */
export interface AuditAudience {
  actionPrefix: string;
  roles: readonly Role[];
}

export class AuditLog {
  constructor(
    private readonly kind: DatabaseKind,
    private readonly audiences: readonly AuditAudience[] = [],
  ) {}

  /** The action prefixes this reader may not see at all. */
  hiddenFrom(actor: Actor | null): string[] {
    return this.audiences.filter((a) => !hasRole(actor, a.roles)).map((a) => a.actionPrefix);
  }

  async record(trx: Trx, actor: Actor | null, input: AuditInput): Promise<AuditEntry> {
    const db = tables<AuditTables>(trx);
    let q = db.selectFrom('core_audit_head').selectAll().where('id', '=', 1);
    if (this.kind === 'postgres') q = q.forUpdate();
    const head = await q.executeTakeFirstOrThrow();
    const base = {
      seq: toNumber(head.seq) + 1,
      id: newId(),
      at: new Date().toISOString(),
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      actingFor: input.actingFor,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      prevHash: head.hash,
    };
    const data = JSON.stringify(input.data ?? {});
    const hash = entryHash({ ...base, data });
    await db
      .insertInto('core_audit_entry')
      .values({
        seq: base.seq,
        id: base.id,
        at: base.at,
        actor_user_id: base.actorUserId,
        actor_email: base.actorEmail,
        acting_for: base.actingFor,
        action: base.action,
        target_type: base.targetType,
        target_id: base.targetId,
        data,
        prev_hash: base.prevHash,
        hash,
      })
      .execute();
    await db.updateTable('core_audit_head').set({ seq: base.seq, hash }).where('id', '=', 1).execute();
    return { ...base, data: input.data ?? {}, hash };
  }

  async list(db: DbOrTrx, filter: AuditFilter): Promise<AuditEntry[]> {
    let q = tables<AuditTables>(db)
      .selectFrom('core_audit_entry')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(filter.limit);
    if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
    if (filter.actingFor) q = q.where('acting_for', '=', filter.actingFor);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
    if (filter.targetType) q = q.where('target_type', '=', filter.targetType);
    if (filter.actor) q = q.where('actor_email', '=', filter.actor.toLowerCase());
    // Instants are ISO-8601 UTC text on both engines, so days compare as text.
    for (const prefix of filter.hideActions ?? []) q = q.where('action', 'not like', `${prefix}%`);
    if (filter.from) q = q.where('at', '>=', filter.from);
    if (filter.to) q = q.where('at', '<', nextDay(filter.to));
    return (await q.execute()).map(toEntry);
  }

  /** Walks the chain in pages and names the first entry whose link or content does not check out. */
  async verify(db: DbOrTrx): Promise<VerifyResult> {
    const d = tables<AuditTables>(db);
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const rows = await d
        .selectFrom('core_audit_entry')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq', 'asc')
        .limit(1000)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const e = toEntry(row);
        if (e.seq !== expectedSeq) return broken(checked, e, `entry ${expectedSeq} is missing`);
        if (e.prevHash !== prev) return broken(checked, e, 'previous hash does not match');
        if (entryHash({ ...e, data: row.data }) !== e.hash)
          return broken(checked, e, 'content does not match its hash');
        prev = e.hash;
        expectedSeq++;
        checked++;
      }
    }
    const head = await d.selectFrom('core_audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
    if (head && (toNumber(head.seq) !== checked || head.hash !== prev)) {
      return {
        ok: false,
        checked,
        firstBroken: null,
        reason: 'the chain was truncated after its last entry',
      };
    }
    return { ok: true, checked, firstBroken: null, reason: null };
  }
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; at: string; action: string } | null;
  reason: string | null;
}

function broken(checked: number, e: AuditEntry, reason: string): VerifyResult {
  return { ok: false, checked, firstBroken: { seq: e.seq, id: e.id, at: e.at, action: e.action }, reason };
}

function toEntry(r: AuditTables['core_audit_entry']): AuditEntry {
  return {
    seq: toNumber(r.seq),
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    actingFor: r.acting_for,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
