import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure, Mode, RouteDto } from '../../../../contracts/transport';
import type { Graph, PlannerLink, PlannerNode } from './graph';
import { COUNTRIES, graphOf, networkArb, toNetwork } from './test-networks';
import { shortestEdges, type PlanQuery, type SingleCriterion } from './search';
import { dominatesOrEquals, paretoEdges } from './pareto';
import { describeRoute, plan } from './route';

const arb = networkArb.map(toNetwork);
const CRITERIA: SingleCriterion[] = ['time', 'cost', 'co2'];
const base = (criterion: PlanQuery['criterion']): PlanQuery => ({
  from: 'n0',
  to: 'n1',
  criterion,
  tonnes: 10,
  teu: 1,
  basis: 'TTW',
  includePlanned: true,
});

const lexLess = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
const linkIds = (g: Graph, edges: number[]) => edges.map((e) => g.links[g.edgeLink[e]!]!.link.id);

/** Every figure is published with a source, estimated with a method, or unknown with a reason. */
function checkFigure(f: Figure | null) {
  if (!f) return;
  if (f.kind === 'published') expect(f.source.length).toBeGreaterThan(0);
  else if (f.kind === 'estimated') expect(f.method.length).toBeGreaterThan(0);
  else {
    expect(f.reason.length).toBeGreaterThan(0);
    expect(f).not.toHaveProperty('min');
  }
}

function checkRoute(g: Graph, q: PlanQuery, r: RouteDto) {
  const names = [
    'km',
    'hours',
    'waitingHours',
    'transshipmentHours',
    'gaugeChangeHours',
    'borderDwellHours',
    'costUsd',
    'co2eKg',
  ] as const;
  r.legs.forEach((leg, i) => {
    for (const name of names) {
      const f = leg[name];
      checkFigure(f);
      if (f?.kind === 'unknown') expect(r.totals.unknown).toContainEqual({ leg: i, figure: name });
    }
    const link = g.links[g.linkIndex.get(leg.link)!]!.link;
    // A figure is published only where the link publishes it.
    expect(leg.km.kind === 'published').toBe(link.km !== null);
    if (link.hours !== null) expect(leg.hours).toMatchObject({ kind: 'published', min: link.hours });
  });
  if (r.legs.some((l) => l.costUsd.kind === 'unknown')) expect(r.totals.costUsd).toBeNull();
  if (r.legs.some((l) => l.co2eKg.kind === 'unknown')) expect(r.totals.co2eKg).toBeNull();
  expect(r.totals.hours.min).toBeLessThanOrEqual(r.totals.hours.max);
  void q;
}

