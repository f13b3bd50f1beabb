import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkDto, NodeDto } from '../../../contracts/transport';
import { bearer, snapshotCounts, type TestApp, buildTestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1/transport${url}`, headers });
const send = (method: 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method, url: `/api/v1/transport${url}`, headers, payload });

const newNode = (overrides: Partial<NodeDto> = {}) => ({
  id: 'test_hub',
  name: 'Test hub',
  type: 'logistics_hub',
  country: 'KZ',
  lat: 43.2,
  lon: 51.5,
  locode: null,
  gaugesMm: [1520],
  capacities: null,
  operators: null,
  corridors: [],
  note: null,
  source: 'test source',
  gaugeChangeDwellHours: null,
  transshipmentHours: null,
  ...overrides,
});

const newLink = (overrides: Partial<LinkDto> = {}) => ({
  from: 'aktau',
  to: 'kuryk',
  mode: 'rail',
  km: null,
  hours: null,
  status: 'operational',
  plannedYear: null,
  via: null,
  passesCountries: null,
  frequencyPerWeek: null,
  borderDwellHours: null,
  costUsdPerTeu: null,
  note: null,
  source: 'test source',
  ...overrides,
});

describe('the reference network', () => {
  it('holds every node and link of the reference data with its source, unknown kept null', async () => {
    const nodes = (await get('/nodes')).json<{ items: NodeDto[] }>().items;
    const links = (await get('/links')).json<{ items: LinkDto[] }>().items;
    expect(nodes).toHaveLength(58);
    expect(links).toHaveLength(87);
    expect(nodes.every((n) => n.source.length > 0)).toBe(true);
    expect(links.every((l) => l.source.length > 0)).toBe(true);
    const olya = nodes.find((n) => n.id === 'olya')!;
    expect(olya).toMatchObject({ lat: null, lon: null, country: 'RU' });
    const minsk = links.find((l) => l.id === 'moscow__minsk')!;
    expect(minsk).toMatchObject({ km: null, hours: null, source: 'topology only' });
    const aktau = (await get('/nodes/aktau')).json<NodeDto>();
    expect(aktau.capacities![0]).toMatchObject({ value: 11000000, unit: 't/yr', year: 2024 });
    expect(nodes.find((n) => n.id === 'chongqing')!.capacities).toBeNull();
  });

  it('tells the two Shanghai–Rotterdam sea routes apart by their way, and keeps the planned link with its year', async () => {
    const links = (await get('/links?node=shanghai&mode=sea')).json<{ items: LinkDto[] }>().items;
    expect(links.map((l) => l.id)).toEqual(
      expect.arrayContaining(['shanghai__rotterdam__suez', 'shanghai__rotterdam__cape_of_good_hope']),
    );
    const planned = (await get('/links?status=planned')).json<{ items: LinkDto[] }>().items;
    expect(planned).toEqual([expect.objectContaining({ id: 'rasht__astara', plannedYear: 2028, km: 162 })]);
  });

  it('gives the emission factors with their basis and never a WTW figure under TTW', async () => {
    const ref = (await get('/reference')).json();
    const wtw = ref.emissionFactors.filter((f: { basis: string }) => f.basis === 'WTW');
    expect(wtw.map((f: { id: string }) => f.id).sort()).toEqual([
      'ferry_ropax_10000_19999gt_mdo_wtw',
      'ferry_ropax_2000_4999gt_vlsfo_wtw',
    ]);
    expect(ref.emissionFactors.find((f: { id: string }) => f.id === 'rail_freight_nl_2014').basis).toBe(
      'unstated',
    );
    const panama = ref.emissionFactors.find(
      (f: { id: string }) => f.id === 'sea_container_panama_trade_per_teu_km',
    );
    expect(panama.gCo2ePerTkm).toBeNull();
    for (const m of ref.modes) {
      expect(m.detourFactor.source).toBeTruthy();
      expect(m.speedKmh.source).toBeTruthy();
    }
  });

  it('answers a missing node or link with a 404 problem', async () => {
    const res = await get('/nodes/atlantis');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'transport.node_not_found', params: { id: 'atlantis' } });
    expect((await get('/links/nowhere')).json().code).toBe('transport.link_not_found');
  });
});

describe('editing the network', () => {
  it("lets a state's coordinator add and change nodes of their own state, audited with the source", async () => {
    const created = await send('POST', '/nodes', kz, newNode());
    expect(created.statusCode, created.body).toBe(201);
    const changed = await send('PATCH', '/nodes/aktau', kz, {
      operators: ['Aktau International Sea Commercial Port'],
      changeSource: 'test: port website',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<NodeDto>().operators).toEqual(['Aktau International Sea Commercial Port']);
    const audit = await t.app.inject({ url: '/api/v1/audit?action=transport.node_updated', headers: sec });
    expect(audit.json().items[0]).toMatchObject({
      targetId: 'aktau',
      actingFor: 'KZ',
      data: { changed: ['operators'], source: 'test: port website' },
    });
  });

  it('refuses a coordinator for a node or link of another state with auth.no_mandate, changing nothing', async () => {
    const before = await snapshotCounts(t.database);
    const node = await send('PATCH', '/nodes/tehran', kz, { name: 'X', changeSource: 's' });
    expect(node.statusCode).toBe(403);
    expect(node.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'IR' } });
    const link = await send('PATCH', '/links/rasht__astara', kz, {
      status: 'operational',
      changeSource: 's',
    });
    expect(link.json()).toMatchObject({ code: 'auth.no_mandate' });
    const add = await send('POST', '/nodes', kz, newNode({ id: 'other', country: 'UZ' }));
    expect(add.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'UZ' } });
    expect((await send('POST', '/nodes', {}, newNode({ id: 'anon' }))).statusCode).toBe(401);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('lets the coordinator of either end add a cross-border link, and the Secretariat anything', async () => {
    const res = await send(
      'POST',
      '/links',
      kz,
      newLink({ to: 'turkmenbashi', mode: 'ferry', status: 'planned' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<LinkDto>().id).toBe('aktau__turkmenbashi');
    const sec1 = await send('PATCH', '/links/aktau__turkmenbashi', sec, {
      costUsdPerTeu: { min: 900, max: 1200, source: 'test quote' },
      changeSource: 'test quote',
    });
    expect(sec1.statusCode, sec1.body).toBe(200);
    const again = await send('POST', '/links', sec, { ...res.json(), id: undefined, updatedAt: undefined });
    expect(again.json()).toMatchObject({ status: 409, code: 'transport.link_exists' });
  });

  it('answers bad input with a 400 problem and an existing id with a 409', async () => {
    const bad = await send('POST', '/nodes', sec, newNode({ id: 'Bad Id', lat: 200 }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('http.validation_failed');
    const unknown = await send('POST', '/links', sec, newLink({ to: 'atlantis', km: 1 }));
    expect(unknown.json()).toMatchObject({ code: 'transport.unknown_node', params: { parameter: 'to' } });
    expect((await send('POST', '/nodes', sec, newNode({ id: 'aktau' }))).statusCode).toBe(409);
    const range = await send('PATCH', '/links/aktau__kuryk', sec, {
      frequencyPerWeek: { min: 3, max: 1, source: 's' },
      changeSource: 's',
    });
    expect(range.statusCode).toBe(400);
  });

  it('rebuilds the planner graph after a change', async () => {
    const q = '/routes?from=aktau&to=baku_alat';
    const before = (await get(q)).json();
    expect(before.routes[0].legs[0].link).toBe('aktau__baku_alat');
    await send('PATCH', '/links/aktau__baku_alat', sec, { status: 'planned', changeSource: 'test' });
    const after = (await get(q)).json();
    expect(after.routes[0].legs.map((l: { link: string }) => l.link)).not.toContain('aktau__baku_alat');
    await send('PATCH', '/links/aktau__baku_alat', sec, { status: 'operational', changeSource: 'test' });
  });
});
