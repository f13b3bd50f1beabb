import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorridorDto, RoutesDto } from '../../../contracts/transport';
import { buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ url: `/api/v1/transport${url}` });
const routes = async (qs: string) => {
  const res = await get(`/routes?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RoutesDto>();
};

describe('the route planner over the reference network', () => {
  it('finds the fastest route by default, with every figure published or estimated and the route as GeoJSON', async () => {
    const a = await routes('from=xian&to=duisburg');
    expect(a).toMatchObject({ criterion: 'time', emissionBasis: 'TTW', cargo: { tonnes: 1, teu: null } });
    const [r] = a.routes;
    expect(r!.legs[0]!.from).toBe('xian');
    expect(r!.legs.at(-1)!.to).toBe('duisburg');
    const published = r!.legs.flatMap((l) => [l.km, l.hours]).filter((f) => f.kind === 'published');
    expect(published.every((f) => f.kind === 'published' && f.source.length > 0)).toBe(true);
    expect(r!.totals.hours.min).toBeGreaterThan(0);
    expect(r!.totals.hours.min).toBeLessThanOrEqual(r!.totals.hours.max);
    expect(r!.geometry.geometry.type).toBe('LineString');
    expect(r!.geometry.geometry.coordinates[0]).toEqual([108.92861, 34.25833]);
  });

  it('reports the cost as unknown for every leg, since no freight rate is in the reference data', async () => {
    const [r] = (await routes('from=xian&to=duisburg&criterion=cost')).routes;
    expect(r!.totals.costUsd).toBeNull();
    for (let i = 0; i < r!.legs.length; i++)
      expect(r!.totals.unknown).toContainEqual({ leg: i, figure: 'costUsd' });
  });

  it('includes the published border and gauge-change dwell on the Northern route', async () => {
    const [r] = (await routes('from=urumqi&to=moyynty&avoid=horgos_cn')).routes;
    const border = r!.legs.find((l) => l.mode === 'border_gauge_change')!;
    expect(border).toMatchObject({ link: 'alashankou__dostyk', hours: { kind: 'published', min: 4.25 } });
  });

  it('waits for the Caspian ferry by its frequency read from the reference note', async () => {
    const [r] = (await routes('from=aktau&to=baku_alat')).routes;
    expect(r!.legs[0]!.waitingHours).toMatchObject({ kind: 'estimated', min: 0, max: 240 });
    expect(r!.totals.hours).toEqual({ min: 21, max: 261 });
  });

  it('uses a planned link only when asked, and states its year', async () => {
    const without = (await routes('from=rasht&to=astara')).routes[0]!;
    expect(without.legs.map((l) => l.link)).not.toContain('rasht__astara');
    const withPlanned = (await routes('from=rasht&to=astara&include=planned')).routes[0]!;
    expect(withPlanned.legs).toEqual([
      expect.objectContaining({ link: 'rasht__astara', status: 'planned', plannedYear: 2028 }),
    ]);
  });

  it('avoids countries named on a link, and passes through a required country', async () => {
    const avoid = (await routes('from=xian&to=duisburg&avoid=RU')).routes[0];
    expect(avoid?.legs.map((l) => l.link) ?? []).not.toContain('urumqi__brest');
    const through = (await routes('from=tashkent&to=bandar_abbas&through=TM')).routes[0]!;
    expect(through.legs.some((l) => ['turkmenbashi', 'bereket', 'etrek', 'sarakhs'].includes(l.to))).toBe(
      true,
    );
  });

  it('computes CO2 for a cargo, from TEU only with a weight per TEU, never mixing bases', async () => {
    const perTonne = (await routes('from=aktau&to=baku_alat&criterion=co2')).routes[0]!.totals.co2eKg!;
    const twenty = (await routes('from=aktau&to=baku_alat&criterion=co2&cargo=20t')).routes[0]!.totals
      .co2eKg!;
    expect(Math.abs(twenty.max - perTonne.max * 20)).toBeLessThan(0.5);
    const teu = (await routes('from=aktau&to=baku_alat&cargo=2teu')).routes[0]!;
    expect(teu.totals.co2eKg).toBeNull();
    expect(teu.totals.unknown).toContainEqual({ leg: 0, figure: 'co2eKg' });
    const weighed = (await routes('from=aktau&to=baku_alat&criterion=co2&cargo=2teu&tonnesPerTeu=10'))
      .routes[0]!;
    expect(weighed.totals.co2eKg).toEqual(twenty);
    const wtw = await routes('from=xian&to=duisburg&basis=WTW');
    expect(wtw.emissionBasis).toBe('WTW');
    expect(wtw.routes[0]!.totals.co2eKg).toBeNull();
  });

  it('returns the Pareto set fastest first', async () => {
    const p = await routes('from=xian&to=istanbul&criterion=pareto');
    expect(p.routes.length).toBeGreaterThan(1);
    expect(p.truncated).toBe(false);
    const unknownTimes = (r: RoutesDto['routes'][number]) =>
      r.totals.unknown.filter((u) => /hours$/i.test(u.figure)).length;
    for (let i = 1; i < p.routes.length; i++) {
      const [a, b] = [p.routes[i - 1]!, p.routes[i]!];
      const ua = unknownTimes(a);
      const ub = unknownTimes(b);
      expect(
        ua < ub ||
          (ua === ub && a.totals.hours.min + a.totals.hours.max <= b.totals.hours.min + b.totals.hours.max),
      ).toBe(true);
    }
  });

  it('answers bad input with a 400 problem naming the parameter', async () => {
    const cases: [string, string, Record<string, string>][] = [
      ['from=atlantis&to=aktau', 'transport.unknown_node', { parameter: 'from', node: 'atlantis' }],
      ['from=aktau&to=atlantis', 'transport.unknown_node', { parameter: 'to' }],
      ['from=aktau&to=aktau', 'transport.same_endpoints', { parameter: 'to' }],
      [
        'from=aktau&to=baku_alat&avoid=aktau',
        'transport.avoided_endpoint',
        { parameter: 'avoid', endpoint: 'from' },
      ],
      [
        'from=aktau&to=baku_alat&avoid=AZ',
        'transport.avoided_endpoint',
        { parameter: 'avoid', endpoint: 'to' },
      ],
      [
        'from=xian&to=duisburg&avoid=KZ&through=KZ',
        'transport.avoid_conflict',
        { parameter: 'through', country: 'KZ' },
      ],
      [
        'from=xian&to=duisburg&avoid=nowhere',
        'transport.bad_avoid',
        { parameter: 'avoid', value: 'nowhere' },
      ],
      ['from=xian&to=duisburg&through=kz', 'transport.bad_through', { parameter: 'through' }],
    ];
    for (const [qs, code, params] of cases) {
      const res = await get(`/routes?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json(), qs).toMatchObject({ code, params });
    }
    const criterion = await get('/routes?from=xian&to=duisburg&criterion=fastest');
    expect(criterion.statusCode).toBe(400);
    expect(JSON.stringify(criterion.json())).toContain('criterion');
    const missing = await get('/routes?to=duisburg');
    expect(JSON.stringify(missing.json())).toContain('from');
  });
});

