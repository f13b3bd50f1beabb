import { describe, expect, it } from 'vitest';
import { radialLayout } from './graphLayout';

describe('radialLayout', () => {
  it('puts the object in the middle and its neighbours round it, the same way every time', () => {
    const nodes = [
      { id: 'malware--b', type: 'malware', center: false },
      { id: 'indicator--a', type: 'indicator', center: true },
      { id: 'identity--c', type: 'identity', center: false },
    ];
    const a = radialLayout(nodes);
    const b = radialLayout([...nodes].reverse());
    expect([...a.positions.entries()].sort()).toEqual([...b.positions.entries()].sort());
    const c = a.positions.get('indicator--a')!;
    expect([c.x, c.y]).toEqual([a.width / 2, a.height / 2]);
    // identity sorts before malware, so it is at the top.
    expect(a.positions.get('identity--c')!.y).toBeLessThan(c.y);
    const d = (id: string) => Math.hypot(a.positions.get(id)!.x - c.x, a.positions.get(id)!.y - c.y);
    expect(Math.abs(d('identity--c') - d('malware--b'))).toBeLessThan(1);
  });

  it('keeps every node inside the drawing, however many neighbours there are', () => {
    const nodes = [
      { id: 'x--0', type: 'indicator', center: true },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `y--${i}`, type: 'malware', center: false })),
    ];
    const l = radialLayout(nodes);
    for (const p of l.positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(l.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(l.height);
    }
  });
});
