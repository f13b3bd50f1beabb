import { pathToFileURL } from 'node:url';
import type { Mode } from '../src/contracts/transport';
import {
  buildGraph,
  type Graph,
  type PlannerLink,
  type PlannerNode,
} from '../src/server/modules/transport/planner/graph';
import { plan } from '../src/server/modules/transport/planner/route';
import type { PlanQuery } from '../src/server/modules/transport/planner/search';
import {
  GAUGE_CHANGE_DWELL,
  MODE_ASSUMPTIONS,
  referenceEmissionFactors,
  referenceLinks,
  referenceNodes,
} from '../src/server/modules/transport/reference';

/**
 * Benchmark of the route planner (issue 10), in process (the planner is a pure library over a graph
 * built once): p50/p95 of a query on the reference network (58 nodes, 87 links; target p95 < 10 ms)
 * and on a generated network of TRANSPORT_NODES nodes and TRANSPORT_LINKS links (target p95 < 100 ms
 * for one criterion), and the Pareto query on both. The baseline, measured in the same run on the same
 * graph and origins, is a breadth-first walk that visits every edge reachable from the origin once: the
 * least any search over the network must do. `npx tsx bench/transport.ts` runs it alone.
 */
export interface TransportFigure {
  name: string;
  p50: number;
  p95: number;
  /** p95 over the baseline's p95 on the same network. */
  ratio?: number;
  note?: string;
}

const NODES = Number(process.env.BENCH_TRANSPORT_NODES ?? 50_000);
const LINKS = Number(process.env.BENCH_TRANSPORT_LINKS ?? 150_000);
const QUERIES = Number(process.env.BENCH_TRANSPORT_QUERIES ?? 60);

/** A small deterministic generator, so that every run plans the same queries on the same network. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Nodes scattered over Eurasia, their country and gauge by longitude band (1435 mm east and west,
 * 1520 mm between: breaks of gauge where the bands meet); each link joins a node to one in its own or a
 * neighbouring grid cell. Half the links have no published distance or time, as in the reference data.
 */
