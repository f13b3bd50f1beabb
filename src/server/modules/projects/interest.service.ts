import type { z } from 'zod';
import type { InterestBody, ProjectDto } from '../../../contracts/projects';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import { SPEAKING_ROLES } from './projects.policy';
import * as repo from './project.repository';
import { loadVisible, projectDto, type ProjectsDeps } from './project.service';
import { TERMINAL } from './stage.rules';

/**
 * A member state says it is interested in participating; only its own coordinator or delegate may say
 * so. Interested states are the ones that decide the project's approval. Saying it twice changes
 * nothing. @throws auth.no_mandate, projects.not_member_state, projects.stage_terminal
 */
export async function expressInterest(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof InterestBody>,
  idem: Idempotency | null,
): Promise<Written<ProjectDto>> {
  await loadVisible(deps, actor, id);
  const state = requireStateMandate(actor, input.state, SPEAKING_ROLES);
  if (!(await currentMemberCodes(deps.db)).includes(state)) throw ProjectErrors.notMemberState({ state });
  const now = deps.now().toISOString();
  return runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const p = await repo.findProject(trx, id, deps.dbKind);
    if (!p) throw ProjectErrors.notFound({ id });
    if (TERMINAL.includes(p.stage)) throw ProjectErrors.stageTerminal({ stage: p.stage });
    const fresh = await repo.insertInterest(trx, {
      project_id: id,
      state_code: state,
      expressed_at: now,
      expressed_by: actor.userId,
    });
    if (fresh) {
      await repo.updateProject(trx, id, { updated_at: now });
      await deps.audit.record(trx, actor, {
        action: 'projects.interest_expressed',
        targetType: 'project',
        targetId: id,
        actingFor: state,
      });
    }
    return projectDto(deps, actor, fresh ? { ...p, updatedAt: now } : p, trx);
  });
}
