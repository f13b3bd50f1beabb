import type { DashboardDto, DashboardLine } from '../../../contracts/secretariat';
import type { TaskDto } from '../../../contracts/tasks';
import { AuthErrors, isSecretariat, type Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { listCirculationDashboardLines } from '../circulation';
import { listFeedDashboardLines } from '../cyber';
import { listDecisionDashboardLines } from '../decisions';
import { listTasks } from '../tasks';

/**
 * The Secretary-General's tasks that are plan or project business, as dashboard lines: the tasks module
 * already gathers them from the plans and projects modules, so the dashboard reads them there.
 */
const TASK_SECTIONS: Partial<Record<TaskDto['kind'], { section: string; page: string }>> = {
  plan_overdue: { section: 'plans', page: '/plans/' },
  project_gate_met: { section: 'projects', page: '/projects/' },
};

async function taskLines(kernel: Kernel, actor: Actor): Promise<DashboardLine[]> {
  const { items } = await listTasks(kernel, actor, 'secretariat');
  return items.flatMap((task) => {
    const to = TASK_SECTIONS[task.kind];
    if (!to) return [];
    return [
      {
        section: to.section,
        title: task.title,
        href: `${to.page}${task.subjectId}`,
        state: null,
        deadline: task.deadline,
        overdue: task.overdue,
        detail: task.detail,
        demo: task.demo,
      },
    ];
  });
}

/**
 * Each module's contribution to the dashboard, in the order of the page's sections. A module that adds
 * lines (nominations at each stage, CBM deadlines) exports a query returning `DashboardLine[]` from its
 * `index.ts` and gets one entry here, as the tasks module gathers its inboxes.
 */
const CONTRIBUTIONS: ((kernel: Kernel, actor: Actor, now: string) => Promise<DashboardLine[]>)[] = [
  (kernel, actor, now) => listDecisionDashboardLines(kernel.db, actor, now),
  (kernel) => listCirculationDashboardLines(kernel),
  (kernel, actor) => taskLines(kernel, actor),
  (kernel) => listFeedDashboardLines(kernel.db),
];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The Secretariat's dashboard across the modules: what is open, awaited, overdue or failing. */
export async function getDashboard(kernel: Kernel, actor: Actor): Promise<DashboardDto> {
  if (!isSecretariat(actor)) throw AuthErrors.forbidden({ reason: 'secretariat_only' });
  const now = kernel.now().toISOString();
  const groups = await Promise.all(CONTRIBUTIONS.map((lines) => lines(kernel, actor, now)));
  // Within a section, soonest deadline first, undated last; sections keep the contributions' order.
  return {
    lines: groups.flatMap((lines) =>
      [...lines].sort(
        (a, b) =>
          compare(a.section, b.section) ||
          (a.deadline === null ? 1 : 0) - (b.deadline === null ? 1 : 0) ||
          compare(a.deadline ?? '', b.deadline ?? '') ||
          compare(a.state ?? '', b.state ?? ''),
      ),
    ),
  };
}
