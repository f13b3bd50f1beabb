import type { ParkedDeliveryDto } from '../../../contracts/jobs';
import type { Actor } from '../auth/actor';
import { tables, type Db } from '../db/database';
import type { Kernel } from '../module';
import { JobErrors } from './jobs.errors';
import type { OutboxTables } from './outbox';

/** Deliveries that kept failing, newest first: the Secretariat's list of reactions that did not happen. */
export async function listParked(db: Db, limit: number): Promise<ParkedDeliveryDto[]> {
  const rows = await tables<OutboxTables>(db)
    .selectFrom('core_event_delivery')
    .select([
      'id',
      'event_id',
      'event',
      'handler',
      'attempts',
      'last_error',
      'emitted_at',
      'finished_at',
      'payload',
    ])
    .where('status', '=', 'parked')
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    event: r.event,
    handler: r.handler,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    emittedAt: r.emitted_at,
    parkedAt: r.finished_at,
    payload: JSON.parse(r.payload) as unknown,
  }));
}

/** Puts a parked delivery back in line with a fresh set of attempts (audited). */
export async function retryParked(
  kernel: Pick<Kernel, 'db' | 'dbKind' | 'audit' | 'events'>,
  actor: Actor,
  id: string,
): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    const t = tables<OutboxTables>(trx);
    let q = t
      .selectFrom('core_event_delivery')
      .select(['status', 'handler', 'event_id'])
      .where('id', '=', id);
    if (kernel.dbKind === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) throw JobErrors.deliveryNotFound({ id });
    if (row.status !== 'parked') throw JobErrors.deliveryNotParked({ id, status: row.status });
    await t
      .updateTable('core_event_delivery')
      .set({ status: 'pending', attempts: 0, due_at: new Date().toISOString(), finished_at: null })
      .where('id', '=', id)
      .execute();
    await kernel.audit.record(trx, actor, {
      action: 'jobs.delivery_retried',
      targetType: 'event_delivery',
      targetId: id,
      actingFor: 'secretariat',
      data: { eventId: row.event_id, handler: row.handler },
    });
    await kernel.events.wakeAfterCommit(trx);
  });
}
