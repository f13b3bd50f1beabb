import type { Localized } from '../../../contracts/common';
import type { NotificationKind, NotificationSubject } from '../../../contracts/notifications';
import { isSecretariat, today, type Actor } from '../../core/auth/actor';
import { listUsersActingFor } from '../../core/auth/identity.repository';
import { defineError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import * as repo from './notifications.repository';

export const NotificationErrors = {
  notFound: defineError('notifications.not_found', 404, 'No such notification'),
};

interface Notice {
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  title: Localized;
  recipients: string[];
  data: Record<string, unknown>;
  /** Distinguishes repeated notices of one kind, e.g. a reminder for an extended deadline. */
  variant?: string;
}

const SUBJECTS: Record<NotificationKind, (n: Notice) => string> = {
  decision_created: (n) => `New draft for your state: ${n.title.en}`,
  deadline_near: (n) => `Deadline within 48 hours: ${n.title.en}`,
  decision_closed: (n) =>
    `Decision ${String(n.data.number)} ${n.data.result === 'adopted' ? 'adopted' : 'not adopted'}: ${n.title.en}`,
  plan_reminder: (n) => `Please report on the implementation plan: ${n.title.en}`,
  plan_created: (n) => `New implementation plan with items for your state: ${n.title.en}`,
  position_recorded: (n) => `${String(n.data.state)} stated its position: ${n.title.en}`,
  report_submitted: (n) => `${String(n.data.state)} reported progress: ${n.title.en}`,
};

/** Writes one inbox item per recipient (idempotently), audits the delivery, then emails if SMTP is set. */
async function deliver(kernel: Kernel, n: Notice) {
  const createdAt = kernel.now().toISOString();
  const fresh: string[] = [];
  await kernel.db.transaction().execute(async (trx) => {
    for (const recipient of n.recipients) {
      const inserted = await repo.insertItem(trx, {
        id: newId(),
        dedupe_key: `${n.kind}:${n.subjectId}:${recipient}:${n.variant ?? ''}`,
        recipient,
        kind: n.kind,
        subject_type: n.subjectType,
        subject_id: n.subjectId,
        title: JSON.stringify(n.title),
        data: JSON.stringify(n.data),
        created_at: createdAt,
      });
      if (inserted) fresh.push(recipient);
    }
    if (fresh.length) {
      await kernel.audit.record(trx, null, {
        action: 'notifications.sent',
        targetType: n.subjectType,
        targetId: n.subjectId,
        actingFor: 'secretariat',
        data: { kind: n.kind, recipients: fresh },
      });
    }
  });
  if (!kernel.mailer || fresh.length === 0) return;
  const day = today(kernel.now());
  const emails = new Set<string>();
  for (const r of fresh) {
    const users =
      r === 'secretariat'
        ? await listUsersActingFor(kernel.db, null, ['secretariat_admin', 'secretariat_officer'], day)
        : await listUsersActingFor(kernel.db, r, ['national_coordinator', 'delegate'], day);
    users.forEach((u) => emails.add(u.email));
  }
  const link = `${kernel.config.publicUrl}/${n.subjectType === 'decision' ? 'decisions' : 'plans'}/${n.subjectId}`;
  await kernel.mailer.send({
    to: [...emails].sort(),
    subject: SUBJECTS[n.kind](n),
    text: `${n.title.en}\n${n.title.ru}\n${n.title.zh}\n\n${link}\n`,
  });
}

/** Subscribes to the decisions and plans modules' events. */
export function subscribe(kernel: Kernel) {
  kernel.events.on('decisions.decision_created', 'notifications.decision_created', (e) =>
    deliver(kernel, {
      kind: 'decision_created',
      subjectType: 'decision',
      subjectId: e.id,
      title: e.title,
      recipients: e.participants,
      data: {},
    }),
  );
  kernel.events.on('decisions.deadline_near', 'notifications.deadline_near', (e) =>
    deliver(kernel, {
      kind: 'deadline_near',
      subjectType: 'decision',
      subjectId: e.id,
      title: e.title,
      recipients: e.pending,
      data: { deadline: e.deadline },
      variant: e.deadline,
    }),
  );
  kernel.events.on('decisions.decision_closed', 'notifications.decision_closed', (e) =>
    deliver(kernel, {
      kind: 'decision_closed',
      subjectType: 'decision',
      subjectId: e.id,
      title: e.title,
      recipients: [...e.participants, 'secretariat'],
      data: { result: e.result, number: e.number },
    }),
  );
  kernel.events.on('plans.reminders_requested', 'notifications.plan_reminder', (e) =>
    deliver(kernel, {
      kind: 'plan_reminder',
      subjectType: 'plan',
      subjectId: e.planId,
      title: e.title,
      recipients: e.states,
      data: {},
      variant: e.at,
    }),
  );
  kernel.events.on('plans.plan_created', 'notifications.plan_created', (e) =>
    deliver(kernel, {
      kind: 'plan_created',
      subjectType: 'plan',
      subjectId: e.planId,
      title: e.title,
      recipients: e.states,
      data: {},
    }),
  );
  // The Secretariat's inbox follows what the states record; a changed position is a new notice.
  kernel.events.on('decisions.position_recorded', 'notifications.position_recorded', (e) =>
    deliver(kernel, {
      kind: 'position_recorded',
      subjectType: 'decision',
      subjectId: e.id,
      title: e.title,
      recipients: ['secretariat'],
      data: { state: e.state, position: e.position },
      variant: `${e.state}:${e.at}`,
    }),
  );
  kernel.events.on('plans.report_submitted', 'notifications.report_submitted', (e) =>
    deliver(kernel, {
      kind: 'report_submitted',
      subjectType: 'plan',
      subjectId: e.planId,
      title: e.title,
      recipients: ['secretariat'],
      data: { state: e.state, percent: e.percent, itemId: e.itemId },
      variant: e.reportId,
    }),
  );
}

/** The inboxes a user reads: those of the states it holds a mandate for, and the Secretariat's. */
function inboxes(actor: Actor): string[] {
  const states = actor.mandates.filter((m) => m.stateCode).map((m) => m.stateCode!);
  return [...new Set([...states, ...(isSecretariat(actor) ? ['secretariat'] : [])])];
}

export async function listInbox(kernel: Kernel, actor: Actor, opts: { unreadOnly: boolean; limit: number }) {
  return repo.listFor(kernel.db, inboxes(actor), actor.userId, opts);
}

export async function markRead(kernel: Kernel, actor: Actor, id: string) {
  await kernel.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, id);
    if (!item || !inboxes(actor).includes(item.recipient)) throw NotificationErrors.notFound();
    await repo.markRead(trx, id, actor.userId, kernel.now().toISOString());
    await kernel.audit.record(trx, actor, {
      action: 'notifications.read',
      targetType: 'notification',
      targetId: id,
      actingFor: item.recipient,
    });
  });
}