describe('the route planner (properties)', () => {
  it('never finds a better route by adding a constraint', () => {
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom(...CRITERIA),
        fc.record({
          avoidCountry: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
          avoidMode: fc.option(fc.constantFrom<Mode>('rail', 'ferry', 'sea'), { nil: undefined }),
          avoidNode: fc.option(fc.constantFrom('n2', 'n3'), { nil: undefined }),
          through: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
          operationalOnly: fc.boolean(),
        }),
        (net, criterion, c) => {
          const g = graphOf(net);
          const q = { ...base(criterion), criterion };
          const free = shortestEdges(g, q);
          const constrained = shortestEdges(g, {
            ...q,
            avoidCountries: new Set(c.avoidCountry ? [c.avoidCountry] : []),
            avoidModes: new Set(c.avoidMode ? [c.avoidMode] : []),
            avoidNodes: new Set(c.avoidNode ? [c.avoidNode] : []),
            through: c.through ? [c.through] : [],
            includePlanned: !c.operationalOnly,
          });
          if (!constrained) return;
          expect(free).not.toBeNull();
          expect(lexLess(constrained.key, free!.key)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns a Pareto set in which no route is dominated by another', () => {
    fc.assert(
      fc.property(arb, (net) => {
        const g = graphOf(net);
        const { routes } = paretoEdges(g, base('pareto'));
        for (const a of routes)
          for (const b of routes)
            if (a !== b) expect(dominatesOrEquals(a.objectives, b.objectives)).toBe(false);
        // The fastest route is in the set: nothing in it is strictly faster.
        const fastest = shortestEdges(g, { ...base('time'), criterion: 'time' });
        expect(routes.length > 0).toBe(fastest !== null);
        if (fastest)
          expect(
            routes.some((r) => r.objectives[0] === fastest.key[0] && r.objectives[1] === fastest.key[1]),
          ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a route as it was when a link it does not use is removed', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...CRITERIA), fc.nat(), (net, criterion, pick) => {
        const g = graphOf(net);
        const q = { ...base(criterion), criterion };
        const found = shortestEdges(g, q);
        if (!found) return;
        const used = new Set(linkIds(g, found.edges));
        const unused = net.links.filter((l) => !used.has(l.id));
        if (!unused.length) return;
        const drop = unused[pick % unused.length]!;
        const g2 = graphOf({ ...net, links: net.links.filter((l) => l.id !== drop.id) });
        const again = shortestEdges(g2, q)!;
        expect(linkIds(g2, again.edges)).toEqual(linkIds(g, found.edges));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a route as good with the A* lower bounds as without them (they are exact)', () => {
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom(...CRITERIA),
        fc.boolean(),
        fc.option(fc.constantFrom<Mode>('rail', 'ferry', 'road'), { nil: undefined }),
        (net, criterion, withCoordinates, avoidMode) => {
          // With every node placed, the great-circle bound is used too; a missing coordinate turns it off.
          const nodes = withCoordinates ? net.nodes.map((n) => ({ ...n, lat: n.lat ?? 42 })) : net.nodes;
          const g = graphOf({ nodes, links: net.links });
          const q = { ...base(criterion), criterion, avoidModes: new Set(avoidMode ? [avoidMode] : []) };
          const bounded = shortestEdges(g, q);
          const plain = shortestEdges(g, { ...q, bounds: false });
          expect(bounded === null).toBe(plain === null);
          if (!bounded || !plain) return;
          expect(bounded.key[0]).toBe(plain.key[0]);
          expect(bounded.key[1]).toBeCloseTo(plain.key[1], 6);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers only with legs that exist in the network, end to end', () => {
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom<PlanQuery['criterion']>('time', 'cost', 'co2', 'pareto'),
        (net, criterion) => {
          const g = graphOf(net);
          const q = base(criterion);
          for (const r of plan(g, q).routes) {
            expect(r.legs[0]!.from).toBe('n0');
            expect(r.legs.at(-1)!.to).toBe('n1');
            r.legs.forEach((leg, i) => {
              const link = net.links.find((l) => l.id === leg.link)!;
              expect([link.from, link.to].sort()).toEqual([leg.from, leg.to].sort());
              if (i > 0) expect(leg.from).toBe(r.legs[i - 1]!.to);
            });
            checkRoute(g, q, r);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds a gauge-change dwell wherever consecutive rail legs change gauge, and waits for every ship', () => {
    fc.assert(
      fc.property(arb, (net) => {
        const g = graphOf(net);
        for (const r of plan(g, base('pareto')).routes)
          r.legs.forEach((leg, i) => {
            const f = g.links[g.linkIndex.get(leg.link)!]!;
            const prev = i > 0 ? g.links[g.linkIndex.get(r.legs[i - 1]!.link)!]! : null;
            const breaks =
              prev?.link.mode === 'rail' &&
              f.link.mode === 'rail' &&
              prev.gauge !== null &&
              f.gauge !== null &&
              prev.gauge !== f.gauge;
            expect(leg.gaugeChangeHours !== null).toBe(breaks);
            if (leg.mode === 'ferry' || leg.mode === 'sea') {
              expect(leg.waitingHours).not.toBeNull();
              const freq = f.link.frequencyPerWeek;
              if (freq) expect(leg.waitingHours).toMatchObject({ kind: 'estimated', min: 0 });
              else expect(leg.waitingHours!.kind).toBe('unknown');
            }
          });
      }),
      { numRuns: 200 },
    );
  });
});

describe('the route planner (cases)', () => {
  const node = (id: string, country: string, gaugesMm: number[], lon: number): PlannerNode => ({
    id,
    country,
    lat: 43,
    lon,
    gaugesMm,
    gaugeChangeDwellHours: null,
    transshipmentHours: null,
  });
  const link = (id: string, from: string, to: string, mode: Mode, hours: number | null): PlannerLink => ({
    id,
    from,
    to,
    mode,
    km: 100,
    hours,
    status: 'operational',
    plannedYear: null,
    passesCountries: null,
    frequencyPerWeek: null,
    borderDwellHours: null,
    costUsdPerTeu: null,
    source: 'case',
  });
  const q = (from: string, to: string): PlanQuery => ({ ...base('time'), from, to });

  it('includes the dwell of a break of gauge: its own when published, else the reference range', () => {
    const nodes = [
      node('a', 'CN', [1435], 60),
      node('b', 'KZ', [1435, 1520], 61),
      node('c', 'KZ', [1520], 62),
    ];
    const links = [link('ab', 'a', 'b', 'rail', 10), link('bc', 'b', 'c', 'rail', 10)];
    const r = plan(graphOf({ nodes, links }), q('a', 'c')).routes[0]!;
    expect(r.legs[1]!.gaugeChangeHours).toMatchObject({ kind: 'estimated', min: 1.5, max: 60 });
    expect(r.totals.hours).toEqual({ min: 21.5, max: 80 });
    nodes[1] = { ...nodes[1]!, gaugeChangeDwellHours: { min: 2, max: 3, source: 'station timetable' } };
    const own = plan(graphOf({ nodes, links }), q('a', 'c')).routes[0]!;
    expect(own.legs[1]!.gaugeChangeHours).toEqual({
      kind: 'published',
      min: 2,
      max: 3,
      source: 'station timetable',
    });
    expect(own.totals.hours).toEqual({ min: 22, max: 23 });
  });

  it('waits for a ferry by its frequency, and says so when no frequency is known', () => {
    const ferry = {
      ...link('f', 'a', 'b', 'ferry', 20),
      frequencyPerWeek: { min: 2, max: 2, source: 'timetable' },
    };
    const g = graphOf({ nodes: [node('a', 'KZ', [1520], 50), node('b', 'AZ', [1520], 51)], links: [ferry] });
    const r = plan(g, q('a', 'b')).routes[0]!;
    expect(r.legs[0]!.waitingHours).toMatchObject({ kind: 'estimated', min: 0, max: 84 });
    expect(r.totals.hours).toEqual({ min: 20, max: 104 });
    const g2 = graphOf({
      nodes: [node('a', 'KZ', [1520], 50), node('b', 'AZ', [1520], 51)],
      links: [{ ...ferry, frequencyPerWeek: null }],
    });
    const r2 = plan(g2, q('a', 'b')).routes[0]!;
    expect(r2.totals.unknown).toContainEqual({ leg: 0, figure: 'waitingHours' });
    expect(r2.totals.hours).toEqual({ min: 20, max: 20 });
  });

  it('estimates a missing distance and time from the coordinates and marks them as estimated', () => {
    const g = graphOf({
      nodes: [node('a', 'KZ', [1520], 60), node('b', 'KZ', [1520], 61)],
      links: [{ ...link('ab', 'a', 'b', 'rail', null), km: null }],
    });
    const leg = plan(g, q('a', 'b')).routes[0]!.legs[0]!;
    expect(leg.km).toMatchObject({ kind: 'estimated' });
    expect(leg.hours).toMatchObject({ kind: 'estimated' });
    if (leg.km.kind === 'estimated' && leg.hours.kind === 'estimated') {
      expect(leg.km.min).toBeLessThan(leg.km.max);
      expect(leg.hours.min).toBeLessThan(leg.hours.max);
      expect(leg.km.method).toMatch(/great-circle/);
    }
  });

  it('reports a cost it has no rate for as unknown, never as zero', () => {
    const g = graphOf({
      nodes: [node('a', 'KZ', [1520], 60), node('b', 'KZ', [1520], 61)],
      links: [link('ab', 'a', 'b', 'rail', 5)],
    });
    const r = plan(g, q('a', 'b')).routes[0]!;
    expect(r.legs[0]!.costUsd.kind).toBe('unknown');
    expect(r.totals.costUsd).toBeNull();
    expect(r.totals.unknown).toContainEqual({ leg: 0, figure: 'costUsd' });
  });

  it('never mixes emission bases: a WTW calculation without WTW factors is unknown', () => {
    const g = graphOf({
      nodes: [node('a', 'KZ', [1520], 60), node('b', 'KZ', [1520], 61)],
      links: [link('ab', 'a', 'b', 'rail', 5)],
    });
    const ttw = describeRoute(g, q('a', 'b'), shortestEdges(g, { ...q('a', 'b'), criterion: 'time' })!.edges);
    expect(ttw.legs[0]!.co2eKg).toMatchObject({ kind: 'estimated' });
    const wtw = plan(g, { ...q('a', 'b'), basis: 'WTW' }).routes[0]!;
    expect(wtw.legs[0]!.co2eKg.kind).toBe('unknown');
    expect(wtw.totals.co2eKg).toBeNull();
  });
});
