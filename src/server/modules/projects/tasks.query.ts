import type { TaskDto } from '../../../contracts/tasks';
import type { Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import { currentMemberCodes } from '../states';
import { canRead } from './projects.policy';
import * as repo from './project.repository';
import { missingItems } from './stage.rules';

/** Stages left by meeting a checklist; approval is left by the member states' decision. */
const GATED = ['identification', 'preparation', 'appraisal', 'implementation'] as const;

/**
 * What the projects module asks of an inbox. A state: the gate checklist of each project it proposed
 * that is still incomplete. The Secretariat: to move on each project whose gate is met.
 */
export async function listProjectTasks(db: Db, actor: Actor, inbox: string): Promise<TaskDto[]> {
  const members = await currentMemberCodes(db);
  const projects = (await repo.listAtStages(db, GATED)).filter(
    (p) => canRead(actor, p, members) && (inbox === 'secretariat' ? true : p.proposingState === inbox),
  );
  const met = await repo.checklistsOf(
    db,
    projects.map((p) => p.id),
  );
  const out: TaskDto[] = [];
  for (const p of projects) {
    const missing = missingItems(p.stage, met.get(p.id)!).length;
    if ((inbox === 'secretariat') !== (missing === 0)) continue;
    out.push({
      kind: inbox === 'secretariat' ? 'project_gate_met' : 'checklist_due',
      subjectType: 'project',
      subjectId: p.id,
      itemId: null,
      title: p.title,
      itemTitle: null,
      deadline: null,
      overdue: false,
      detail: { stage: p.stage, missing },
      demo: p.demo,
    });
  }
  return out;
}
