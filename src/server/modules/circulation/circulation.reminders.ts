import { defineJob } from '../../core/jobs';
import type { Kernel } from '../../core/module';
import * as repo from './circulation.repository';

const LEAD_MS = 48 * 3_600_000;

/**
 * Reminds each recipient that has not done what was asked, 48 hours before its own deadline, once: the
 * reminder is the recipient row's `reminded_at`, set only where still empty in the transaction that
 * emits `circulation.reminder_due`, so a second process or a run after a restart finds nothing to do.
 * The job's next run is read from the stored deadlines, so the clock survives restarts (ADR 0008).
 */
export const reminderJob = defineJob({
  name: 'circulation.reminders',
  due: async (kernel) => {
    const [next] = await repo.listUnremindedLaggards(kernel.db, kernel.now().toISOString(), null);
    return next ? new Date(Date.parse(next.deadline_at!) - LEAD_MS) : null;
  },
  run: async (kernel: Kernel) => {
    const now = kernel.now();
    const horizon = new Date(now.getTime() + LEAD_MS).toISOString();
    const due = await repo.listUnremindedLaggards(kernel.db, now.toISOString(), horizon);
    for (const r of due) {
      await kernel.db.transaction().execute(async (trx) => {
        if (!(await repo.markOnce(trx, r.circulation_id, r.state_code, 'reminded_at', now.toISOString())))
          return;
        await kernel.audit.record(trx, null, {
          action: 'circulation.reminder_sent',
          targetType: 'circulation',
          targetId: r.circulation_id,
          actingFor: 'secretariat',
          data: { state: r.state_code, deadlineAt: r.deadline_at },
        });
        await kernel.events.emit(trx, 'circulation.reminder_due', {
          id: r.circulation_id,
          number: r.number,
          title: JSON.parse(r.title),
          state: r.state_code,
          deadlineAt: r.deadline_at!,
          ownerModule: r.owner_module,
        });
      });
    }
  },
});
