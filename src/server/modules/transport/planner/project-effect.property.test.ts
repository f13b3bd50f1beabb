import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAUGE_CHANGE_DWELL, MODE_ASSUMPTIONS, referenceEmissionFactors } from '../reference';
import { withImprovements } from './project-effect';
import { shortestEdges, type PlanQuery } from './search';
import { graphOf, networkArb, toNetwork } from './test-networks';

const fixed = {
  emissionFactors: referenceEmissionFactors(),
  modes: MODE_ASSUMPTIONS,
  gaugeChangeDwell: GAUGE_CHANGE_DWELL,
};
const lexLeq = (a: [number, number], b: [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1] + 1e-9);

describe("a project's links in the planner (properties)", () => {
  it('never make the best route slower: planned links it builds open, times it improves replace', () => {
    fc.assert(
      fc.property(
        networkArb.map(toNetwork),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: 1, max: 300 })), { maxLength: 4 }),
        fc.boolean(),
        (net, picks, includePlanned) => {
          const g = graphOf(net);
          const builds = new Set<string>();
          const improves = new Map<string, { hours: number; source: string }>();
          for (const [i, build, hours] of picks) {
            const l = net.links[i % net.links.length];
            if (!l) continue;
            if (build) builds.add(l.id);
            else improves.set(l.id, { hours, source: 'test project' });
          }
          const q: PlanQuery & { criterion: 'time' } = {
            from: 'n0',
            to: 'n1',
            criterion: 'time',
            tonnes: 10,
            teu: 1,
            basis: 'TTW',
            includePlanned,
          };
          const without = shortestEdges(g, q);
          const { graph } = withImprovements(g, fixed, improves);
          const withIt = shortestEdges(graph, {
            ...q,
            includePlanned: includePlanned || new Set(builds),
          });
          if (without) {
            expect(withIt).not.toBeNull();
            expect(lexLeq(withIt!.key, without.key)).toBe(true);
          }
          // Without the project, nothing of it is used: the network's graph is left as it was.
          expect(shortestEdges(g, q)?.key).toEqual(without?.key);
        },
      ),
      { numRuns: 300 },
    );
  });
});
