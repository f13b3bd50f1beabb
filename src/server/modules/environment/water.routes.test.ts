import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaterBodyDto } from '../../../contracts/environment';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
});
afterAll(() => t.close());

const api = '/api/v1/environment/water-bodies';
const point = {
  indicator: 'salinity',
  date: '2024-06',
  value: 12.5,
  unit: 'g/L',
  source: 'test survey',
  method: 'test sampling',
};

describe('the inland water bodies', () => {
  it('holds the named water bodies with no figure but the labelled demo series', async () => {
    const list = (await t.app.inject(api)).json().items as WaterBodyDto[];
    expect(list.map((b) => b.name.en)).toEqual(
      expect.arrayContaining(['Aral Sea', 'Lake Balkhash', 'Issyk-Kul', 'Caspian Sea']),
    );
    for (const id of ['issyk_kul', 'caspian_sea']) {
      expect((await t.app.inject(`${api}/${id}`)).json<WaterBodyDto>().series).toEqual([]);
    }
    const aral = (await t.app.inject(`${api}/aral_sea`)).json<WaterBodyDto>();
    const points = aral.series.flatMap((s) => s.points);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.demo && /demo/i.test(p.source) && /demo/i.test(p.method))).toBe(true);
    expect(aral.technologies.map((x) => x.name)).toContain('Demo: drip irrigation of row crops');
    expect((await t.app.inject(`${api}/lake_nowhere`)).statusCode).toBe(404);
  });

  it('records sourced points from the Secretariat only, each with its method, in date order', async () => {
    const before = await snapshotCounts(t.database);
    const refused = [
      await t.app.inject({
        method: 'POST',
        url: `${api}/issyk_kul/points`,
        headers: kz,
        payload: { points: [point] },
      }),
      await t.app.inject({
        method: 'POST',
        url: `${api}/issyk_kul/points`,
        headers: sec,
        payload: { points: [{ ...point, source: '' }] },
      }),
      await t.app.inject({
        method: 'POST',
        url: `${api}/issyk_kul/points`,
        headers: sec,
        payload: { points: [{ ...point, method: undefined }] },
      }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 400, 400]);
    expect(await snapshotCounts(t.database)).toEqual(before);
    const ok = await t.app.inject({
      method: 'POST',
      url: `${api}/issyk_kul/points`,
      headers: sec,
      payload: { points: [point, { ...point, date: '2023-06', value: 12 }] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const body = ok.json<WaterBodyDto>();
    expect(body.series).toEqual([
      {
        indicator: 'salinity',
        unit: 'g/L',
        points: [
          { ...point, date: '2023-06', value: 12, demo: false },
          { ...point, demo: false },
        ],
      },
    ]);
    expect(body.indicators).toEqual(['salinity']);
    const again = await t.app.inject({
      method: 'POST',
      url: `${api}/issyk_kul/points`,
      headers: sec,
      payload: { points: [point] },
    });
    expect(again.json().code).toBe('environment.point_exists');
  });

  it('links the plan of joint actions, shown to whoever may see the plan', async () => {
    const plans = (await t.app.inject({ url: '/api/v1/plans', headers: sec })).json().items;
    const put = (planId: string | null, headers = sec) =>
      t.app.inject({ method: 'PUT', url: `${api}/aral_sea/plan`, headers, payload: { planId } });
    expect((await put('nope')).json().code).toBe('environment.plan_not_found');
    expect((await put(plans[0].id, kz)).statusCode).toBe(403);
    const linked = await put(plans[0].id);
    expect(linked.json<WaterBodyDto>().plan?.id, linked.body).toBe(plans[0].id);
    expect((await t.app.inject(api)).json().items.find((b: WaterBodyDto) => b.id === 'aral_sea').planId).toBe(
      plans[0].id,
    );
    expect((await put(null)).json<WaterBodyDto>().plan).toBeNull();
  });
});
