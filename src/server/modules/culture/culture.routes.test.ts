import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignationDto, ProgrammeDto } from '../../../contracts/culture';
import { csvRecords } from '../../test/csv';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const get = <T>(url: string) => t.app.inject(`/api/v1${url}`).then((r) => r.json<T>());

/** Every `{ en, ru, zh }` in a value: English given, each other version given or empty (= not yet translated). */
function texts(v: unknown, out: Record<string, unknown>[] = []) {
  if (Array.isArray(v)) v.forEach((x) => texts(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('en' in o && 'ru' in o && 'zh' in o) out.push(o);
    else Object.values(o).forEach((x) => texts(x, out));
  }
  return out;
}

describe('programmes and designations', () => {
  it('lists the five programmes as data with trilingual criteria, checklist, calendar and deciding body', async () => {
    const { items } = await get<{ items: ProgrammeDto[] }>('/culture/programmes');
    expect(items.map((p) => p.code)).toEqual([
      'spiritual_shrines',
      'eight_wonders',
      'capital',
      'silk_road_festival',
      'tourist_territories',
    ]);
    const bodies = (await get<{ items: { code: string }[] }>('/bodies')).items.map((b) => b.code);
    for (const p of items) {
      expect(p.criteria.length).toBeGreaterThan(0);
      expect(p.checklist.some((c) => c.required)).toBe(true);
      expect(p.calendar.map((c) => c.step)).toEqual([
        'call_opens',
        'file_deadline',
        'evaluation',
        'decision',
      ]);
      expect(bodies).toContain(p.body);
      expect(p.source).toMatch(/sco-facts\.md/);
    }
  });

  it('seeds only the sourced designations: the Eight Wonders of 2019, the capitals, the first festival', async () => {
    const all = (await get<{ items: DesignationDto[] }>('/culture/designations')).items;
    const wonders = all.filter((d) => d.programme === 'eight_wonders');
    expect(wonders.map((d) => d.states[0]).sort()).toEqual(['CN', 'IN', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
    expect(wonders.every((d) => d.designatedOn === '2019-06-21' && /sectsco/.test(d.source))).toBe(true);
    const capitals = all.filter((d) => d.programme === 'capital');
    expect(capitals.map((d) => [d.name.en, d.period?.from, d.period?.to])).toEqual([
      ['Varanasi', 2022, 2023],
      ['Almaty', 2023, 2024],
      ['Qingdao', 2024, 2025],
      ['Cholpon-Ata', 2025, 2026],
    ]);
    expect(all.filter((d) => d.programme === 'silk_road_festival')).toMatchObject([
      { states: ['KZ'], period: { from: 2024, to: 2024 }, demo: false },
    ]);
    // No source confirms the ten tourist territories: none is invented.
    expect(all.filter((d) => d.programme === 'tourist_territories')).toEqual([]);
    expect(all.every((d) => !d.demo && d.source.length > 0 && d.decisionId === null)).toBe(true);
    // Sourced places have no invented position.
    expect(all.flatMap((d) => d.places).every((p) => p.geometry === null)).toBe(true);
    const kz = (await get<{ items: DesignationDto[] }>('/culture/designations?state=KZ&programme=capital'))
      .items;
    expect(kz.map((d) => d.name.en)).toEqual(['Almaty']);
    const bad = await t.app.inject('/api/v1/culture/designations?programme=nope');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'culture.unknown_programme']);
    expect((await t.app.inject('/api/v1/culture/designations/nope')).statusCode).toBe(404);
  });

  it('gives every public field in English, Russian and Chinese, or marks it not yet translated', async () => {
    const programmes = await get<{ items: ProgrammeDto[] }>('/culture/programmes');
    const designations = await get<{ items: DesignationDto[] }>('/culture/designations');
    const found = texts([programmes, designations]);
    expect(found.length).toBeGreaterThan(90);
    for (const x of found) {
      expect(typeof x.en === 'string' && x.en.length > 0, JSON.stringify(x)).toBe(true);
      expect(typeof x.ru === 'string' && typeof x.zh === 'string').toBe(true);
      // Seeded text is complete; the platform's own versions say so.
      expect(x.ru && x.zh, JSON.stringify(x)).toBeTruthy();
      expect(x.working).toEqual(['ru', 'zh']);
    }
    // A nomination named in one language only keeps the others empty: not yet translated, shown as such.
    const kz = await bearer(t.app, 'coordinator.kz@example.org');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/culture/nominations',
      headers: kz,
      payload: { programme: 'spiritual_shrines', state: 'KZ', name: 'Test shrine', offListReason: 'test' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toEqual({ en: 'Test shrine', ru: '', zh: '' });
  });

  it('publishes the lists as GeoJSON, schema.org JSON-LD and CSV', async () => {
    const geo = await t.app.inject('/api/v1/culture/designations.geojson?programme=eight_wonders');
    expect(geo.headers['content-type']).toMatch(/application\/geo\+json/);
    const fc = geo.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(8);
    expect(fc.features[0].properties.name).toHaveProperty('zh');
    const ld = await t.app.inject('/api/v1/culture/designations.jsonld');
    expect(ld.headers['content-type']).toMatch(/application\/ld\+json/);
    const graph = ld.json()['@graph'] as Record<string, unknown>[];
    const tamgaly = graph.find((g) => String(g['@id']).endsWith('eight_wonders_tamgaly'))!;
    expect(tamgaly['@type']).toEqual(['TouristAttraction', 'LandmarksOrHistoricalBuildings']);
    expect(tamgaly.containedInPlace).toMatchObject([{ '@type': 'Country', identifier: 'KZ' }]);
    expect(tamgaly.name).toContainEqual({ '@value': 'Тамгалы', '@language': 'ru' });
    expect(graph.find((g) => g['@type'] === 'Festival')).toBeTruthy();
    const csv = await t.app.inject('/api/v1/culture/designations.csv?programme=capital');
    expect(csv.headers['content-disposition']).toContain('culture-designations.csv');
    const rows = csvRecords(csv.body);
    expect(rows.map((r) => [r.name_en, r.name_zh, r.period])).toContainEqual([
      'Qingdao',
      '青岛',
      '2024-2025',
    ]);
  });
});
