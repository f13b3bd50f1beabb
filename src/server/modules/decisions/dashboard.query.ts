import type { DashboardLine } from '../../../contracts/secretariat';
import type { Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { canRead, family } from './decisions.policy';
import * as repo from './decisions.repository';

/** The decisions module's lines on the Secretariat's dashboard: every open written procedure, by deadline. */
export async function listDecisionDashboardLines(
  db: Db,
  actor: Actor,
  now: string,
): Promise<DashboardLine[]> {
  const f = await family(db);
  return (await repo.listOpen(db))
    .filter((d) => canRead(actor, d, f))
    .map((d) => ({
      section: 'procedures',
      title: d.title,
      href: `/decisions/${d.id}`,
      state: null,
      deadline: d.deadline,
      overdue: d.deadline !== null && d.deadline < now,
      detail: { procedure: d.procedure },
      demo: d.demo,
    }));
}
