import type {
  EmissionBasis,
  EmissionFactorDto,
  Figure,
  LinkDto,
  Mode,
  ModeAssumption,
  NodeDto,
} from '../../../../contracts/transport';
import { MODES } from '../../../../contracts/transport';

/**
 * The planner's network in memory: built once from the registry's nodes and links, then queried many
 * times. Pure: no database, no clock. Each link's own figures (distance, time, emission factor) are
 * settled here, published or estimated or unknown, so that a query only adds them up.
 */
export type PlannerNode = Pick<
  NodeDto,
  'id' | 'country' | 'lat' | 'lon' | 'gaugesMm' | 'gaugeChangeDwellHours' | 'transshipmentHours'
>;
export type PlannerLink = Pick<
  LinkDto,
  | 'id'
  | 'from'
  | 'to'
  | 'mode'
  | 'km'
  | 'hours'
  | 'status'
  | 'plannedYear'
  | 'passesCountries'
  | 'frequencyPerWeek'
  | 'borderDwellHours'
  | 'costUsdPerTeu'
  | 'source'
>;

export interface NetworkInput {
  nodes: readonly PlannerNode[];
  links: readonly PlannerLink[];
  emissionFactors: readonly EmissionFactorDto[];
  modes: Record<Mode, ModeAssumption>;
  /** The dwell of a break of gauge with no published figure of its own. */
  gaugeChangeDwell: { min: number; max: number; method: string };
}

export type Known = Exclude<Figure, { kind: 'unknown' }>;

export interface LinkFigures {
  link: PlannerLink;
  from: number;
  to: number;
  km: Figure;
  hours: Figure;
  /** The one gauge both ends share, for rail; null when it is not one known gauge. */
  gauge: number | null;
  crossesBorder: boolean;
  /** g CO2e per tonne-km by basis, or why there is none. */
  factor: Record<EmissionBasis, Figure>;
  /** Waiting for a departure when boarding this link; null when it runs without a timetable. */
  waiting: Figure | null;
  /** Border formalities on the link; null when it crosses no border or its time already holds them. */
  border: Figure | null;
  classId: number;
}

export interface NodeFigures {
  transshipment: Figure;
  gaugeChange: Figure;
}

export interface Graph {
  nodes: readonly PlannerNode[];
  nodeIndex: ReadonlyMap<string, number>;
  links: readonly LinkFigures[];
  linkIndex: ReadonlyMap<string, number>;
  /** Directed edges in CSR form: the edges leaving node i are adjEdge[adjStart[i] .. adjStart[i+1]). */
  adjStart: Int32Array;
  adjEdge: Int32Array;
  /** For directed edge e: its link, and its head (the node it arrives at). */
  edgeLink: Int32Array;
  edgeHead: Int32Array;
  /** How many arrival classes (mode × gauge) a node's state splits into; class 0 is "not yet moved". */
  classCount: number;
  classMode: (Mode | null)[];
  classGauge: (number | null)[];
  nodeFigures: readonly NodeFigures[];
  /** The criteria's numbers, settled once: `u` counts unknown figures, `v` adds up the known ones' midpoints. */
  num: {
    hoursU: Float64Array;
    hoursV: Float64Array;
    waitU: Float64Array;
    waitV: Float64Array;
    borderU: Float64Array;
    borderV: Float64Array;
    transU: Float64Array;
    transV: Float64Array;
    gaugeU: Float64Array;
    gaugeV: Float64Array;
  };
  /** What a transfer depends on, as numbers: carrier (a border link counts as rail; -1 at the origin). */
  kind: {
    linkCarrier: Int8Array;
    linkRail: Uint8Array;
    linkBorder: Uint8Array;
    linkShip: Uint8Array;
    /** 0: not one known gauge. */
    linkGauge: Int32Array;
    linkClass: Int32Array;
    classCarrier: Int8Array;
    classRail: Uint8Array;
    classGauge: Int32Array;
  };
  modes: Record<Mode, ModeAssumption>;
  /**
   * Coordinates in radians (NaN where a node has none) and each link's great-circle km, for the
   * search's lower bounds; `complete` when every node has coordinates (else no bound is used).
   */
  geo: {
    lat: Float64Array;
    lon: Float64Array;
    cosLat: Float64Array;
    linkKm: Float64Array;
    complete: boolean;
  };
}

const EARTH_KM = 6371.0088;

export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** greatCircleKm over the graph's radians, without converting again on every call of a search. */
export function geoKm(geo: Graph['geo'], a: number, b: number): number {
  const dLat = geo.lat[b]! - geo.lat[a]!;
  const dLon = geo.lon[b]! - geo.lon[a]!;
  const h = Math.sin(dLat / 2) ** 2 + geo.cosLat[a]! * geo.cosLat[b]! * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const mid = (f: Known) => (f.min + f.max) / 2;

function kmFigure(l: PlannerLink, a: PlannerNode, b: PlannerNode, m: ModeAssumption): Figure {
  if (l.km !== null) return { kind: 'published', min: l.km, max: l.km, source: l.source };
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null)
    return { kind: 'unknown', reason: 'no published distance and no coordinates to estimate it from' };
  const gc = greatCircleKm(a.lat, a.lon, b.lat, b.lon);
  return {
    kind: 'estimated',
    min: round(gc * m.detourFactor.min),
    max: round(gc * m.detourFactor.max),
    method: `great-circle ${round(gc)} km × detour factor ${m.detourFactor.min}–${m.detourFactor.max} (${m.detourFactor.source})`,
  };
}

