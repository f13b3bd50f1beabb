import type { z } from 'zod';
import type { CorridorDto, LinkDto, NodeDto, SynergyDto } from '../../../contracts/transport';
import type { Kernel } from '../../core/module';
import { currentGraph, listLinks, listNodes } from './network.service';
import type { Graph } from './planner/graph';
import { describeRoute } from './planner/route';
import { shortestEdges, type PlanQuery } from './planner/search';
import { TransportErrors } from './transport.errors';

/**
 * Corridors as named paths over the network. Which nodes belong to which corridor is the reference
 * data's own tagging (each node's `corridors`), editable with the node; a corridor's links are the
 * links between two of its nodes. Nothing here adds a node or a link the registry does not hold.
 */
const TAGGING = 'corridor tags of the nodes in transport-network.json (research helper, 2026-12)';

export const CORRIDORS: Record<string, Omit<CorridorDto, 'id' | 'nodes' | 'links' | 'countries'>> = {
  northern: {
    name: {
      en: 'China–Europe Northern route',
      ru: 'Северный маршрут Китай — Европа',
      zh: '中欧班列北通道',
    },
    description: 'Rail from China via Kazakhstan, Russia and Belarus to the European Union.',
    source: TAGGING,
  },
  middle: {
    name: {
      en: 'Middle Corridor (Trans-Caspian International Transport Route)',
      ru: 'Средний коридор (Транскаспийский международный транспортный маршрут)',
      zh: '中间走廊（跨里海国际运输路线）',
    },
    description: 'Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Türkiye.',
    source: TAGGING,
  },
  instc: {
    name: {
      en: 'International North–South Transport Corridor',
      ru: 'Международный транспортный коридор «Север — Юг»',
      zh: '国际南北运输走廊',
    },
    description: 'Russia, the Caspian Sea or the eastern rail route, Iran and India.',
    source: TAGGING,
  },
  bri: {
    name: { en: 'Belt and Road routes', ru: 'Маршруты «Пояса и пути»', zh: '“一带一路”线路' },
    description: "Nodes the reference data tags as part of China's Belt and Road routes.",
    source: TAGGING,
  },
  sea: {
    name: {
      en: 'Sea route via Suez (comparison)',
      ru: 'Морской путь через Суэц (для сравнения)',
      zh: '经苏伊士运河的海运航线（对比）',
    },
    description:
      'Deep-sea container services between China and Northern Europe, the baseline the land routes are compared with.',
    source: TAGGING,
  },
};

export function corridorsOf(nodes: readonly NodeDto[], links: readonly LinkDto[]): CorridorDto[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return Object.entries(CORRIDORS).map(([id, c]) => {
    const members = nodes.filter((n) => n.corridors.includes(id));
    const inside = new Set(members.map((n) => n.id));
    return {
      id,
      ...c,
      nodes: members.map((n) => n.id),
      links: links.filter((l) => inside.has(l.from) && inside.has(l.to)).map((l) => l.id),
      countries: [...new Set(members.map((n) => byId.get(n.id)!.country))].sort(),
    };
  });
}

export async function listCorridors(deps: Pick<Kernel, 'db'>): Promise<CorridorDto[]> {
  const [nodes, links] = await Promise.all([listNodes(deps, {}), listLinks(deps, {})]);
  return corridorsOf(nodes, links);
}

export async function getCorridor(deps: Pick<Kernel, 'db'>, id: string): Promise<CorridorDto> {
  const c = (await listCorridors(deps)).find((x) => x.id === id);
  if (!c) throw TransportErrors.corridorNotFound({ id });
  return c;
}

const intersect = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

/** The journeys between the corridors' nodes whose fastest route takes the planned link once it opens. */
function effectsOf(g: Graph, link: LinkDto, nodes: readonly string[]) {
  const base: Omit<PlanQuery, 'from' | 'to'> = { criterion: 'time', tonnes: 1, teu: null, basis: 'TTW' };
  const effects: z.infer<typeof SynergyDto>['plannedLinks'][number]['effects'] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const q = { ...base, from: nodes[i]!, to: nodes[j]! };
      const withLink = shortestEdges(g, { ...q, criterion: 'time', includePlanned: new Set([link.id]) });
      if (!withLink || !withLink.edges.some((e) => g.links[g.edgeLink[e]!]!.link.id === link.id)) continue;
      const without = shortestEdges(g, { ...q, criterion: 'time' });
      const w = describeRoute(g, q, withLink.edges).totals.hours;
      effects.push({
        from: q.from,
        to: q.to,
        hoursWithout: without ? describeRoute(g, q, without.edges).totals.hours : null,
        hoursWith: w,
      });
    }
  return effects;
}

/** Where corridors share nodes and links, and what each planned link would change. */
export async function synergy(deps: Pick<Kernel, 'db'>): Promise<z.infer<typeof SynergyDto>> {
  const [nodes, links, g] = await Promise.all([listNodes(deps, {}), listLinks(deps, {}), currentGraph(deps)]);
  const corridors = corridorsOf(nodes, links);
  const pairs: z.infer<typeof SynergyDto>['pairs'] = [];
  for (let i = 0; i < corridors.length; i++)
    for (let j = i + 1; j < corridors.length; j++) {
      const a = corridors[i]!;
      const b = corridors[j]!;
      pairs.push({
        corridors: [a.id, b.id],
        sharedNodes: intersect(a.nodes, b.nodes),
        sharedLinks: intersect(a.links, b.links),
      });
    }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const plannedLinks = links
    .filter((l) => l.status === 'planned')
    .map((l) => {
      const tagged = [...new Set([...byId.get(l.from)!.corridors, ...byId.get(l.to)!.corridors])];
      const inCorridors = [
        ...new Set(corridors.filter((c) => tagged.includes(c.id)).flatMap((c) => c.nodes)),
      ];
      return {
        link: l.id,
        from: l.from,
        to: l.to,
        plannedYear: l.plannedYear,
        corridors: tagged,
        effects: effectsOf(g, l, inCorridors),
      };
    });
  return { pairs, plannedLinks };
}
