import { today } from '../../core/auth/actor';
import { defineJob } from '../../core/jobs';
import type { Kernel } from '../../core/module';
import { addDays } from '../documents';
import * as repo from './cbm.repository';

/**
 * The CBM clocks (ADR 0069): a notification still unsent after its last day of notice, and a query
 * unanswered at its answer instant, are flagged to the Secretariat. The deadlines are stored instants
 * and days, and the job's next run is read from them, so the clocks survive restarts; each is flagged
 * (and audited) once, by the conditional update that flags it.
 */
export const cbmJobs = [
  defineJob({
    name: 'cbm.flag_overdue',
    due: async (kernel) => {
      const next = await repo.nextDeadline(kernel.db);
      const instants = [
        next.notifyDue && new Date(`${addDays(next.notifyDue, 1)}T00:00:00Z`),
        next.answerDue && new Date(next.answerDue),
      ].filter((d): d is Date => !!d);
      return instants.length ? new Date(Math.min(...instants.map((d) => d.getTime()))) : null;
    },
    run: async (kernel: Kernel) => {
      const now = kernel.now();
      await kernel.db.transaction().execute(async (trx) => {
        const flagged = await repo.flagOverdue(trx, now.toISOString(), today(now));
        for (const d of flagged.declarations)
          await kernel.audit.record(trx, null, {
            action: 'cbm.notification_overdue',
            targetType: 'cbm_declaration',
            targetId: d.id,
            actingFor: d.state_code,
          });
        for (const q of flagged.queries)
          await kernel.audit.record(trx, null, {
            action: 'cbm.query_unanswered',
            targetType: 'cbm_message',
            targetId: q.id,
            actingFor: q.from_state,
          });
      });
    },
  }),
];