export function generateNetwork(nodes: number, links: number) {
  const rnd = random(10);
  const countries = ['DE', 'PL', 'BY', 'RU', 'KZ', 'UZ', 'CN'];
  const out: { nodes: PlannerNode[]; links: PlannerLink[] } = { nodes: [], links: [] };
  const side = Math.ceil(Math.sqrt(nodes / 4));
  const cells = new Map<number, number[]>();
  for (let i = 0; i < nodes; i++) {
    const lon = 10 + rnd() * 110;
    const lat = 30 + rnd() * 25;
    const band = Math.min(countries.length - 1, Math.floor(((lon - 10) / 110) * countries.length));
    out.nodes.push({
      id: `g${i}`,
      country: countries[band]!,
      lat,
      lon,
      gaugesMm: band <= 1 || band === 6 ? [1435] : band === 2 ? [1520, 1435] : [1520],
      gaugeChangeDwellHours: null,
      transshipmentHours: null,
    });
    const cell = Math.floor(((lon - 10) / 110) * side) * side + Math.floor(((lat - 30) / 25) * side);
    (cells.get(cell) ?? cells.set(cell, []).get(cell)!).push(i);
  }
  const cellOf = (n: PlannerNode) =>
    [Math.floor(((n.lon! - 10) / 110) * side), Math.floor(((n.lat! - 30) / 25) * side)] as const;
  const modes: Mode[] = ['rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'road', 'road', 'ferry'];
  for (let k = 0; k < links; k++) {
    const a = k % nodes;
    const [cx, cy] = cellOf(out.nodes[a]!);
    const nx = Math.max(0, Math.min(side - 1, cx + Math.floor(rnd() * 3) - 1));
    const ny = Math.max(0, Math.min(side - 1, cy + Math.floor(rnd() * 3) - 1));
    const pool = cells.get(nx * side + ny) ?? [a];
    const b = pool[Math.floor(rnd() * pool.length)]!;
    if (a === b) continue;
    const mode = modes[Math.floor(rnd() * modes.length)]!;
    out.links.push({
      id: `l${k}`,
      from: `g${a}`,
      to: `g${b}`,
      mode,
      km: rnd() < 0.5 ? null : Math.round(50 + rnd() * 300),
      hours: rnd() < 0.5 ? null : Math.round(2 + rnd() * 20),
      status: rnd() < 0.05 ? 'planned' : 'operational',
      plannedYear: null,
      passesCountries: null,
      frequencyPerWeek: mode === 'ferry' ? { min: 1, max: 3, source: 'generated' } : null,
      borderDwellHours: null,
      costUsdPerTeu: rnd() < 0.7 ? { min: 100, max: 200, source: 'generated' } : null,
      source: 'generated',
    });
  }
  return out;
}

const graphOf = (net: { nodes: PlannerNode[]; links: PlannerLink[] }) =>
  buildGraph({
    ...net,
    emissionFactors: referenceEmissionFactors(),
    modes: MODE_ASSUMPTIONS,
    gaugeChangeDwell: GAUGE_CHANGE_DWELL,
  });

/** The baseline: every edge reachable from the origin visited once, breadth first. */
function walk(g: Graph, from: string): number {
  const seen = new Uint8Array(g.nodes.length);
  const queue = new Int32Array(g.nodes.length);
  let head = 0;
  let tail = 0;
  let edges = 0;
  queue[tail++] = g.nodeIndex.get(from)!;
  seen[queue[0]!] = 1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = g.adjStart[v]!; k < g.adjStart[v + 1]!; k++) {
      edges++;
      const w = g.edgeHead[g.adjEdge[k]!]!;
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return edges;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function measure(
  g: Graph,
  pairs: [string, string][],
  criterion: PlanQuery['criterion'],
): { ms: number[]; found: number; truncated: number } {
  const ms: number[] = [];
  let found = 0;
  let truncated = 0;
  for (const [from, to] of pairs) {
    let routes = 0;
    let cut = false;
    ms.push(
      time(() => {
        const r = plan(g, { from, to, criterion, tonnes: 1, teu: 1, basis: 'TTW' });
        routes = r.routes.length;
        cut = r.truncated;
      }),
    );
    if (routes) found++;
    if (cut) truncated++;
  }
  return { ms, found, truncated };
}

function pairsOf(g: Graph, n: number, seed: number): [string, string][] {
  const rnd = random(seed);
  const out: [string, string][] = [];
  while (out.length < n) {
    const a = g.nodes[Math.floor(rnd() * g.nodes.length)]!.id;
    const b = g.nodes[Math.floor(rnd() * g.nodes.length)]!.id;
    if (a !== b) out.push([a, b]);
  }
  return out;
}

function benchNetwork(label: string, g: Graph, queries: number, paretoQueries: number): TransportFigure[] {
  const pairs = pairsOf(g, queries, 1);
  // Warm up the JIT on queries that are not measured.
  measure(g, pairsOf(g, Math.min(10, queries), 2), 'time');
  const base = pairs.map(([from]) => time(() => walk(g, from)));
  const baseP95 = percentile(base, 95);
  const figures: TransportFigure[] = [
    {
      name: `${label}: baseline (breadth-first walk of every edge)`,
      p50: percentile(base, 50),
      p95: baseP95,
    },
  ];
  for (const criterion of ['time', 'co2'] as const) {
    const r = measure(g, pairs, criterion);
    figures.push({
      name: `${label}: route by ${criterion}`,
      p50: percentile(r.ms, 50),
      p95: percentile(r.ms, 95),
      ratio: percentile(r.ms, 95) / baseP95,
      note: `${r.found}/${pairs.length} found`,
    });
  }
  const p = measure(g, pairs.slice(0, paretoQueries), 'pareto');
  figures.push({
    name: `${label}: Pareto set (time, cost, CO2)`,
    p50: percentile(p.ms, 50),
    p95: percentile(p.ms, 95),
    ratio: percentile(p.ms, 95) / baseP95,
    note: `${p.found}/${paretoQueries} found, ${p.truncated} at the label limit`,
  });
  return figures;
}

export function benchTransport(): TransportFigure[] {
  const reference = graphOf({ nodes: referenceNodes(), links: referenceLinks() });
  const figures = benchNetwork('reference network (58 nodes, 87 links)', reference, 500, 200);
  const net = generateNetwork(NODES, LINKS);
  let g!: Graph;
  const build = time(() => (g = graphOf(net)));
  figures.push({ name: `generated network: graph built once`, p50: build, p95: build });
  figures.push(...benchNetwork(`generated (${NODES} nodes, ${net.links.length} links)`, g, QUERIES, 10));
  return figures;
}

export function printTransport(figures: TransportFigure[]) {
  console.log(
    '\nTransport route planner, in process, one query at a time (targets: p95 < 10 ms reference, < 100 ms generated)',
  );
  console.log(
    'run'.padEnd(72) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + 'ratio'.padStart(8) + '  note',
  );
  for (const f of figures)
    console.log(
      f.name.padEnd(72) +
        f.p50.toFixed(2).padStart(9) +
        f.p95.toFixed(2).padStart(9) +
        (f.ratio !== undefined ? f.ratio.toFixed(1) : '').padStart(8) +
        (f.note ? `  ${f.note}` : ''),
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTransport(benchTransport());
}
