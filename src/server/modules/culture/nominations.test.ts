import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignationDto, NominationDto } from '../../../contracts/culture';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { PDF } from '../../test/zip';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let uz: Record<string, string>;
let cn: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  uz = await bearer(t.app, 'coordinator.uz@example.org');
  cn = await bearer(t.app, 'coordinator.cn@example.org');
});
afterAll(() => t.close());

const post = (url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1${url}`, headers });

const upload = (id: string, part: string, headers: Record<string, string>) => {
  const boundary = '----culture' + part;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="part"\r\n\r\n${part}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${part}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/culture/nominations/${id}/parts`,
    payload,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
};
const REQUIRED = ['description', 'justification', 'maps', 'photos', 'management_plan'];

const tentative = async (state: string, headers: Record<string, string>) => {
  const res = await post('/culture/tentative', headers, {
    programme: 'spiritual_shrines',
    state,
    name: { en: `Shrine of ${state}`, ru: `Святыня ${state}`, zh: `${state}圣地` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};
const nominate = async (headers: Record<string, string>, body: object) => {
  const res = await post('/culture/nominations', headers, {
    programme: 'spiritual_shrines',
    state: 'KZ',
    name: { en: 'Serial shrines', ru: 'Серийные святыни', zh: '系列圣地' },
    criteria: ['value'],
    places: [
      {
        name: { en: 'A', ru: 'А', zh: '甲' },
        geometry: { type: 'Point', coordinates: [68.3, 43.3] },
        state: 'KZ',
      },
    ],
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<NominationDto>();
};

describe('tentative lists and nominations', () => {
  it('takes a nomination from the state’s tentative list, or with a reason why not', async () => {
    const before = await snapshotCounts(t.database);
    const none = await post('/culture/nominations', kz, {
      programme: 'spiritual_shrines',
      state: 'KZ',
      name: 'X',
    });
    expect([none.statusCode, none.json().code]).toEqual([400, 'culture.not_from_tentative_list']);
    const uzEntry = await tentative('UZ', uz);
    const other = await post('/culture/nominations', kz, {
      programme: 'spiritual_shrines',
      state: 'KZ',
      name: 'X',
      tentativeId: uzEntry,
    });
    expect(other.json().code).toBe('culture.tentative_mismatch');
    // Another state's coordinator, or the Secretariat, cannot nominate for Kazakhstan.
    expect(
      (
        await post('/culture/nominations', uz, {
          programme: 'eight_wonders',
          state: 'KZ',
          name: 'X',
          offListReason: 'r',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post('/culture/nominations', sec, {
          programme: 'eight_wonders',
          state: 'KZ',
          name: 'X',
          offListReason: 'r',
        })
      ).statusCode,
    ).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual({
      ...before,
      culture_tentative: before.culture_tentative! + 1,
      core_audit_entry: before.core_audit_entry! + 1,
    });
    const n = await nominate(kz, { tentativeId: await tentative('KZ', kz) });
    expect(n).toMatchObject({ status: 'draft', states: ['KZ'], consents: ['KZ'], offListReason: null });
  });

  it('keeps a draft invisible to other states on every read path until it is submitted', async () => {
    const n = await nominate(kz, { offListReason: 'a new site' });
    await upload(n.id, 'description', kz);
    const file = (await get(`/culture/nominations/${n.id}`, kz)).json<NominationDto>().parts[0]!.fileId;
    for (const h of [cn, uz, {}]) {
      expect((await get(`/culture/nominations/${n.id}`, h)).statusCode).toBe(404);
      expect((await get(`/culture/nominations/${n.id}/parts/${file}`, h)).statusCode).toBe(404);
      const list = await get('/culture/nominations?state=KZ', h);
      expect(JSON.stringify(list.json())).not.toContain(n.id);
    }
    expect((await get(`/culture/nominations/${n.id}`, sec)).statusCode).toBe(200);
    expect((await get(`/culture/nominations/${n.id}/parts/${file}`, kz)).statusCode).toBe(200);
    expect((await post(`/culture/nominations/${n.id}/submit`, kz)).json().status).toBe('submitted');
    expect((await get(`/culture/nominations/${n.id}`, cn)).statusCode).toBe(200);
    expect((await get('/culture/nominations', cn)).json().items.map((x: NominationDto) => x.id)).toContain(
      n.id,
    );
    expect((await get(`/culture/nominations/${n.id}`)).statusCode).toBe(404);
  });

  it('needs every co-nominating state’s coordinator for a serial nomination', async () => {
    const n = await nominate(kz, { states: ['UZ'], offListReason: 'transnational' });
    expect(n.states).toEqual(['KZ', 'UZ']);
    const early = await post(`/culture/nominations/${n.id}/submit`, kz);
    expect([early.statusCode, early.json().code, early.json().params]).toEqual([
      409,
      'culture.consent_missing',
      { states: ['UZ'] },
    ]);
    // Kazakhstan cannot consent for Uzbekistan; China does not co-nominate (and cannot see the draft).
    expect((await post(`/culture/nominations/${n.id}/consent`, kz, { state: 'UZ' })).statusCode).toBe(403);
    expect((await post(`/culture/nominations/${n.id}/consent`, cn, { state: 'CN' })).statusCode).toBe(404);
    // The co-nominating state sees the draft and consents.
    const ok = await post(`/culture/nominations/${n.id}/consent`, uz, { state: 'UZ' });
    expect(ok.json().consents).toEqual(['KZ', 'UZ']);
    expect((await post(`/culture/nominations/${n.id}/submit`, uz)).statusCode).toBe(403);
    expect((await post(`/culture/nominations/${n.id}/submit`, kz)).json().status).toBe('submitted');
  });

  it('never passes the completeness check with a required part missing, and returns the file with what is missing', async () => {
    const n = await nominate(kz, { offListReason: 'completeness test' });
    expect((await upload(n.id, 'description', kz)).statusCode).toBe(201);
    expect((await upload(n.id, 'no_such_part', kz)).json().code).toBe('culture.unknown_part');
    expect(
      (await post(`/culture/nominations/${n.id}/completeness`, sec, { complete: true })).json().code,
    ).toBe('culture.wrong_status');
    await post(`/culture/nominations/${n.id}/submit`, kz);
    expect((await post(`/culture/nominations/${n.id}/completeness`, kz, { complete: true })).statusCode).toBe(
      403,
    );
    const before = await snapshotCounts(t.database);
    const refused = await post(`/culture/nominations/${n.id}/completeness`, sec, { complete: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'culture.dossier_incomplete',
      params: { missing: REQUIRED.slice(1) },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await get(`/culture/nominations/${n.id}`, sec)).json().status).toBe('submitted');
    const returned = await post(`/culture/nominations/${n.id}/completeness`, sec, {
      complete: false,
      missing: ['letters'],
    });
    expect(returned.json()).toMatchObject({ status: 'returned', missing: [...REQUIRED.slice(1), 'letters'] });
    for (const p of REQUIRED.slice(1)) expect((await upload(n.id, p, kz)).statusCode).toBe(201);
    await post(`/culture/nominations/${n.id}/submit`, kz);
    const complete = await post(`/culture/nominations/${n.id}/completeness`, sec, { complete: true });
    expect(complete.json()).toMatchObject({ status: 'complete', missing: [] });
  });
});

describe('decision and designation', () => {
  const complete = async () => {
    const n = await nominate(kz, { programme: 'eight_wonders', offListReason: 'decision test' });
    for (const p of REQUIRED) await upload(n.id, p, kz);
    await post(`/culture/nominations/${n.id}/submit`, kz);
    await post(`/culture/nominations/${n.id}/completeness`, sec, { complete: true });
    return n;
  };
  const close = async (decisionId: string) => {
    const res = await post(`/decisions/${decisionId}/close`, sec);
    await t.app.kernel.events.drain();
    return res.json().status as string;
  };
  const designations = async () =>
    (await get('/culture/designations?programme=eight_wonders')).json<{ items: DesignationDto[] }>().items;

  it('designates only when the body adopts the decision the recommendation became', async () => {
    const n = await complete();
    const count = (await designations()).length;
    const proposed = (
      await post(`/culture/nominations/${n.id}/propose`, sec, { recommendation: 'inscribe' })
    ).json<NominationDto>();
    expect(proposed).toMatchObject({ status: 'proposed', recommendation: 'inscribe' });
    const decision = (await get(`/decisions/${proposed.decisionId}`, sec)).json();
    expect(decision).toMatchObject({ body: 'CNC', procedure: 'consensus', status: 'open' });
    expect((await designations()).length).toBe(count);
    // An objection: not adopted, nothing designated, the file goes back to the Secretariat.
    await post(`/decisions/${proposed.decisionId}/positions`, uz, { state: 'UZ', position: 'objection' });
    expect(await close(proposed.decisionId!)).toBe('not_adopted');
    expect((await designations()).length).toBe(count);
    expect((await get(`/culture/nominations/${n.id}`, kz)).json()).toMatchObject({
      status: 'complete',
      designationId: null,
    });
    const again = (
      await post(`/culture/nominations/${n.id}/propose`, sec, { recommendation: 'inscribe' })
    ).json<NominationDto>();
    expect(await close(again.decisionId!)).toBe('adopted');
    const done = (await get(`/culture/nominations/${n.id}`, kz)).json<NominationDto>();
    expect(done.status).toBe('designated');
    const d = (await get(`/culture/designations/${done.designationId}`)).json<DesignationDto>();
    expect(d).toMatchObject({
      decisionId: again.decisionId,
      criteria: ['value'],
      states: ['KZ'],
      status: 'designated',
    });
    expect(d.decisionNumber).toMatch(/^CNC\//);
    expect(d.designatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const geo = (await get('/culture/designations.geojson?programme=eight_wonders')).json();
    expect(
      geo.features.find((f: { properties: { designation: string } }) => f.properties.designation === d.id)
        .geometry,
    ).toEqual({ type: 'Point', coordinates: [68.3, 43.3] });
    // The event delivered again changes nothing.
    await t.app.kernel.events.drain();
    expect((await designations()).length).toBe(count + 1);
  });

  it('returns a referred file to the states and ends a rejected one, without designating', async () => {
    const referred = await complete();
    const r = (
      await post(`/culture/nominations/${referred.id}/propose`, sec, { recommendation: 'refer' })
    ).json<NominationDto>();
    await close(r.decisionId!);
    expect((await get(`/culture/nominations/${referred.id}`, kz)).json().status).toBe('returned');
    const rejected = await complete();
    const x = await post(`/culture/nominations/${rejected.id}/propose`, kz, {
      recommendation: 'not_inscribe',
    });
    expect(x.statusCode).toBe(403);
    const y = (
      await post(`/culture/nominations/${rejected.id}/propose`, sec, { recommendation: 'not_inscribe' })
    ).json<NominationDto>();
    await close(y.decisionId!);
    expect((await get(`/culture/nominations/${rejected.id}`, kz)).json()).toMatchObject({
      status: 'not_designated',
      designationId: null,
    });
  });
});
