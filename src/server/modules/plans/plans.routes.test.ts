import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDto } from '../../../contracts/plans';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { csvRecords } from '../../test/csv';
import { PNG } from '../../test/zip';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
let plan: PlanDto;
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
  const docs = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent('Anti-Drug Strategy')}`)).json()
    .items;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/plans',
    headers: sec,
    payload: {
      instrumentId: docs[0].id,
      title: tr('Demo action programme'),
      items: [
        { key: 'a', title: tr('Prevention'), weight: 3 },
        {
          key: 'a1',
          parentKey: 'a',
          title: tr('Awareness campaigns'),
          responsibleStates: ['KZ', 'RU'],
          deadline: '2025-12-31',
          weight: 1,
        },
        {
          key: 'a2',
          parentKey: 'a',
          title: tr('School programmes'),
          responsibleStates: ['KZ'],
          deadline: '2030-12-31',
          weight: 1,
        },
        {
          key: 'b',
          title: tr('Joint operations'),
          responsibleStates: ['CN'],
          deadline: '2029-12-31',
          weight: 1,
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  plan = res.json();
});
afterAll(() => t.close());

const item = (title: string) => plan.items.find((i) => i.title.en === title)!;
const reportOn = (itemTitle: string, state: string, percent: number, headers = kz) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/plans/${plan.id}/items/${item(itemTitle).id}/reports`,
    headers,
    payload: { state, status: percent === 100 ? 'done' : 'in_progress', percent, narrative: 'report' },
  });

describe('implementation plans', () => {
  it('roll progress up the tree, weighted, overall and per state', async () => {
    expect((await reportOn('Awareness campaigns', 'KZ', 100)).statusCode).toBe(201);
    const p = (await reportOn('School programmes', 'KZ', 50)).json<PlanDto>();
    // a1 = mean(KZ 100, RU 0) = 50; a2 = 50; a = 50; b = 0; plan = (3*50 + 1*0) / 4 = 37.5
    expect(p.items.find((i) => i.title.en === 'Prevention')!.progress).toBe(50);
    expect(p.progress.overall).toBe(37.5);
    expect(p.progress.perState).toEqual({ KZ: 75, RU: 0, CN: 0 });
  });

  it('list overdue items and the states that have not reported', async () => {
    const p = (await t.app.inject(`/api/v1/plans/${plan.id}`)).json<PlanDto>();
    expect(p.overdue).toEqual([
      { itemId: item('Awareness campaigns').id, deadline: '2025-12-31', progress: 50, lagging: ['RU'] },
    ]);
    expect(p.notReported).toEqual([
      { state: 'CN', items: 1 },
      { state: 'RU', items: 1 },
    ]);
  });

  it('let a coordinator report only for its own state, and only where that state is responsible', async () => {
    // Notices of earlier writes arrive after their commit; let them land before counting.
    await t.app.kernel.events.drain();
    const before = await snapshotCounts(t.database);
    const other = await reportOn('Awareness campaigns', 'RU', 100, kz);
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('auth.no_mandate');
    const notMine = await reportOn('Joint operations', 'KZ', 10, kz);
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().code).toBe('plans.not_responsible');
    const group = await reportOn('Prevention', 'KZ', 10, kz);
    expect(group.statusCode).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await reportOn('Awareness campaigns', 'RU', 20, ru)).statusCode).toBe(201);
  });

  it('refuse a status that the percentage contradicts (done is 100 %), pointing at the percentage', async () => {
    await t.app.kernel.events.drain();
    const before = await snapshotCounts(t.database);
    for (const [status, percent] of [
      ['done', 10],
      ['in_progress', 100],
      ['blocked', 100],
      ['not_started', 30],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/plans/${plan.id}/items/${item('School programmes').id}/reports`,
        headers: kz,
        payload: { state: 'KZ', status, percent },
      });
      expect(res.statusCode, `${status} ${percent}`).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'plans.status_percent_mismatch',
        params: { field: 'percent', status, percent },
        errors: [{ pointer: '/body/percent' }],
      });
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('send reminders only to the states that have not reported or are late', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/reminders`,
      headers: sec,
    });
    expect(res.json().states).toEqual(['CN', 'RU']);
    await t.app.kernel.events.drain();
    const inbox = async (h: Record<string, string>) =>
      (await t.app.inject({ url: '/api/v1/notifications', headers: h }))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'plan_reminder');
    expect(await inbox(ru)).toHaveLength(1);
    expect(await inbox(kz)).toHaveLength(0);
  });

  it('refuse a tree whose parent is missing or comes later', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: sec,
      payload: {
        instrumentId: plan.instrumentId,
        title: tr('x'),
        items: [
          { key: 'c', parentKey: 'p', title: tr('c') },
          { key: 'p', title: tr('p') },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('plans.bad_tree');
  });

  it('export as JSON', async () => {
    const res = await t.app.inject(`/api/v1/plans/${plan.id}/export.json`);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(JSON.parse(res.body).items).toHaveLength(4);
  });
});

