import type { z } from 'zod';
import type { ProjectLinkBody, ProjectLinkDto } from '../../../contracts/transport-links';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { actingForProject, visibleProjects, type ProjectRef } from '../projects';
import { getCorridor } from './corridors';
import * as repo from './links.repository';
import { getLink, getNode } from './network.service';
import type { ProjectEffect } from './planner/project-effect';
import * as network from './transport.repository';
import { LinkErrors } from './transport.errors';

type Deps = Pick<Kernel, 'db' | 'audit' | 'now'>;

const toDto = (r: repo.ProjectLinkRow, p: ProjectRef): ProjectLinkDto => ({
  id: r.id,
  project: { id: p.id, title: p.title, stage: p.stage, demo: p.demo },
  target: r.target as ProjectLinkDto['target'],
  targetId: r.target_id,
  effect: r.effect as ProjectLinkDto['effect'],
  hours: r.hours,
  source: r.source,
  createdAt: r.created_at,
});

/** Rows whose project the actor may see, as DTOs; the others are dropped, never named. */
async function visible(deps: Pick<Kernel, 'db'>, actor: Actor | null, rows: repo.ProjectLinkRow[]) {
  const projects = await visibleProjects(
    deps.db,
    actor,
    rows.map((r) => r.project_id),
  );
  return rows.flatMap((r) => {
    const p = projects.get(r.project_id);
    return p ? [toDto(r, p)] : [];
  });
}

/**
 * The nodes and links projects build or improve, as the actor may see the projects: by project, at a
 * node (the node and its links), or along a corridor (its nodes and links).
 */
export async function listProjectLinks(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  f: { project?: string; node?: string; corridor?: string },
): Promise<ProjectLinkDto[]> {
  let nodes: string[] | undefined;
  let links: string[] | undefined;
  if (f.node) {
    await getNode(deps, f.node);
    nodes = [f.node];
    links = (await network.listLinks(deps.db, { node: f.node })).map((l) => l.id);
  }
  if (f.corridor) {
    const c = await getCorridor(deps, f.corridor);
    nodes = nodes ? nodes.filter((n) => c.nodes.includes(n)) : c.nodes;
    links = links ? links.filter((l) => c.links.includes(l)) : c.links;
  }
  return visible(deps, actor, await repo.listProjectLinks(deps.db, { project: f.project, nodes, links }));
}

/**
 * A project names a node or link it builds or improves: the Secretariat, or whoever acts for the
 * proposing state in the projects module. A time is given only for a link the project improves.
 * @throws projects.not_found, transport.node_not_found, transport.link_not_found,
 * transport.bad_project_link, transport.project_link_exists, auth.*
 */
export async function addProjectLink(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof ProjectLinkBody>,
): Promise<ProjectLinkDto> {
  const { project, actingFor } = await actingForProject(deps.db, actor, input.project);
  if (input.target === 'node') await getNode(deps, input.targetId);
  else await getLink(deps, input.targetId);
  if (input.hours !== null && !(input.target === 'link' && input.effect === 'improves'))
    throw LinkErrors.badProjectLink({ parameter: 'hours' });
  const row: repo.ProjectLinkRow = {
    id: newId(),
    project_id: project.id,
    target: input.target,
    target_id: input.targetId,
    effect: input.effect,
    hours: input.hours,
    source: input.source,
    created_at: deps.now().toISOString(),
    created_by: actor.userId,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertProjectLink(trx, row);
      await deps.audit.record(trx, actor, {
        action: 'transport.project_link_added',
        targetType: 'transport_project_link',
        targetId: row.id,
        actingFor,
        data: {
          project: project.id,
          target: row.target,
          targetId: row.target_id,
          effect: row.effect,
          hours: row.hours,
          source: row.source,
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw LinkErrors.projectLinkExists({ target: input.targetId });
    throw err;
  }
  return toDto(row, project);
}

/** Removes a project's link, by the same people who may add it. @throws transport.project_link_not_found */
export async function removeProjectLink(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await repo.findProjectLink(deps.db, id);
  if (!row) throw LinkErrors.projectLinkNotFound({ id });
  const acting = await actingForProject(deps.db, actor, row.project_id).catch((err: unknown) => {
    // A link of a project the actor may not see does not exist for them.
    if ((err as { code?: string }).code === 'projects.not_found')
      throw LinkErrors.projectLinkNotFound({ id });
    throw err;
  });
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteProjectLink(trx, id);
    await deps.audit.record(trx, actor, {
      action: 'transport.project_link_removed',
      targetType: 'transport_project_link',
      targetId: id,
      actingFor: acting.actingFor,
      data: { project: row.project_id, target: row.target, targetId: row.target_id, effect: row.effect },
    });
  });
}

/**
 * What a project the actor may see changes for the planner: the planned links it builds and the times
 * it improves. A project the actor may not see, or that does not exist, is the same 400 naming the
 * parameter. @throws transport.unknown_project
 */
export async function projectEffect(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  projectId: string,
): Promise<{ project: ProjectRef; links: ProjectLinkDto[]; effect: ProjectEffect }> {
  const project = (await visibleProjects(deps.db, actor, [projectId])).get(projectId);
  if (!project) throw LinkErrors.unknownProject({ parameter: 'withProject', project: projectId });
  const rows = (await repo.listProjectLinks(deps.db, { project: projectId })).filter(
    (r) => r.target === 'link',
  );
  const builds = new Set<string>();
  const improves = new Map<string, { hours: number; source: string }>();
  for (const r of rows) {
    if (r.effect === 'builds') builds.add(r.target_id);
    else if (r.hours !== null) improves.set(r.target_id, { hours: r.hours, source: r.source });
  }
  const used = rows.filter((r) => (r.effect === 'builds' ? true : r.hours !== null));
  return { project, links: used.map((r) => toDto(r, project)), effect: { builds, improves } };
}