function hoursFigure(l: PlannerLink, km: Figure, m: ModeAssumption, dwell: Figure): Figure {
  if (l.hours !== null) return { kind: 'published', min: l.hours, max: l.hours, source: l.source };
  // A border or gauge-change link is a dwell, not a journey: its time is the dwell, not km / speed.
  if (l.mode === 'border_gauge_change') return dwell;
  if (km.kind === 'unknown') return { kind: 'unknown', reason: 'no published time and no distance' };
  return {
    kind: 'estimated',
    // Not rounded: a rounded estimate of a short link could be 0 h and break the search's lower bound
    // (time ≥ great-circle km × the least hours per km); the answer's totals are rounded instead.
    min: km.min / m.speedKmh.max,
    max: km.max / m.speedKmh.min,
    method: `${km.kind} distance / commercial speed ${m.speedKmh.min}–${m.speedKmh.max} km/h (${m.speedKmh.source})`,
  };
}

function waitingFigure(l: PlannerLink): Figure | null {
  const f = l.frequencyPerWeek;
  if (f && f.min > 0)
    return {
      kind: 'estimated',
      min: 0,
      max: round(168 / f.min),
      method: `up to one headway at ${f.min}–${f.max} departures a week (${f.source})`,
    };
  // A ship or ferry sails on its own timetable; a train is taken as leaving when the load is ready.
  if (l.mode === 'ferry' || l.mode === 'sea')
    return { kind: 'unknown', reason: 'no published frequency of departures' };
  return null;
}

function borderFigure(l: PlannerLink, crosses: boolean, hours: Figure): Figure | null {
  const b = l.borderDwellHours;
  if (b) return { kind: 'published', min: b.min, max: b.max, source: b.source };
  // A published door-to-door time already holds the border; a border link is the dwell itself.
  if (!crosses || l.mode === 'border_gauge_change' || hours.kind === 'published') return null;
  return { kind: 'unknown', reason: 'no published border dwell on a link whose time is estimated' };
}

function nodeFigures(n: PlannerNode, gaugeDwell: Figure): NodeFigures {
  const t = n.transshipmentHours;
  const d = n.gaugeChangeDwellHours;
  return {
    transshipment: t
      ? { kind: 'published', min: t.min, max: t.max, source: t.source }
      : { kind: 'unknown', reason: 'no published transshipment time at this node' },
    gaugeChange: d ? { kind: 'published', min: d.min, max: d.max, source: d.source } : gaugeDwell,
  };
}

/** The unknown count and known midpoint of a figure, as the search adds them. */
export function uv(f: Figure | null): [number, number] {
  if (!f) return [0, 0];
  return f.kind === 'unknown' ? [1, 0] : [0, mid(f)];
}

function factorFigure(
  mode: Mode,
  basis: EmissionBasis,
  m: ModeAssumption,
  byId: Map<string, EmissionFactorDto>,
): Figure {
  const used = m.emissionFactors[basis]
    .map((id) => byId.get(id))
    .filter((f): f is EmissionFactorDto => !!f && f.basis === basis && f.gCo2ePerTkm !== null);
  if (!used.length)
    return { kind: 'unknown', reason: `no ${basis} emission factor for ${mode} in the reference data` };
  const values = used.map((f) => f.gCo2ePerTkm!);
  return {
    kind: 'estimated',
    min: Math.min(...values),
    max: Math.max(...values),
    method: `${basis} g CO2e/tkm ${used.map((f) => `${f.id} (${f.source})`).join('; ')}`,
  };
}