describe('progress as CSV', () => {
  it('has a row per item and responsible state with its latest status and percentage', async () => {
    expect((await reportOn('School programmes', 'KZ', 100)).statusCode).toBe(201);
    const res = await t.app.inject(`/api/v1/plans/${plan.id}/progress.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="plan-${plan.id}-progress.csv"`);
    const rows = csvRecords(res.body);
    const cell = (title: string, state: string) =>
      rows.find((r) => r.title_en === title && r.state === state);
    expect(cell('School programmes', 'KZ')).toMatchObject({
      status: 'done',
      percent: '100',
      title_ru: 'School programmes (рус.)',
    });
    expect(cell('Joint operations', 'CN')).toMatchObject({ status: 'not_reported', percent: '' });
    expect(rows.filter((r) => r.title_en === 'Awareness campaigns').map((r) => r.state)).toEqual([
      'KZ',
      'RU',
    ]);
    // The parent item has no responsible state of its own: one row with its rolled-up progress.
    const fresh = (await t.app.inject(`/api/v1/plans/${plan.id}`)).json<PlanDto>();
    const prevention = fresh.items.find((i) => i.title.en === 'Prevention')!;
    expect(rows.filter((r) => r.title_en === 'Prevention')).toMatchObject([
      { state: '', status: '', item_progress: String(prevention.progress) },
    ]);
  });

  it('is refused, as the page is, for a plan of a restricted instrument the caller may not see', async () => {
    const doc = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: sec,
      payload: {
        kind: 'agreement',
        title: tr('Restricted agreement'),
        entryIntoForce: null,
        classification: 'restricted',
      },
    });
    expect(doc.statusCode, doc.body).toBe(201);
    const restricted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: sec,
      payload: {
        instrumentId: doc.json().id,
        title: tr('Restricted plan'),
        items: [{ key: 'x', title: tr('Secret item'), responsibleStates: ['KZ'] }],
      },
    });
    expect(restricted.statusCode, restricted.body).toBe(201);
    const url = `/api/v1/plans/${restricted.json().id}/progress.csv`;
    for (const headers of [{}, ru]) {
      const res = await t.app.inject({ url, headers });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Secret item');
    }
    expect((await t.app.inject({ url, headers: sec })).body).toContain('Secret item');
  });
});

describe('evidence files', () => {
  const png = PNG;
  const form = (file: Buffer, type: string) => {
    const boundary = '----sco' + Math.random().toString(16).slice(2);
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: ${type}\r\n\r\n`,
    );
    return {
      payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };

  it('are attached to a report only by the reporting state, and served back', async () => {
    const p = (await t.app.inject(`/api/v1/plans/${plan.id}`)).json<PlanDto>();
    const report = p.items.find((i) => i.title.en === 'School programmes')!.latestReports[0]!;
    const f = form(png, 'image/png');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/reports/${report.id}/evidence`,
      payload: f.payload,
      headers: { ...kz, ...f.headers },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const g = form(png, 'image/png');
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/reports/${report.id}/evidence`,
      payload: g.payload,
      headers: { ...ru, ...g.headers },
    });
    expect(other.statusCode).toBe(403);
    const h = form(Buffer.from('#!/bin/sh\necho hi\n'), 'image/png');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/reports/${report.id}/evidence`,
      payload: h.payload,
      headers: { ...kz, ...h.headers },
    });
    expect(bad.statusCode).toBe(415);
    const after = (await t.app.inject(`/api/v1/plans/${plan.id}`)).json<PlanDto>();
    const files = after.items.find((i) => i.title.en === 'School programmes')!.latestReports[0]!.files;
    expect(files).toHaveLength(1);
    const back = await t.app.inject(`/api/v1/plans/${plan.id}/evidence/${files[0]!.id}`);
    expect(back.headers['content-type']).toBe('image/png');
  });
});
