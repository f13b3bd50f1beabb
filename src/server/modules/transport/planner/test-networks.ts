import fc from 'fast-check';
import type { Mode } from '../../../../contracts/transport';
import { GAUGE_CHANGE_DWELL, MODE_ASSUMPTIONS, referenceEmissionFactors } from '../reference';
import { buildGraph, type PlannerLink, type PlannerNode } from './graph';

/** Random small networks: a few countries, gauges and modes, figures published or missing. */
export const COUNTRIES = ['KZ', 'UZ', 'AZ'];
const GAUGES = [[1435], [1520], [1435, 1520]];
const MODES: Mode[] = ['rail', 'rail', 'ferry', 'sea', 'road', 'border_gauge_change'];

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 2 });
const range = fc
  .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }))
  .map(([a, b]) => ({ min: a, max: a + b, source: 'test source' }));

export const networkArb = fc.integer({ min: 3, max: 10 }).chain((n) =>
  fc.record({
    nodes: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          id: fc.constant(`n${i}`),
          country: fc.constantFrom(...COUNTRIES),
          lat: maybe(fc.double({ min: 35, max: 50, noNaN: true })),
          lon: fc.double({ min: 40, max: 80, noNaN: true }),
          gaugesMm: fc.constantFrom(...GAUGES),
          gaugeChangeDwellHours: maybe(range),
          transshipmentHours: maybe(range),
        }),
      ),
    ),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        mode: fc.constantFrom(...MODES),
        km: maybe(fc.integer({ min: 1, max: 3000 })),
        hours: maybe(fc.integer({ min: 1, max: 200 })),
        planned: fc.boolean(),
        frequencyPerWeek: maybe(range),
        borderDwellHours: maybe(range),
        costUsdPerTeu: maybe(range),
      }),
      { minLength: 2, maxLength: 30 },
    ),
  }),
);

export type Network = { nodes: PlannerNode[]; links: PlannerLink[] };

type RawNetwork = typeof networkArb extends fc.Arbitrary<infer T> ? T : never;

export function toNetwork(raw: RawNetwork): Network {
  const nodes: PlannerNode[] = raw.nodes.map((n) => ({ ...n, lat: n.lat === null ? null : n.lat }));
  const links: PlannerLink[] = raw.links
    .filter((l) => l.a !== l.b)
    .map((l, i) => ({
      id: `l${i}`,
      from: `n${l.a}`,
      to: `n${l.b}`,
      mode: l.mode,
      km: l.km,
      hours: l.hours,
      status: l.planned ? 'planned' : 'operational',
      plannedYear: null,
      passesCountries: null,
      frequencyPerWeek: l.frequencyPerWeek,
      borderDwellHours: l.borderDwellHours,
      costUsdPerTeu: l.costUsdPerTeu,
      source: `source of l${i}`,
    }));
  return { nodes, links };
}

export const graphOf = (net: Network) =>
  buildGraph({
    ...net,
    emissionFactors: referenceEmissionFactors(),
    modes: MODE_ASSUMPTIONS,
    gaugeChangeDwell: GAUGE_CHANGE_DWELL,
  });