describe('corridors', () => {
  it('lists the corridors as sourced paths over the network', async () => {
    const items = (await get('/corridors')).json<{ items: CorridorDto[] }>().items;
    expect(items.map((c) => c.id)).toEqual(['northern', 'middle', 'instc', 'bri', 'sea']);
    const middle = items.find((c) => c.id === 'middle')!;
    expect(middle.nodes).toEqual(expect.arrayContaining(['aktau', 'baku_alat', 'tbilisi', 'kars']));
    expect(middle.links).toContain('aktau__baku_alat');
    expect(middle.countries).toEqual(expect.arrayContaining(['KZ', 'AZ', 'GE', 'TR']));
    expect(middle.source).toMatch(/transport-network\.json/);
    expect((await get('/corridors/nowhere')).json().code).toBe('transport.corridor_not_found');
  });

  it('shows where corridors meet and what the planned Rasht–Astara link would change', async () => {
    const s = (await get('/corridors/synergy')).json();
    const mi = s.pairs.find((p: { corridors: string[] }) => p.corridors.join() === 'middle,instc');
    expect(mi.sharedNodes).toEqual(expect.arrayContaining(['aktau', 'baku_alat']));
    const rasht = s.plannedLinks.find((p: { link: string }) => p.link === 'rasht__astara');
    expect(rasht).toMatchObject({ plannedYear: 2028, corridors: ['instc'] });
    expect(rasht.effects.length).toBeGreaterThan(0);
    const direct = rasht.effects.find(
      (e: { from: string; to: string }) => [e.from, e.to].sort().join() === 'astara,rasht',
    );
    expect(direct.hoursWith.max).toBeLessThan(direct.hoursWithout.min);
  });
});

describe('open formats', () => {
  it('serves the network as GeoJSON, with a null geometry where no coordinates are known', async () => {
    const res = await get('/network.geojson');
    expect(res.headers['content-type']).toContain('application/geo+json');
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(58 + 87);
    expect(fc.features.find((f: { id: string }) => f.id === 'olya').geometry).toBeNull();
    expect(fc.features.find((f: { id: string }) => f.id === 'aktau').geometry).toEqual({
      type: 'Point',
      coordinates: [51.17392, 43.66105],
    });
  });

  it('serves nodes and links as CSV, leaving unknown cells empty', async () => {
    const nodes = await get('/nodes.csv');
    expect(nodes.headers['content-type']).toContain('text/csv');
    const lines = nodes.body.split('\r\n');
    expect(lines).toHaveLength(58 + 2);
    const links = (await get('/links.csv')).body;
    expect(links).toContain('"moscow__minsk","moscow","minsk","rail","","","operational"');
  });

  it('serves the routes of a query as GeoJSON', async () => {
    const res = await get('/routes.geojson?from=xian&to=istanbul&criterion=pareto');
    expect(res.headers['content-type']).toContain('application/geo+json');
    const fc = res.json();
    expect(fc.features.length).toBeGreaterThan(1);
    expect(fc.features[0]).toMatchObject({ type: 'Feature', properties: { rank: 1 } });
    expect((await get('/routes.geojson?from=atlantis&to=aktau')).statusCode).toBe(400);
  });
});
