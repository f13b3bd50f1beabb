import type { z } from 'zod';
import type { InterestBody, ProjectDto } from '../../../contracts/projects';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import { SPEAKING_ROLES } from './projects.policy';
import * as repo from './project.repository';
import { loadVisible, projectDto, type ProjectsDeps } from './project.service';
import { CYCLE, TERMINAL } from './stage.rules';

type Change = 'express' | 'withdraw';

/**
 * A member state says it is interested in participating, or withdraws that; only its own coordinator
 * or delegate may. Interested states are the ones that decide the project's approval, so from approval
 * on the list is fixed. Saying the same twice changes nothing; each change is audited as acting for the
 * state. @throws auth.no_mandate, projects.not_member_state, projects.stage_terminal,
 * projects.interest_fixed
 */
async function changeInterest(
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof InterestBody>,
  idem: Idempotency | null,
  change: Change,
): Promise<Written<ProjectDto>> {
  await loadVisible(deps, actor, id);
  const state = requireStateMandate(actor, input.state, SPEAKING_ROLES);
  if (change === 'express' && !(await currentMemberCodes(deps.db)).includes(state))
    throw ProjectErrors.notMemberState({ state });
  const now = deps.now().toISOString();
  return runIdempotent(deps.db, idem, 200, now, async (trx) => {
    const p = await repo.findProject(trx, id, deps.dbKind);
    if (!p) throw ProjectErrors.notFound({ id });
    let changed: boolean;
    if (change === 'express') {
      if (TERMINAL.includes(p.stage)) throw ProjectErrors.stageTerminal({ stage: p.stage });
      changed = await repo.insertInterest(trx, {
        project_id: id,
        state_code: state,
        expressed_at: now,
        expressed_by: actor.userId,
      });
    } else {
      if (p.stage === 'cancelled' || CYCLE.indexOf(p.stage) >= CYCLE.indexOf('approval'))
        throw ProjectErrors.interestFixed({ stage: p.stage });
      changed = await repo.deleteInterest(trx, id, state);
    }
    if (changed) {
      await repo.updateProject(trx, id, { updated_at: now });
      await deps.audit.record(trx, actor, {
        action: change === 'express' ? 'projects.interest_expressed' : 'projects.interest_withdrawn',
        targetType: 'project',
        targetId: id,
        actingFor: state,
      });
    }
    return projectDto(deps, actor, changed ? { ...p, updatedAt: now } : p, trx);
  });
}

export const expressInterest = (
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof InterestBody>,
  idem: Idempotency | null,
) => changeInterest(deps, actor, id, input, idem, 'express');

export const withdrawInterest = (
  deps: ProjectsDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof InterestBody>,
  idem: Idempotency | null,
) => changeInterest(deps, actor, id, input, idem, 'withdraw');
