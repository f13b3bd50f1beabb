import type { Localized } from '../../../contracts/common';
import type {
  NotificationDto,
  NotificationKind,
  NotificationSubject,
} from '../../../contracts/notifications';
import { tables, type DbOrTrx } from '../../core/db/database';

export interface NotificationsTables {
  notifications_item: {
    id: string;
    dedupe_key: string;
    recipient: string;
    kind: string;
    subject_type: string;
    subject_id: string;
    title: string;
    data: string;
    created_at: string;
  };
  notifications_read: { item_id: string; user_id: string; read_at: string };
}

const db = (d: DbOrTrx) => tables<NotificationsTables>(d);

/** Inserts unless the same notification exists (handlers run again after a retry or a restart). */
export async function insertItem(
  d: DbOrTrx,
  row: NotificationsTables['notifications_item'],
): Promise<boolean> {
  const r = await db(d)
    .insertInto('notifications_item')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listFor(
  d: DbOrTrx,
  recipients: string[],
  userId: string,
  opts: { unreadOnly: boolean; limit: number },
): Promise<NotificationDto[]> {
  if (recipients.length === 0) return [];
  let q = db(d)
    .selectFrom('notifications_item')
    .leftJoin('notifications_read', (j) =>
      j
        .onRef('notifications_read.item_id', '=', 'notifications_item.id')
        .on('notifications_read.user_id', '=', userId),
    )
    .selectAll('notifications_item')
    .select('notifications_read.read_at')
    .where('notifications_item.recipient', 'in', recipients)
    .orderBy('notifications_item.id', 'desc')
    .limit(opts.limit);
  if (opts.unreadOnly) q = q.where('notifications_read.read_at', 'is', null);
  return (await q.execute()).map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    recipient: r.recipient,
    subjectType: r.subject_type as NotificationSubject,
    subjectId: r.subject_id,
    title: JSON.parse(r.title) as Localized,
    data: JSON.parse(r.data) as Record<string, unknown>,
    createdAt: r.created_at,
    read: r.read_at !== null,
  }));
}

export async function findItem(d: DbOrTrx, id: string) {
  return db(d).selectFrom('notifications_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markRead(d: DbOrTrx, itemId: string, userId: string, at: string) {
  await db(d)
    .insertInto('notifications_read')
    .values({ item_id: itemId, user_id: userId, read_at: at })
    .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
    .execute();
}
