import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import type { MeetingDto } from '../../../contracts/meetings';
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

const title = { en: 'Draft decision', ru: 'Проект решения', zh: '决定草案' };

async function plan(payload: Record<string, unknown> = {}): Promise<MeetingDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/meetings',
    headers: sec,
    payload: {
      kind: 'council',
      level: 'ministerial',
      body: 'CFM',
      title: {
        en: 'Council of Foreign Ministers',
        ru: 'Совет министров иностранных дел',
        zh: '外交部长理事会',
      },
      hostState: 'KG',
      city: { en: 'Cholpon-Ata', ru: 'Чолпон-Ата', zh: '乔蓬阿塔' },
      timeZone: 'Asia/Bishkek',
      startDate: '2027-06-01',
      endDate: '2027-06-01',
      visibility: 'public',
      ...payload,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const get = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1/meetings/${id}`, headers });

describe('agenda and minutes', () => {
  const agenda = (id: string, payload: Record<string, unknown>, headers = sec) =>
    t.app.inject({ method: 'POST', url: `/api/v1/meetings/${id}/agenda`, headers, payload });
  async function draft(body: Record<string, unknown>): Promise<DecisionDto> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title, procedure: 'consensus', ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    // Other modules react to a new decision after commit (notifications audit what they send).
    await t.app.kernel.events.drain();
    return res.json();
  }

  it('appends items in order and is for the Secretariat only', async () => {
    const m = await plan();
    expect((await agenda(m.id, { title: { en: 'Opening', ru: 'Открытие', zh: '开幕' } })).statusCode).toBe(
      201,
    );
    const res = await agenda(m.id, { title: { en: 'Any other business', ru: 'Разное', zh: '其他事项' } });
    expect(
      res.json().agenda.map((i: { position: number; title: { en: string } }) => [i.position, i.title.en]),
    ).toEqual([
      [1, 'Opening'],
      [2, 'Any other business'],
    ]);
    expect((await agenda(m.id, { title }, kz)).statusCode).toBe(403);
    expect((await agenda(m.id, { title }, {})).statusCode).toBe(401);
    expect((await agenda('nope', { title })).json().code).toBe('meetings.not_found');
  });

  it('lists a decision taken at the meeting with the statement a state made on it', async () => {
    const m = await plan({ visibility: 'public' });
    const d = await draft({ meetingId: m.id, visibility: 'public' });
    const item = await agenda(m.id, {
      title: { en: 'Draft decision', ru: 'Проект решения', zh: '决定草案' },
      decisionId: d.id,
    });
    expect(item.statusCode, item.body).toBe(201);
    expect(item.json().agenda[0].decisionId).toBe(d.id);

    const statement = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/positions`,
      headers: kz,
      payload: { state: 'KZ', position: 'statement', text: 'Kazakhstan reads paragraph 3 as non-binding.' },
    });
    expect(statement.statusCode, statement.body).toBe(200);
    const open = (await get(m.id)).json();
    expect(open.minutes).toEqual({ decisions: [], statements: [] });

    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/close`,
      headers: sec,
    });
    expect(closed.json().status).toBe('adopted');
    const minutes = (await get(m.id)).json().minutes;
    expect(minutes.decisions).toEqual([
      {
        id: d.id,
        body: 'CFM',
        number: closed.json().number,
        title,
        result: 'adopted',
        closedAt: closed.json().closedAt,
      },
    ]);
    expect(minutes.statements).toEqual([
      { state: 'KZ', decisionId: d.id, text: 'Kazakhstan reads paragraph 3 as non-binding.' },
    ]);
  });

  it('does not name a restricted decision to readers who may not see it', async () => {
    const m = await plan({ visibility: 'public' });
    const d = await draft({ meetingId: m.id });
    expect((await agenda(m.id, { title, decisionId: d.id })).statusCode).toBe(201);
    expect((await get(m.id)).json().agenda[0].decisionId).toBeNull();
    expect((await get(m.id, kz)).json().agenda[0].decisionId).toBe(d.id);
  });

  it('refuses a decision that does not exist with a 400 and changes nothing', async () => {
    const m = await plan();
    const before = await snapshotCounts(t.database);
    const res = await agenda(m.id, { title, decisionId: 'missing' });
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'meetings.unknown_decision',
      params: { decisionId: 'missing' },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it("refuses another meeting's decision and a decision already on the agenda", async () => {
    const m = await plan();
    const other = await plan();
    const d = await draft({ meetingId: other.id });
    const before = await snapshotCounts(t.database);
    const res = await agenda(m.id, { title, decisionId: d.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'meetings.decision_of_other_meeting',
      params: { decisionId: d.id, meetingId: other.id },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);

    expect((await agenda(other.id, { title, decisionId: d.id })).statusCode).toBe(201);
    const again = await agenda(other.id, { title, decisionId: d.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('meetings.decision_already_on_agenda');
    expect((await get(other.id, sec)).json().agenda).toHaveLength(1);
  });

  it('keeps positions distinct when items are appended at the same moment', async () => {
    const m = await plan();
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => agenda(m.id, { title: { en: `Item ${n}`, ru: `Пункт ${n}`, zh: `议题${n}` } })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const items = (await get(m.id)).json().agenda as { position: number }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4]);
  });
});
