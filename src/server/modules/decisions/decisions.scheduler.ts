import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import * as repo from './decisions.repository';
import { closeDecision } from './decisions.service';

export const REMINDER_HOURS = 48;
const MAX_SLEEP_MS = 60_000;

/**
 * Closes written procedures at their deadline and sends the 48-hour reminders. Its state is the
 * database, so it survives restarts: at start it closes whatever fell due while the platform was down
 * (with the deadline as the closing instant). It sleeps until the next deadline or reminder, at most a
 * minute; creating or extending a decision wakes it. Several instances may run: closing is guarded by
 * the decision's row lock and status, so a decision closes once.
 */
export async function startScheduler(kernel: Kernel): Promise<() => Promise<void>> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = async () => {
    const now = kernel.now();
    for (const id of await repo.listDue(kernel.db, now.toISOString())) {
      try {
        await closeDecision(kernel, null, id, 'scheduler');
      } catch (err) {
        kernel.log.error({ err, id }, 'scheduler could not close a decision');
      }
    }
    const until = new Date(now.getTime() + REMINDER_HOURS * 3600_000).toISOString();
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
      });
      kernel.events.emit('decisions.deadline_near', {
        id: d.id,
        title: d.title,
        deadline: d.deadline!,
        pending,
      });
    }
  };

  const nextWake = async (): Promise<number> => {
    const now = kernel.now().getTime();
    let next = now + MAX_SLEEP_MS;
    for (const d of await repo.nextOpenDeadline(kernel.db)) {
      const deadline = Date.parse(d.deadline);
      next = Math.min(next, deadline);
      if (!d.remindedAt) next = Math.min(next, deadline - REMINDER_HOURS * 3600_000);
    }
    return Math.max(0, next - now);
  };

  const run = () => {
    if (stopped) return;
    running = (async () => {
      try {
        await tick();
      } catch (err) {
        kernel.log.error({ err }, 'scheduler tick failed');
      }
      if (stopped) return;
      const wait = await nextWake().catch(() => MAX_SLEEP_MS);
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(wait, 50));
      timer.unref();
    })();
  };

  kernel.events.on('decisions.schedule_changed', () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, 0);
  });
  // The first pass finishes before the platform accepts requests, so nothing overdue is served as open.
  run();
  await running;

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

async function pendingStates(kernel: Kernel, id: string): Promise<string[]> {
  const [participants, positions] = await Promise.all([
    repo.listParticipants(kernel.db, id),
    repo.listPositions(kernel.db, id),
  ]);
  const stated = new Set(positions.map((p) => p.state));
  return participants.filter((s) => !stated.has(s));
}
