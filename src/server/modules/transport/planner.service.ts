import type { z } from 'zod';
import { MODES, type Mode, type RoutesDto, type RoutesQuery } from '../../../contracts/transport';
import type { Kernel } from '../../core/module';
import { currentGraph } from './network.service';
import type { Graph } from './planner/graph';
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
