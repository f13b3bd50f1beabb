import type { DashboardLine } from '../../../contracts/secretariat';
import type { Kernel } from '../../core/module';
import * as repo from './circulation.repository';
import { hasActed } from './circulation.service';

/**
 * The circulation desk's lines on the Secretariat's dashboard: one per state still to act on a
 * circulation of this module (circulations of other owners, such as CBM messages, are theirs to show).
 */
export async function listCirculationDashboardLines(
  kernel: Pick<Kernel, 'db' | 'now'>,
): Promise<DashboardLine[]> {
  const now = kernel.now().toISOString();
  const circulations = await repo.listCirculations(kernel.db, 'circulation', null);
  const byId = new Map(circulations.map((c) => [c.id, c]));
  return (await repo.listRecipients(kernel.db, [...byId.keys()]))
    .filter((r) => !hasActed(byId.get(r.circulation_id)!.purpose, r))
    .map((r) => {
      const c = byId.get(r.circulation_id)!;
      return {
        section: 'circulations',
        title: c.subject.title,
        href: `/circulations/${c.id}`,
        state: r.state_code,
        deadline: r.deadline_at,
        overdue: r.deadline_at !== null && r.deadline_at < now,
        detail: { number: c.number, purpose: c.purpose },
        demo: c.demo,
      };
    });
}
