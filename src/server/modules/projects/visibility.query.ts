import type { Localized } from '../../../contracts/common';
import type { Actor } from '../../core/auth/actor';
import type { DbOrTrx } from '../../core/db/database';
import { currentMemberCodes } from '../states';
import { ProjectErrors } from './projects.errors';
import { canRead, managingFor } from './projects.policy';
import * as repo from './project.repository';

export interface ProjectRef {
  id: string;
  title: Localized;
  stage: repo.Project['stage'];
  proposingState: string | null;
  demo: boolean;
}

/**
 * The projects among `ids` the actor may see, by the projects module's own rule (a project outside the
 * public pipeline is restricted business); the others are simply absent, so that another module that
 * links to projects never names one its reader may not see.
 */
export async function visibleProjects(
  db: DbOrTrx,
  actor: Actor | null,
  ids: readonly string[],
): Promise<Map<string, ProjectRef>> {
  const out = new Map<string, ProjectRef>();
  if (!ids.length) return out;
  const members = await currentMemberCodes(db);
  for (const id of new Set(ids)) {
    const p = await repo.findProject(db, id);
    if (p && canRead(actor, p, members))
      out.set(id, { id, title: p.title, stage: p.stage, proposingState: p.proposingState, demo: p.demo });
  }
  return out;
}

/**
 * Who acts for a project's file, as the projects module decides it (the Secretariat, or the proposing
 * state's coordinator or delegate). A project the actor may not see is a 404, never a 403.
 * @throws projects.not_found, auth.unauthenticated, auth.forbidden, auth.no_mandate
 */
export async function actingForProject(
  db: DbOrTrx,
  actor: Actor | null,
  id: string,
): Promise<{ project: ProjectRef; actingFor: string }> {
  const project = (await visibleProjects(db, actor, [id])).get(id);
  if (!project) throw ProjectErrors.notFound({ id });
  return { project, actingFor: managingFor(actor, project) };
}
