import { describe, expect, it } from 'vitest';
import type { LinkDto, NodeDto } from '../../../../contracts/transport';
import { buildNetworkMap, MAP_HEIGHT, MAP_WIDTH } from './networkMapGeometry';

const node = (id: string, lon: number | null, lat: number | null, type: NodeDto['type'] = 'seaport') =>
  ({ id, name: id, type, country: 'KZ', lon, lat }) as NodeDto;
const link = (id: string, from: string, to: string, status: LinkDto['status'] = 'operational') =>
  ({ id, from, to, mode: 'rail', status }) as LinkDto;

describe('the network map', () => {
  const nodes = [
    node('aktau', 51.2, 43.6),
    node('dostyk', 82.5, 45.2, 'border_gauge_change'),
    node('nowhere', null, null),
  ];

  it('places every node with coordinates inside the map, and leaves the others off', () => {
    const map = buildNetworkMap(nodes, [], [])!;
    expect(map.nodes.map((n) => n.id)).toEqual(['aktau', 'dostyk']);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    expect(map.nodes.find((n) => n.id === 'dostyk')!.shape).toBe('border');
  });

  it('draws a link only between two placed ends, and keeps its status', () => {
    const map = buildNetworkMap(
      nodes,
      [link('a', 'aktau', 'dostyk', 'planned'), link('b', 'aktau', 'nowhere')],
      [],
    )!;
    expect(map.links.map((l) => [l.id, l.planned])).toEqual([['a', true]]);
  });

  it('draws nothing without a placed node', () => {
    expect(buildNetworkMap([node('nowhere', null, null)], [], [])).toBeNull();
  });
});