export function buildGraph(input: NetworkInput): Graph {
  const nodeIndex = new Map(input.nodes.map((n, i) => [n.id, i]));
  // Arrival classes come from the nodes' gauges, not from the links, so that removing a link leaves
  // every state's index (and so every tie-break) where it was.
  const gauges = [...new Set(input.nodes.flatMap((n) => n.gaugesMm))].sort((a, b) => a - b);
  const slots = gauges.length + 1;
  const classMode: (Mode | null)[] = [null];
  const classGauge: (number | null)[] = [null];
  for (const mode of MODES)
    for (let s = 0; s < slots; s++) {
      classMode.push(mode);
      classGauge.push(s < gauges.length ? gauges[s]! : null);
    }
  const byId = new Map(input.emissionFactors.map((f) => [f.id, f]));
  // A factor depends on the mode only: settled once per mode, shared by its links.
  const factors = new Map(
    MODES.map((mode) => {
      const m = input.modes[mode];
      return [mode, { TTW: factorFigure(mode, 'TTW', m, byId), WTW: factorFigure(mode, 'WTW', m, byId) }];
    }),
  );
  // Fixed data, not the current links: a link's estimate never moves because another link changed.
  const gaugeDwell: Figure = { kind: 'estimated', ...input.gaugeChangeDwell };
  const links: LinkFigures[] = [];
  const linkIndex = new Map<string, number>();
  for (const l of input.links) {
    const from = nodeIndex.get(l.from);
    const to = nodeIndex.get(l.to);
    if (from === undefined || to === undefined) continue;
    const a = input.nodes[from]!;
    const b = input.nodes[to]!;
    const m = input.modes[l.mode];
    const km = kmFigure(l, a, b, m);
    const shared = a.gaugesMm.filter((g) => b.gaugesMm.includes(g));
    const gauge = l.mode === 'rail' && shared.length === 1 ? shared[0]! : null;
    linkIndex.set(l.id, links.length);
    const hours = hoursFigure(l, km, m, gaugeDwell);
    links.push({
      link: l,
      from,
      to,
      km,
      hours,
      gauge,
      crossesBorder: a.country !== b.country,
      waiting: l.mode === 'border_gauge_change' ? null : waitingFigure(l),
      border: borderFigure(l, a.country !== b.country, hours),
      factor: factors.get(l.mode)!,
      classId: 1 + MODES.indexOf(l.mode) * slots + (gauge === null ? gauges.length : gauges.indexOf(gauge)),
    });
  }
  // Links are undirected: each gives an edge both ways.
  const degree = new Int32Array(input.nodes.length + 1);
  for (const f of links) {
    degree[f.from]!++;
    degree[f.to]!++;
  }
  const adjStart = new Int32Array(input.nodes.length + 1);
  for (let i = 0; i < input.nodes.length; i++) adjStart[i + 1] = adjStart[i]! + degree[i]!;
  const fill = adjStart.slice(0, input.nodes.length);
  const adjEdge = new Int32Array(links.length * 2);
  const edgeLink = new Int32Array(links.length * 2);
  const edgeHead = new Int32Array(links.length * 2);
  links.forEach((f, i) => {
    for (const [tail, head, e] of [
      [f.from, f.to, 2 * i],
      [f.to, f.from, 2 * i + 1],
    ] as const) {
      edgeLink[e] = i;
      edgeHead[e] = head;
      adjEdge[fill[tail]!++] = e;
    }
  });
  const nodeFigs = input.nodes.map((n) => nodeFigures(n, gaugeDwell));
  const fill2 = (figs: readonly (Figure | null)[]): [Float64Array, Float64Array] => {
    const u = new Float64Array(figs.length);
    const v = new Float64Array(figs.length);
    figs.forEach((f, i) => ([u[i], v[i]] = uv(f)));
    return [u, v];
  };
  const [hoursU, hoursV] = fill2(links.map((f) => f.hours));
  const [waitU, waitV] = fill2(links.map((f) => f.waiting));
  const [borderU, borderV] = fill2(links.map((f) => f.border));
  const [transU, transV] = fill2(nodeFigs.map((f) => f.transshipment));
  const [gaugeU, gaugeV] = fill2(nodeFigs.map((f) => f.gaugeChange));
  const carrierOf = (mode: Mode | null) =>
    mode === null ? -1 : MODES.indexOf(mode === 'border_gauge_change' ? 'rail' : mode);
  const kind = {
    linkCarrier: Int8Array.from(links, (f) => carrierOf(f.link.mode)),
    linkRail: Uint8Array.from(links, (f) => (f.link.mode === 'rail' ? 1 : 0)),
    linkBorder: Uint8Array.from(links, (f) => (f.link.mode === 'border_gauge_change' ? 1 : 0)),
    linkShip: Uint8Array.from(links, (f) => (f.link.mode === 'ferry' || f.link.mode === 'sea' ? 1 : 0)),
    linkGauge: Int32Array.from(links, (f) => f.gauge ?? 0),
    linkClass: Int32Array.from(links, (f) => f.classId),
    classCarrier: Int8Array.from(classMode, carrierOf),
    classRail: Uint8Array.from(classMode, (m) => (m === 'rail' ? 1 : 0)),
    classGauge: Int32Array.from(classGauge, (x) => x ?? 0),
  };
  const rad = (x: number | null) => (x === null ? NaN : (x * Math.PI) / 180);
  const lat = Float64Array.from(input.nodes, (n) => rad(n.lat));
  const lon = Float64Array.from(input.nodes, (n) => rad(n.lon));
  const geo = { lat, lon, cosLat: lat.map(Math.cos), linkKm: new Float64Array(links.length), complete: true };
  geo.complete = !lat.some(Number.isNaN) && !lon.some(Number.isNaN);
  links.forEach((f, i) => (geo.linkKm[i] = geoKm(geo, f.from, f.to)));
  return {
    geo,
    kind,
    nodes: input.nodes,
    nodeIndex,
    links,
    linkIndex,
    adjStart,
    adjEdge,
    edgeLink,
    edgeHead,
    classCount: classMode.length,
    classMode,
    classGauge,
    nodeFigures: nodeFigs,
    num: { hoursU, hoursV, waitU, waitV, borderU, borderV, transU, transV, gaugeU, gaugeV },
    modes: input.modes,
  };
}
