import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CyberCollectionsDto, CyberObjectDto, CyberObjectsDto } from '../../../contracts/cyber-browse';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';
import type { Auth } from './cyber.fixtures';

/** The web app's read paths over the demo objects of the embedded default (cyber.demo-objects.ts). */
const PHISHING = 'indicator--0c7b5e2a-3f1d-4e8b-a9c6-2d4f6b8e1a52';
const MALWARE = 'malware--3a9d7f1c-6b2e-4d8a-b0c4-5e1f3a7d9c54';
const REPORT = 'report--5f9a3c7e-1b4d-4d8f-a2e6-7c1b5d9f3a61';
const IDENTITY = 'identity--5d1b6c2e-8a4f-4c1e-9b7a-0f3c2d1e4a51';
const VULNERABILITY = 'vulnerability--1e5b8d2f-4a9c-4e6d-b7f3-8a2c6e4d0b60';

describe('the exchange as the web app reads it', () => {
  let t: TestApp;
  const auth: Record<string, Auth> = { anonymous: {} };
  const col: Record<string, string> = {};

  const get = async <T>(url: string, who: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: auth[who] });
    return { status: res.statusCode, body: res.json<T>() };
  };
  const search = async (who: string, query = '') =>
    (
      await get<CyberObjectsDto>(
        `/api/v1/cyber/objects?${query.includes('limit=') ? '' : 'limit=100'}${query}`,
        who,
      )
    ).body;
  const objectUrl = (alias: string, id: string) => `/api/v1/cyber/collections/${col[alias]}/objects/${id}`;

  beforeAll(async () => {
    t = await buildTestApp();
    for (const email of ['cert.by', 'cert.kz', 'cyber.coordinator'])
      auth[email] = await bearer(t.app, `${email}@example.org`);
    const cols = await get<CyberCollectionsDto>('/api/v1/cyber/collections', 'anonymous');
    for (const c of cols.body.collections) col[c.alias] = c.id;
  });
  afterAll(async () => t.close());

  it('shows the anonymous visitor the CLEAR demo objects only, in every count', async () => {
    const res = await search('anonymous');
    expect(res.items.map((i) => i.tlp)).toEqual(res.items.map(() => 'clear'));
    expect(res.total).toBe(res.items.length);
    // The library's CLEAR demo practices live in the best-practices collection; the CERTs' demo objects are these.
    const published = res.items.filter((i) => i.collectionAlias !== 'best-practices');
    expect(published.map((i) => i.id).sort()).toEqual(
      [
        IDENTITY,
        PHISHING,
        'attack-pattern--9b4e1d7a-2c5f-4e3b-a8d6-1f7c3e9a5b55',
        'relationship--2c6e9a3d-5f8b-4a1c-9e7d-3b5f1a8c6e58',
        VULNERABILITY,
      ].sort(),
    );
    expect(published.every((i) => i.demo)).toBe(true);
    const cols = (
      await get<CyberCollectionsDto>('/api/v1/cyber/collections?interval=day&periods=7', 'anonymous')
    ).body;
    expect(cols.periods).toHaveLength(7);
    const by = cols.collections.find((c) => c.alias === 'cert-by')!;
    expect(by.objects).toBe(4);
    // Two versions of the phishing indicator were added: both are CLEAR.
    expect(by.volume.reduce((a, b) => a + b, 0)).toBe(5);
    expect(cols.collections.find((c) => c.alias === 'cert-tj')!.objects).toBe(1);
  });

  it('gives a CERT analyst named on a RED report that report, and no other state', async () => {
    expect((await search('cert.by', '&tlp=red')).items.map((i) => i.id)).toEqual([REPORT]);
    expect((await search('cert.kz', '&tlp=red')).total).toBe(0);
    expect((await get(objectUrl('cert-tj', REPORT), 'cert.kz')).status).toBe(404);
    const report = await get<CyberObjectDto>(objectUrl('cert-tj', REPORT), 'cert.by');
    expect(report.status).toBe(200);
    expect(report.body.graph.edges.map((e) => [e.source, e.target, e.label]).sort()).toEqual(
      [
        [REPORT, PHISHING, 'object_refs'],
        [REPORT, VULNERABILITY, 'object_refs'],
      ].sort(),
    );
  });

  it('draws only what the reader receives: edges to hidden objects and hidden edges are absent', async () => {
    const anon = (await get<CyberObjectDto>(objectUrl('cert-by', PHISHING), 'anonymous')).body;
    expect(anon.graph.nodes.map((n) => n.id).sort()).toEqual([IDENTITY, PHISHING].sort());
    expect(anon.graph.edges).toEqual([
      { source: PHISHING, target: IDENTITY, label: 'created_by_ref', kind: 'reference', via: null },
    ]);
    expect(JSON.stringify(anon)).not.toContain(MALWARE);
    expect(JSON.stringify(anon)).not.toContain(REPORT);
    const kz = (await get<CyberObjectDto>(objectUrl('cert-by', PHISHING), 'cert.kz')).body;
    expect(kz.graph.edges.map((e) => `${e.kind}:${e.label}`).sort()).toEqual([
      'reference:created_by_ref',
      'relationship:indicates',
      'sighting:sighting-of',
    ]);
    expect(kz.versions.map((v) => v.current)).toEqual([true, false]);
    expect(kz.stix.labels).toEqual(['phishing']);
    const first = await get<CyberObjectDto>(
      `${objectUrl('cert-by', PHISHING)}?version=${encodeURIComponent(kz.versions[1]!.version)}`,
      'cert.kz',
    );
    expect(first.body.stix.labels).toBeUndefined();
    expect(
      (await get(`${objectUrl('cert-by', PHISHING)}?version=2000-01-01T00:00:00.000Z`, 'cert.kz')).status,
    ).toBe(404);
  });

  it('hides a granular-marked property from the object page and from free-text search', async () => {
    // The coordinator receives GREEN, not the AMBER marking on the malware's description.
    const coordinator = (await get<CyberObjectDto>(objectUrl('cert-by', MALWARE), 'cyber.coordinator')).body;
    expect(coordinator.stix.description).toBeUndefined();
    expect(coordinator.stix.granular_markings).toBeUndefined();
    expect((await search('cyber.coordinator', '&q=delivery%20details')).total).toBe(0);
    expect((await search('cert.kz', '&q=DELIVERY%20details')).items.map((i) => i.id)).toEqual([MALWARE]);
    expect((await search('cyber.coordinator', '&q=banking')).items.map((i) => i.id)).toEqual([MALWARE]);
  });

  it('pages with a cursor through exactly the objects counted, and filters by type, CERT and date', async () => {
    const all = await search('cert.by');
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: CyberObjectsDto = await search('cert.by', `&limit=3${next ? `&before=${next}` : ''}`);
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((i) => `${i.collectionId}/${i.id}`));
      next = page.next;
    } while (next);
    expect(seen).toEqual(all.items.map((i) => `${i.collectionId}/${i.id}`));
    expect(new Set(seen).size).toBe(all.total);
    expect((await search('cert.by', '&type=relationship')).total).toBe(3);
    expect((await search('cert.by', '&cert=TJ')).total).toBe(3);
    expect((await search('cert.by', '&to=2000-01-01')).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search('cert.by', `&from=${today}&to=${today}`)).total).toBe(all.total);
  });

  it('refuses a forged cursor, a bad filter and an unknown collection with a problem', async () => {
    const cursor = await get<{ code: string }>('/api/v1/cyber/objects?before=bm9wZQ', 'anonymous');
    expect(cursor).toMatchObject({ status: 400, body: { code: 'cyber.bad_cursor' } });
    const tlp = await get<{ code: string }>('/api/v1/cyber/objects?tlp=white', 'anonymous');
    expect(tlp).toMatchObject({ status: 400, body: { code: 'http.validation_failed' } });
    for (const day of ['2026-02-31', '2026-13-01'])
      expect((await get(`/api/v1/cyber/objects?from=${day}`, 'anonymous')).status).toBe(400);
    const unknown = await get<{ code: string }>('/api/v1/cyber/objects?collection=nope', 'anonymous');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'cyber.collection_not_found' } });
  });
});
