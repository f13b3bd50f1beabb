import type { TaskDto } from '../../../contracts/tasks';
import { today, type Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { getPlan, listPlans } from './plans.service';

/**
 * What the plans module asks of an inbox. A state: a report on each item it answers for that it has not
 * reported done. The Secretariat: a reminder for each plan with overdue items (the reminder goes only
 * to the states lagging).
 */
export async function listPlanTasks(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor,
  inbox: string,
): Promise<TaskDto[]> {
  const day = today(deps.now());
  const out: TaskDto[] = [];
  for (const summary of await listPlans(deps, actor)) {
    const plan = await getPlan(deps, actor, summary.id);
    const base = { subjectType: 'plan' as const, subjectId: plan.id, title: plan.title, demo: plan.demo };
    if (inbox === 'secretariat') {
      const first = plan.overdue.map((o) => o.deadline).sort()[0];
      if (first === undefined) continue;
      const lagging = new Set(plan.overdue.flatMap((o) => o.lagging));
      out.push({
        ...base,
        kind: 'plan_overdue',
        itemId: null,
        itemTitle: null,
        deadline: first,
        overdue: true,
        detail: { items: plan.overdue.length, states: lagging.size },
      });
      continue;
    }
    const parents = new Set(plan.items.map((i) => i.parentId));
    for (const item of plan.items) {
      if (parents.has(item.id) || !item.responsibleStates.includes(inbox)) continue;
      const latest = item.latestReports.find((r) => r.state === inbox);
      if (latest?.percent === 100) continue;
      out.push({
        ...base,
        kind: 'report_due',
        itemId: item.id,
        itemTitle: item.title,
        deadline: item.deadline,
        overdue: item.deadline !== null && item.deadline < day,
        detail: latest ? { percent: latest.percent, reportedAt: latest.reportedAt } : {},
      });
    }
  }
  return out;
}
