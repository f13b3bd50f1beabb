import type { z } from 'zod';
import { MODES, type Mode, type RoutesDto, type RoutesQuery } from '../../../contracts/transport';
import type { RoutesWithProjectDto, RoutesWithProjectQuery } from '../../../contracts/transport-links';
import type { Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { currentGraph } from './network.service';
import type { Graph } from './planner/graph';
import { withImprovements } from './planner/project-effect';
import { projectEffect } from './project-links.service';
import { GAUGE_CHANGE_DWELL, MODE_ASSUMPTIONS, referenceEmissionFactors } from './reference';
import { plan } from './planner/route';
import type { PlanQuery } from './planner/search';
import { TransportErrors } from './transport.errors';

const COUNTRY = /^[A-Z]{2}$/;
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Turns the query string into a planner query, checked against the network: every problem is a 400
 * naming the parameter. @throws transport.unknown_node, transport.same_endpoints, transport.bad_avoid,
 * transport.avoided_endpoint, transport.bad_through, transport.avoid_conflict
 */
export function toPlanQuery(g: Graph, q: z.infer<typeof RoutesQuery>): PlanQuery {
  const from = g.nodeIndex.get(q.from);
  if (from === undefined) throw TransportErrors.unknownNode({ parameter: 'from', node: q.from });
  const to = g.nodeIndex.get(q.to);
  if (to === undefined) throw TransportErrors.unknownNode({ parameter: 'to', node: q.to });
  if (from === to) throw TransportErrors.sameEndpoints({ parameter: 'to' });
  const avoidCountries = new Set<string>();
  const avoidModes = new Set<Mode>();
  const avoidNodes = new Set<string>();
  for (const token of list(q.avoid)) {
    if (COUNTRY.test(token)) avoidCountries.add(token);
    else if ((MODES as readonly string[]).includes(token)) avoidModes.add(token as Mode);
    else if (g.nodeIndex.has(token)) avoidNodes.add(token);
    else throw TransportErrors.badAvoid({ parameter: 'avoid', value: token });
  }
  for (const [parameter, i] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const n = g.nodes[i]!;
    if (avoidNodes.has(n.id) || avoidCountries.has(n.country))
      throw TransportErrors.avoidedEndpoint({ parameter: 'avoid', node: n.id, endpoint: parameter });
  }
  const through = list(q.through);
  if (through.length > 4) throw TransportErrors.badThrough({ parameter: 'through', value: q.through ?? '' });
  for (const c of through) {
    if (!COUNTRY.test(c)) throw TransportErrors.badThrough({ parameter: 'through', value: c });
    if (avoidCountries.has(c)) throw TransportErrors.avoidConflict({ parameter: 'through', country: c });
  }
  let tonnes: number | null = 1;
  let teu: number | null = null;
  if (q.cargo) {
    const amount = Number.parseFloat(q.cargo);
    if (/teu$/i.test(q.cargo)) {
      teu = amount;
      tonnes = q.tonnesPerTeu ? amount * q.tonnesPerTeu : null;
    } else {
      tonnes = amount;
      teu = q.tonnesPerTeu ? amount / q.tonnesPerTeu : null;
    }
  }
  return {
    from: q.from,
    to: q.to,
    criterion: q.criterion,
    avoidCountries,
    avoidModes,
    avoidNodes,
    through: [...new Set(through)],
    includePlanned: q.include === 'planned',
    tonnes,
    teu,
    basis: q.basis,
  };
}

export async function planRoutes(
  deps: Pick<Kernel, 'db'>,
  q: z.infer<typeof RoutesQuery>,
): Promise<RoutesDto> {
  const g = await currentGraph(deps);
  const pq = toPlanQuery(g, q);
  const { routes, truncated } = plan(g, pq);
  return answer(pq, routes, truncated);
}

/**
 * The routes, and with `withProject` the routes again with that project's links: the planned links it
 * builds open to the search, the times it improves in place of the network's. The project's links are
 * used only when asked; a project the caller may not see is a 400 naming the parameter.
 */
export async function planRoutesWithProject(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  q: z.infer<typeof RoutesWithProjectQuery>,
): Promise<RoutesWithProjectDto> {
  const { withProject, ...rest } = q;
  const g = await currentGraph(deps);
  const pq = toPlanQuery(g, rest);
  // Checked before the search, so that an invisible project costs the same as an unknown one.
  const p = withProject === undefined ? null : await projectEffect(deps, actor, withProject);
  const base = plan(g, pq);
  if (!p) return answer(pq, base.routes, base.truncated);
  const { graph, applied } = withImprovements(
    g,
    {
      emissionFactors: referenceEmissionFactors(),
      modes: MODE_ASSUMPTIONS,
      gaugeChangeDwell: GAUGE_CHANGE_DWELL,
    },
    p.effect.improves,
  );
  const includePlanned =
    pq.includePlanned === true ? true : new Set([...p.effect.builds].filter((id) => graph.linkIndex.has(id)));
  const withIt = plan(graph, { ...pq, includePlanned });
  const own = new Set([...applied, ...p.effect.builds]);
  return {
    ...answer(pq, base.routes, base.truncated),
    withProject: {
      project: p.project,
      links: p.links.filter((l) => l.effect === 'builds' || applied.has(l.targetId)),
      truncated: withIt.truncated,
      routes: withIt.routes,
      usesProjectLink: !!withIt.routes[0]?.legs.some((leg) => own.has(leg.link)),
    },
  };
}

function answer(pq: PlanQuery, routes: RoutesDto['routes'], truncated: boolean): RoutesDto {
  return {
    from: pq.from,
    to: pq.to,
    criterion: pq.criterion,
    cargo: { tonnes: pq.tonnes, teu: pq.teu },
    emissionBasis: pq.basis,
    truncated,
    routes,
  };
}
