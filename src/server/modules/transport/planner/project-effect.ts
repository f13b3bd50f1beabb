import { buildGraph, mid, type Graph, type NetworkInput } from './graph';

/** What an investment project changes in the network, as the planner uses it. */
export interface ProjectEffect {
  /** Planned links the project builds: open to the search with the project. */
  builds: ReadonlySet<string>;
  /** Links whose door-to-door hours the project brings down, with the source of the new figure. */
  improves: ReadonlyMap<string, { hours: number; source: string }>;
}

/**
 * The network with a project's improvements: an improved link's time becomes the project's published
 * figure where that is faster than what the network knows (or the network knows none). A figure that
 * would be slower is left out, so that a project's links never make the best route slower, even when
 * the registry's figure has since improved past the project's. Returns the graph itself when nothing
 * changes; `applied` names the improvements used.
 */
export function withImprovements(
  g: Graph,
  input: Omit<NetworkInput, 'links' | 'nodes'>,
  improves: ProjectEffect['improves'],
): { graph: Graph; applied: Set<string> } {
  const applied = new Set<string>();
  for (const [id, better] of improves) {
    const f = g.links[g.linkIndex.get(id) ?? -1];
    if (!f) continue;
    if (f.hours.kind === 'unknown' || better.hours < mid(f.hours)) applied.add(id);
  }
  if (!applied.size) return { graph: g, applied };
  const links = g.links.map((f) =>
    applied.has(f.link.id)
      ? { ...f.link, hours: improves.get(f.link.id)!.hours, source: improves.get(f.link.id)!.source }
      : f.link,
  );
  const graph = buildGraph({ ...input, nodes: g.nodes, links });
  // The project gives a time, not a distance: the link's distance stays the network's, with its source.
  const patched = graph.links as Graph['links'][number][];
  for (const id of applied) {
    const i = graph.linkIndex.get(id)!;
    patched[i] = { ...patched[i]!, km: g.links[g.linkIndex.get(id)!]!.km };
  }
  return { graph, applied };
}
