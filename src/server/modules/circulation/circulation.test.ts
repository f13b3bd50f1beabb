import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CirculationDto } from '../../../contracts/circulation';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let clock = new Date('2026-12-08T09:00:00Z');
const now = () => clock;
const h = {} as Record<'sec' | 'kz' | 'cn' | 'ru' | 'uz', Record<string, string>>;
let documentId: string;
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

beforeAll(async () => {
  t = await buildTestApp({}, { now });
  h.sec = await bearer(t.app, 'secretariat@example.org');
  for (const s of ['kz', 'cn', 'ru', 'uz'] as const)
    h[s] = await bearer(t.app, `coordinator.${s}@example.org`);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    headers: h.sec,
    payload: {
      kind: 'agreement',
      title: tr('Circulated draft'),
      entryIntoForce: null,
      classification: 'public',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  documentId = res.json().id;
});
afterAll(() => t.close());

const circulate = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/circulations', headers: h.sec, payload });
const read = (id: string, who: keyof typeof h) =>
  t.app.inject({ url: `/api/v1/circulations/${id}`, headers: h[who] });
const act = (id: string, who: keyof typeof h, what: 'acknowledge' | 'replies', payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/circulations/${id}/${what}`, headers: h[who], payload });
const row = (c: CirculationDto, state: string) => c.states.find((s) => s.state === state)!;
const audits = async (action: string) =>
  (await t.app.inject({ url: `/api/v1/audit?action=${action}`, headers: h.sec })).json().items.length;

describe('circulation', () => {
  let comments: CirculationDto;

  it("numbers a circulation in the register and reads the deadline in each state's own zone", async () => {
    const res = await circulate({
      subject: { kind: 'document', id: documentId },
      purpose: 'comments',
      states: ['RU', 'CN', 'KZ'],
      deadline: '2026-12-20T17:00',
    });
    expect(res.statusCode, res.body).toBe(201);
    comments = res.json();
    expect(comments.number).toBe('SG/2026/1');
    expect(comments.subject.title.en).toBe('Circulated draft');
    expect(comments.states.map((s) => s.state)).toEqual(['CN', 'KZ', 'RU']);
    // 17:00 in Beijing (UTC+8) and in Moscow (UTC+3).
    expect(row(comments, 'CN')).toMatchObject({
      zone: 'Asia/Shanghai',
      deadlineAt: '2026-12-20T09:00:00.000Z',
    });
    expect(row(comments, 'RU')).toMatchObject({
      zone: 'Europe/Moscow',
      deadlineAt: '2026-12-20T14:00:00.000Z',
    });
    expect(row(comments, 'KZ')).toMatchObject({ openedAt: null, acknowledgedAt: null, repliedAt: null });
    expect(comments.awaiting).toEqual(['CN', 'KZ', 'RU']);
    const second = await circulate({
      subject: { kind: 'document', id: documentId },
      purpose: 'information',
      states: ['KZ'],
    });
    expect(second.json().number).toBe('SG/2026/2');
    expect(await audits('circulation.created')).toBe(2);
  });

  it('records the opening once, then the acknowledgement and the replies of each state', async () => {
    clock = new Date('2026-12-09T10:00:00Z');
    expect(row((await read(comments.id, 'kz')).json(), 'KZ').openedAt).toBe('2026-12-09T10:00:00.000Z');
    clock = new Date('2026-12-09T11:00:00Z');
    const again = (await read(comments.id, 'kz')).json<CirculationDto>();
    expect(row(again, 'KZ').openedAt).toBe('2026-12-09T10:00:00.000Z');
    // The Secretariat reading it opens nothing.
    expect(row((await read(comments.id, 'sec')).json(), 'CN').openedAt).toBeNull();
    const ack = await act(comments.id, 'kz', 'acknowledge', { state: 'KZ' });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(row(ack.json(), 'KZ').acknowledgedAt).toBe('2026-12-09T11:00:00.000Z');
    const replied = await act(comments.id, 'cn', 'replies', {
      state: 'CN',
      text: 'China proposes a new article 3.',
    });
    expect(replied.statusCode, replied.body).toBe(201);
    const byCn = row(replied.json(), 'CN');
    expect(byCn).toMatchObject({
      openedAt: '2026-12-09T11:00:00.000Z',
      repliedAt: '2026-12-09T11:00:00.000Z',
    });
    expect(byCn.replies.map((r) => r.text)).toEqual(['China proposes a new article 3.']);
    expect(await audits('circulation.opened')).toBe(2);
    expect(await audits('circulation.acknowledged')).toBe(1);
    expect(await audits('circulation.replied')).toBe(1);
  });

  it('shows a state only what was sent to it, and only its own row unless comments were asked', async () => {
    // Comments are shared among the recipients.
    expect(row((await read(comments.id, 'kz')).json(), 'CN').replies).toHaveLength(1);
    expect((await read(comments.id, 'uz')).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/circulations/${comments.id}` })).statusCode).toBe(401);
    const asked = (
      await circulate({
        subject: { kind: 'document', id: documentId },
        purpose: 'reply',
        states: ['KZ', 'CN'],
        deadline: '2026-12-30T12:00',
      })
    ).json<CirculationDto>();
    await act(asked.id, 'cn', 'replies', { state: 'CN', text: 'Confidential answer of China.' });
    const seenByKz = (await read(asked.id, 'kz')).json<CirculationDto>();
    expect(seenByKz.states.map((s) => s.state)).toEqual(['KZ']);
    expect(JSON.stringify(seenByKz)).not.toContain('Confidential');
    const inbox = (await t.app.inject({ url: '/api/v1/circulations', headers: h.uz })).json().items;
    expect(inbox).toEqual([]);
    const kzInbox = (await t.app.inject({ url: '/api/v1/circulations', headers: h.kz })).json().items;
    expect(kzInbox).toHaveLength(3);
    expect(JSON.stringify(kzInbox)).not.toContain('"CN"');
    const desk = (
      await t.app.inject({ url: '/api/v1/circulations?status=open&state=CN', headers: h.sec })
    ).json();
    expect(desk.items.map((c: CirculationDto) => c.number)).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/circulations?state=CN', headers: h.kz })).statusCode).toBe(
      403,
    );
  });

  it('refuses bad requests with a problem and changes nothing', async () => {
    const before = await snapshotCounts(t.database);
    const base = {
      subject: { kind: 'document', id: documentId },
      purpose: 'reply',
      states: ['KZ'],
      deadline: '2027-01-10T10:00',
    };
    const cases: [Promise<{ statusCode: number; json: () => { code: string } }>, number, string][] = [
      [circulate({ ...base, states: ['TR'] }), 400, 'circulation.no_time_zone'],
      [circulate({ ...base, deadline: undefined }), 400, 'circulation.deadline_required'],
      [circulate({ ...base, deadline: '2026-12-01T10:00' }), 400, 'circulation.deadline_passed'],
      [circulate({ ...base, deadline: '2027-01-10 10:00' }), 400, 'http.validation_failed'],
      [
        circulate({ ...base, subject: { kind: 'spaceship', id: 'x' } }),
        400,
        'circulation.unknown_subject_kind',
      ],
      [circulate({ ...base, subject: { kind: 'document', id: 'nope' } }), 404, 'documents.not_found'],
      [
        t.app.inject({ method: 'POST', url: '/api/v1/circulations', headers: h.kz, payload: base }),
        403,
        'auth.forbidden',
      ],
      [act(comments.id, 'kz', 'acknowledge', { state: 'CN' }), 403, 'auth.no_mandate'],
      [act(comments.id, 'uz', 'acknowledge', { state: 'UZ' }), 404, 'circulation.not_found'],
      [act(comments.id, 'kz', 'replies', { state: 'KZ', text: '   ' }), 400, 'http.validation_failed'],
      [act(comments.id, 'sec', 'replies', { state: 'KZ', text: 'for them' }), 403, 'auth.forbidden'],
    ];
    for (const [res, status, code] of cases) {
      const r = await res;
      expect([r.statusCode, r.json().code]).toEqual([status, code]);
    }
    const info = (await t.app.inject({ url: '/api/v1/circulations?state=KZ', headers: h.sec }))
      .json()
      .items.find((c: CirculationDto) => c.purpose === 'information');
    const noReply = await act(info.id, 'kz', 'replies', { state: 'KZ', text: 'Noted' });
    expect([noReply.statusCode, noReply.json().code]).toEqual([409, 'circulation.no_reply_asked']);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('reminds 48 hours ahead only the states that have not answered, once, across restarts', async () => {
    const c = (
      await circulate({
        subject: { kind: 'document', id: documentId },
        purpose: 'reply',
        states: ['KZ', 'CN', 'RU'],
        deadline: '2027-02-10T17:00',
      })
    ).json<CirculationDto>();
    await act(c.id, 'kz', 'replies', { state: 'KZ', text: 'Kazakhstan agrees.' });
    const before = await audits('circulation.reminder_sent');
    // 49 hours before Moscow's 17:00 (14:00Z): nobody yet; 47 hours before: China (09:00Z) and Russia.
    clock = new Date('2027-02-08T13:00:00Z');
    await t.restart({ now });
    expect(row((await read(c.id, 'sec')).json(), 'RU').remindedAt).toBeNull();
    clock = new Date('2027-02-08T15:00:00Z');
    await t.restart({ now });
    h.sec = await bearer(t.app, 'secretariat@example.org');
    const after = (await read(c.id, 'sec')).json<CirculationDto>();
    expect(after.states.map((s) => [s.state, s.remindedAt !== null])).toEqual([
      ['CN', true],
      ['KZ', false],
      ['RU', true],
    ]);
    await t.restart({ now });
    h.sec = await bearer(t.app, 'secretariat@example.org');
    expect((await audits('circulation.reminder_sent')) - before).toBe(2);
    clock = new Date('2027-02-11T00:00:00Z');
    const late = (await read(c.id, 'sec')).json<CirculationDto>();
    expect(late.overdue).toEqual(['CN', 'RU']);
  });
});
