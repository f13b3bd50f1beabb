import type { Localized } from '../../../contracts/common';
import type { z } from 'zod';
import type { NotificationDto } from '../../../contracts/documents';
import type { Actor } from '../../core/auth/actor';
import type { Trx } from '../../core/db/database';
import { newId } from '../../core/ids';
import { nextNumber } from '../../core/registers';
import { noticeText, printablePage, type NoticeKind } from './depositary';
import { DocumentErrors } from './documents.errors';
import { loadVisible } from './documents.policy';
import type * as repo from './documents.repository';
import type { DocumentsDeps } from './documents.service';
import * as notices from './notifications.repository';

export async function notify(
  trx: Trx,
  x: repo.Instrument,
  n: {
    kind: NoticeKind;
    state: string | null;
    actionId: string | null;
    date: string;
    effective?: string | null;
    reason?: string;
  },
  names: Map<string, Localized>,
  now: Date,
) {
  const year = now.getUTCFullYear();
  const seq = await nextNumber(trx, `documents.notification:${x.depositary}`, year);
  const prefix = x.depositary === 'secretariat' ? 'SCO-SEC' : x.depositary;
  await notices.insertNotification(trx, {
    id: newId(),
    instrument_id: x.id,
    depositary: x.depositary,
    year,
    seq,
    number: `${prefix}/${year}/${seq}`,
    kind: n.kind,
    state_code: n.state,
    action_id: n.actionId,
    date: n.date,
    text: JSON.stringify(
      noticeText({
        kind: n.kind,
        title: x.title,
        stateName: n.state ? (names.get(n.state) ?? null) : null,
        date: n.date,
        effective: n.effective,
        reason: n.reason,
      }),
    ),
    created_at: now.toISOString(),
  });
}

/** The depositary notifications of an instrument the actor may see, in number order. */
export async function listNotifications(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<z.infer<typeof NotificationDto>[]> {
  await loadVisible(deps, actor, id);
  const rows = await notices.listNotifications(deps.db, id);
  return rows.map((n) => ({
    id: n.id,
    number: n.number,
    instrumentId: n.instrument_id,
    kind: n.kind,
    state: n.state_code,
    date: n.date,
    text: JSON.parse(n.text) as Localized,
    createdAt: n.created_at,
  }));
}

/** A depositary notification as a printable HTML page. */
export async function notificationPage(
  deps: Pick<DocumentsDeps, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
  notificationId: string,
): Promise<string> {
  const x = await loadVisible(deps, actor, id);
  const n = await notices.findNotification(deps.db, id, notificationId);
  if (!n) throw DocumentErrors.notFound({ id: notificationId });
  return printablePage({
    number: n.number,
    date: n.date,
    depositary: n.depositary,
    text: JSON.parse(n.text) as Localized,
    title: x.title,
  });
}
