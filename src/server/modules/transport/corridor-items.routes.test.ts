import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const tr = (en: string) => ({ en, ru: en, zh: en });
const post = async (url: string, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
const meeting = async (visibility: string) => {
  const res = await post('/meetings', sec, {
    kind: 'ministerial',
    level: 'ministerial',
    body: 'MIN',
    title: tr(`Transport ministers ${visibility}`),
    hostState: 'UZ',
    city: tr('Tashkent'),
    timeZone: 'Asia/Tashkent',
    startDate: '2027-03-10',
    endDate: '2027-03-11',
    visibility,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

describe("a corridor's meetings and agreements", () => {
  it('show on the corridor only to readers the meetings and documents modules let see them', async () => {
    const open = await meeting('public');
    const restricted = await meeting('restricted');
    const doc = await post('/documents', sec, {
      kind: 'agreement',
      title: tr('Test corridor agreement'),
      entryIntoForce: null,
      classification: 'public',
    });
    expect(doc.statusCode, doc.body).toBe(201);
    const docId = doc.json<{ id: string }>().id;
    for (const [kind, itemId] of [
      ['meeting', open],
      ['meeting', restricted],
      ['document', docId],
    ])
      expect((await post('/transport/corridors/instc/items', sec, { kind, itemId })).statusCode).toBe(201);
    const items = async (headers: Record<string, string> = {}) =>
      (await t.app.inject({ url: '/api/v1/transport/corridors/instc/items', headers })).json<{
        meetings: { itemId: string }[];
        documents: { itemId: string }[];
      }>();
    expect((await items(kz)).meetings.map((m) => m.itemId).sort()).toEqual([open, restricted].sort());
    const anonymous = await items();
    expect(anonymous.meetings.map((m) => m.itemId)).toEqual([open]);
    expect(anonymous.documents.map((d) => d.itemId)).toEqual([docId]);
    expect(JSON.stringify(anonymous)).not.toContain(restricted);
    expect((await t.app.inject({ url: '/api/v1/transport/corridors/middle/items' })).json().meetings).toEqual(
      [],
    );
    const audit = await t.app.inject({
      url: '/api/v1/audit?action=transport.corridor_item_added',
      headers: sec,
    });
    expect(audit.json().items).toHaveLength(3);
  });

  it('are tagged by the Secretariat only, once, naming a record that exists, with nothing changed otherwise', async () => {
    const open = await meeting('public');
    const before = await snapshotCounts(t.database);
    const refused = [
      [await post('/transport/corridors/instc/items', kz, { kind: 'meeting', itemId: open }), 403],
      [await post('/transport/corridors/instc/items', {}, { kind: 'meeting', itemId: open }), 401],
      [await post('/transport/corridors/nowhere/items', sec, { kind: 'meeting', itemId: open }), 404],
      [await post('/transport/corridors/instc/items', sec, { kind: 'document', itemId: 'no-such' }), 404],
      [await post('/transport/corridors/instc/items', sec, { kind: 'minutes', itemId: open }), 400],
    ] as const;
    for (const [res, status] of refused) expect(res.statusCode, res.body).toBe(status);
    expect(await snapshotCounts(t.database)).toEqual(before);
    const added = await post('/transport/corridors/instc/items', sec, { kind: 'meeting', itemId: open });
    expect(
      (await post('/transport/corridors/instc/items', sec, { kind: 'meeting', itemId: open })).statusCode,
    ).toBe(409);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/transport/corridors/instc/items/${added.json<{ id: string }>().id}`,
      headers: sec,
    });
    expect(del.statusCode, del.body).toBe(204);
  });
});
