import { newId } from '../../core/ids';
import { defineJob } from '../../core/jobs';
import type { Kernel } from '../../core/module';
import * as repo from './decisions.repository';
import { closeDecision } from './procedure.service';

export const REMINDER_HOURS = 48;
const REMINDER_MS = REMINDER_HOURS * 3600_000;
/** How many of the earliest open deadlines `nextOpenDeadline` returns. */
const OPEN_DEADLINES_READ = 50;

/**
 * Written procedures close at their deadline, with the deadline as the closing instant even when the
 * platform was down at that moment; closing locks the decision row and checks its status, so a
 * decision closes once whatever runs the job. Reminders go out 48 hours before the deadline to the
 * states that have not answered. The kernel's scheduler runs both (ADR 0008); creating a decision
 * with a deadline or extending one wakes it.
 */
export const decisionJobs = [
  defineJob({
    name: 'decisions.close_due',
    due: async (kernel) => {
      const first = (await repo.nextOpenDeadline(kernel.db))[0];
      return first ? new Date(first.deadline) : null;
    },
    run: async (kernel) => {
      for (const id of await repo.listDue(kernel.db, kernel.now().toISOString())) {
        try {
          await closeDecision(kernel, null, id, 'scheduler');
        } catch (err) {
          kernel.log.error({ err, id }, 'could not close a decision at its deadline');
        }
      }
    },
  }),
  defineJob({
    name: 'decisions.remind',
    due: async (kernel) => {
      const now = kernel.now();
      const open = await repo.nextOpenDeadline(kernel.db);
      const next = open.find((d) => !d.remindedAt && d.deadline > now.toISOString());
      if (next) return new Date(Date.parse(next.deadline) - REMINDER_MS);
      // Only the earliest deadlines are read: when all of those were reminded, look again in a minute.
      return open.length === OPEN_DEADLINES_READ ? new Date(now.getTime() + 60_000) : null;
    },
    run: async (kernel) => {
      const now = kernel.now();
      const until = new Date(now.getTime() + REMINDER_MS).toISOString();
      for (const d of await repo.listReminderDue(kernel.db, now.toISOString(), until)) {
        const pending = await pendingStates(kernel, d.id);
        await kernel.db.transaction().execute(async (trx) => {
          await repo.updateDecision(trx, d.id, { reminded_at: now.toISOString() });
          await kernel.audit.record(trx, null, {
            action: 'decisions.reminder_sent',
            targetType: 'decision',
            targetId: d.id,
            actingFor: 'secretariat',
            data: { pending, reminderId: newId() },
          });
          await kernel.events.emit(trx, 'decisions.deadline_near', {
            id: d.id,
            title: d.title,
            deadline: d.deadline!,
            pending,
          });
        });
      }
    },
  }),
];

async function pendingStates(kernel: Kernel, id: string): Promise<string[]> {
  const [participants, positions] = await Promise.all([
    repo.listParticipants(kernel.db, id),
    repo.listPositions(kernel.db, id),
  ]);
  const stated = new Set(positions.map((p) => p.state));
  return participants.filter((s) => !stated.has(s));
}
