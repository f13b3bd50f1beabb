import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNCONFIRMED } from '../../../contracts/cbm';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

type Headers = Record<string, string>;
const PLACEHOLDER = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

let t: TestApp;
let clock = new Date('2027-03-01T09:00:00.000Z');
const h = {} as Record<'kz' | 'cn' | 'sg' | 'admin' | 'coordinator' | 'cert', Headers>;

const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [80.1, 45.1],
      [80.6, 45.1],
      [80.6, 45.5],
      [80.1, 45.1],
    ],
  ],
};
const activity = (over: object = {}) => ({
  state: 'KZ',
  kind: 'exercise',
  from: '2027-06-01',
  to: '2027-06-10',
  troops: 5000,
  equipment: 120,
  area: AREA,
  borderDistanceKm: 60,
  concerned: ['CN'],
  ...over,
});
const confirmed = (value: unknown) => ({ value, source: 'test: a corrected rule set', article: 'Art. T' });

async function call(opts: InjectOptions) {
  return t.app.inject(opts);
}
const post = (url: string, headers: Headers, payload: object) =>
  call({ method: 'POST', url, headers, payload });
const get = (url: string, headers: Headers = {}) => call({ url, headers });

/** Every CBM operation, with a body that fits it, for the outsider checks. */
const OPERATIONS: [string, string, object?][] = [
  ['GET', '/api/v1/cbm/rule-sets'],
  ['POST', '/api/v1/cbm/rule-sets', { code: 'x', title: 'x', effectiveFrom: '2027-01-01', params: {} }],
  ['GET', '/api/v1/cbm/declarations'],
  ['POST', '/api/v1/cbm/declarations', activity()],
  ['GET', `/api/v1/cbm/declarations/${PLACEHOLDER}`],
  ['POST', `/api/v1/cbm/declarations/${PLACEHOLDER}/recompute`],
  ['POST', `/api/v1/cbm/declarations/${PLACEHOLDER}/notification`],
  ['GET', '/api/v1/cbm/messages'],
  ['POST', '/api/v1/cbm/messages', { state: 'KZ', kind: 'query', to: ['CN'], subject: 's', text: 't' }],
  ['POST', `/api/v1/cbm/messages/${PLACEHOLDER}/answers`, { state: 'KZ', text: 't' }],
  ['POST', '/api/v1/cbm/exchanges', { state: 'KZ', year: 2027, text: 't' }],
  ['GET', '/api/v1/cbm/calendar?year=2027'],
];

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  h.kz = await bearer(t.app, 'defence.kz@example.org');
  h.cn = await bearer(t.app, 'defence.cn@example.org');
  h.sg = await bearer(t.app, 'defence.secretariat@example.org');
  h.admin = await bearer(t.app, 'secretariat@example.org');
  h.coordinator = await bearer(t.app, 'coordinator.kz@example.org');
  h.cert = await bearer(t.app, 'cert.kz@example.org');
});
afterAll(() => t.close());

describe('who knows the CBM exchange exists', () => {
  it('answers every CBM path 404, exactly as an unknown path, to anyone without a defence_contact mandate', async () => {
    const unknown = (await get('/api/v1/nowhere')).json();
    for (const who of [{}, h.admin, h.coordinator, h.cert]) {
      for (const [method, url, payload] of OPERATIONS) {
        const res = await call({ method: method as InjectOptions['method'], url, headers: who, payload });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        const body = res.json();
        expect(body.code).toBe(unknown.code);
        expect(body.title).toBe(unknown.title);
      }
      // Bad input too: the outsider learns nothing from a validation error.
      const bad = await post('/api/v1/cbm/declarations', who, { nonsense: true });
      expect(bad.statusCode).toBe(404);
    }
  });

  it('shows no CBM entry or count in the audit views, tasks or notifications of anyone outside it', async () => {
    const before = {
      tasks: (await get('/api/v1/tasks', h.coordinator)).body,
      notifications: (await get('/api/v1/notifications', h.coordinator)).body,
    };
    const d = await post('/api/v1/cbm/declarations', h.kz, activity());
    expect(d.statusCode).toBe(201);
    await post(`/api/v1/cbm/declarations/${d.json().id}/notification`, h.kz, {});
    const audit = await get('/api/v1/audit?limit=500', h.admin);
    expect(audit.statusCode).toBe(200);
    expect(audit.body).not.toContain('cbm');
    expect((await get('/api/v1/audit.csv', h.admin)).body).not.toContain('cbm');
    expect((await get('/api/v1/audit?action=cbm.declaration_created', h.admin)).json().items).toEqual([]);
    expect((await get('/api/v1/tasks', h.coordinator)).body).toBe(before.tasks);
    expect((await get('/api/v1/notifications', h.coordinator)).body).toBe(before.notifications);
    // A Secretariat officer holding both roles sees it; so the entries exist.
    await post(`/api/v1/users/${(await get('/api/v1/auth/me', h.admin)).json().id}/mandates`, h.admin, {
      role: 'defence_contact',
      state: null,
      validFrom: '2024-01-01',
    });
    const designated = await get('/api/v1/audit?action=cbm.declaration_created', h.admin);
    expect(designated.json().items.length).toBeGreaterThan(0);
  });

  it('has a demo defence contact per member state and a designated Secretariat officer', async () => {
    const me = async (email: string) =>
      (await post('/api/v1/auth/login', {}, { email, password: 'demo-password' })).json().mandates;
    expect(await me('defence.ru@example.org')).toEqual([
      expect.objectContaining({ role: 'defence_contact', state: 'RU' }),
    ]);
    expect(await me('defence.secretariat@example.org')).toEqual([
      expect.objectContaining({ role: 'defence_contact', state: null }),
    ]);
  });
});

describe('rule sets', () => {
  it('seeds the 1996 rule set with sources from wave2-anchors §3 only, the rest to be confirmed', async () => {
    const res = await get('/api/v1/cbm/rule-sets', h.kz);
    expect(res.statusCode).toBe(200);
    const seed = res.json().items.find((s: { code: string }) => s.code === '1996');
    expect(seed.params.borderZoneKm).toMatchObject({ value: 100 });
    expect(seed.params.borderZoneKm.source).toContain('daowen.com');
    expect(seed.params.queryAnswerDays).toMatchObject({ value: 7 });
    expect(seed.params.urgentQueryAnswerDays).toMatchObject({ value: 2 });
    expect(seed.params.observersInvited).toMatchObject({ value: true });
    for (const k of ['troopsThreshold', 'equipmentThreshold', 'noticeDays', 'exchangeDate', 'visitQuota'])
      expect(seed.params[k], k).toEqual({ value: null, source: UNCONFIRMED, article: null });
    expect(seed.effectiveFromSource).toContain(UNCONFIRMED);
  });

  it('lets only a designated Secretariat officer enter a rule set', async () => {
    const params = Object.fromEntries(
      Object.entries((await get('/api/v1/cbm/rule-sets', h.kz)).json().items[0].params),
    );
    const body = { code: 'test', title: 'A test set', effectiveFrom: '2030-01-01', params };
    expect((await post('/api/v1/cbm/rule-sets', h.kz, body)).json().code).toBe('cbm.secretariat_only');
    const created = await post('/api/v1/cbm/rule-sets', h.sg, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'test', version: 1, effectiveFrom: '2030-01-01' });
    expect((await post('/api/v1/cbm/rule-sets', h.sg, body)).json().version).toBe(2);
  });
});

describe('declarations and obligations', () => {
  it('explains why a declaration under the 1996 set cannot be decided, and why one beyond 100 km owes nothing', async () => {
    const near = (await post('/api/v1/cbm/declarations', h.kz, activity())).json();
    expect(near.ruleSet).toMatchObject({ code: '1996', version: 1 });
    expect(near.obligations[0]).toMatchObject({ kind: 'undecidable', due: null });
    expect(near.obligations[0].explanation.key).toBe('cbm.explain.undecidable');
    expect(near.obligations[0].explanation.text).toContain(UNCONFIRMED);
    const far = (await post('/api/v1/cbm/declarations', h.kz, activity({ borderDistanceKm: 100.5 }))).json();
    expect(far.obligations).toEqual([
      expect.objectContaining({
        kind: 'not_notifiable',
        explanation: expect.objectContaining({
          key: 'cbm.explain.outside_zone',
          params: { distance: 100.5, zone: 100 },
        }),
      }),
    ]);
    const claim = await post('/api/v1/cbm/declarations', h.kz, activity({ state: 'CN' }));
    expect(claim.statusCode).toBe(403);
    const bad = await post('/api/v1/cbm/declarations', h.kz, activity({ troops: -1 }));
    expect(bad.statusCode).toBe(400);
    expect((await get(`/api/v1/cbm/declarations/${near.id}`, h.cn)).statusCode).toBe(404);
    expect((await get(`/api/v1/cbm/declarations/${near.id}`, h.sg)).statusCode).toBe(200);
  });

  it('keeps obligations computed under the old rule set until the Secretariat recomputes them', async () => {
    const d = (await post('/api/v1/cbm/declarations', h.kz, activity({ troops: 9500 }))).json();
    expect(d.obligations[0].kind).toBe('undecidable');
    const old = (await get('/api/v1/cbm/rule-sets', h.sg))
      .json()
      .items.find((s: { code: string }) => s.code === '1996');
    const params = {
      ...old.params,
      notifiableKinds: confirmed(['exercise', 'troop_movement', 'other_activity']),
      troopsThreshold: confirmed(9000),
      equipmentThreshold: confirmed(250),
      noticeDays: confirmed(42),
      observerTroopsThreshold: confirmed(13000),
    };
    const v2 = await post('/api/v1/cbm/rule-sets', h.sg, {
      code: '1996',
      title: old.title,
      effectiveFrom: old.effectiveFrom,
      params,
    });
    expect(v2.json().version).toBe(2);
    expect((await get(`/api/v1/cbm/declarations/${d.id}`, h.kz)).json()).toMatchObject({
      ruleSet: { version: 1 },
      obligations: [expect.objectContaining({ kind: 'undecidable' })],
    });
    expect((await post(`/api/v1/cbm/declarations/${d.id}/recompute`, h.kz, {})).statusCode).toBe(403);
    const re = (await post(`/api/v1/cbm/declarations/${d.id}/recompute`, h.sg, {})).json();
    expect(re.ruleSet.version).toBe(2);
    expect(re.obligations).toEqual([
      expect.objectContaining({ kind: 'notify', due: '2027-04-20', late: false, article: 'Art. T' }),
    ]);
    expect(re.obligations[0].explanation.text).toBe(
      'Must be notified by 20 April 2027: a major activity within the 100 km zone, 42 days before it starts on 1 June 2027.',
    );
    // A new declaration takes the new version at once.
    const fresh = (await post('/api/v1/cbm/declarations', h.kz, activity({ troops: 14000 }))).json();
    expect(fresh.obligations.map((o: { kind: string }) => o.kind)).toEqual(['notify', 'invite_observers']);
  });
});

describe('messages and clocks', () => {
  it('numbers and formats the notification, references earlier messages, and answers queries on their clocks', async () => {
    const d = (await post('/api/v1/cbm/declarations', h.kz, activity({ troops: 10000 }))).json();
    const n = await post(`/api/v1/cbm/declarations/${d.id}/notification`, h.kz, {});
    expect(n.statusCode).toBe(201);
    const note = n.json();
    expect(note.reference).toMatch(/^CBM\/KZ\/2027\/\d+$/);
    expect(note.text).toMatch(/^PRECEDENCE: ROUTINE\nFROM: KZ\nTO: CN\n/);
    expect(note.text).toContain('ARTICLE: Rule set 1996 v2');
    expect(note.text.endsWith('END OF MESSAGE')).toBe(true);
    expect((await post(`/api/v1/cbm/declarations/${d.id}/notification`, h.kz, {})).statusCode).toBe(409);
    const q = await post('/api/v1/cbm/messages', h.cn, {
      state: 'CN',
      kind: 'query',
      to: ['KZ'],
      subject: 'About the exercise',
      text: 'How many aircraft?',
      urgent: true,
      refersTo: [note.id],
    });
    expect(q.statusCode).toBe(201);
    expect(q.json()).toMatchObject({
      precedence: 'urgent',
      answerDue: new Date(clock.getTime() + 2 * 86_400_000).toISOString(),
      refersTo: [{ id: note.id, reference: note.reference }],
    });
    expect(
      (await post(`/api/v1/cbm/messages/${q.json().id}/answers`, h.cn, { state: 'CN', text: 'x' }))
        .statusCode,
    ).toBe(409);
    const a = await post(`/api/v1/cbm/messages/${q.json().id}/answers`, h.kz, {
      state: 'KZ',
      text: 'Twelve.',
    });
    expect(a.statusCode).toBe(201);
    expect(a.json().refersTo[0].reference).toBe(q.json().reference);
    const ru = await bearer(t.app, 'defence.ru@example.org');
    expect((await get('/api/v1/cbm/messages', ru)).json().items).toEqual([]);
    const mine = (await get('/api/v1/cbm/messages', h.cn)).json().items.map((m: { id: string }) => m.id);
    expect(mine).toEqual(expect.arrayContaining([note.id, q.json().id, a.json().id]));
  });

  it('flags an overdue notification and an unanswered query to the Secretariat, across a restart', async () => {
    const late = (
      await post(
        '/api/v1/cbm/declarations',
        h.kz,
        activity({ troops: 10000, from: '2027-04-01', to: '2027-04-02' }),
      )
    ).json();
    expect(late.obligations[0]).toMatchObject({ kind: 'notify', due: '2027-02-18', late: true });
    const q = (
      await post('/api/v1/cbm/messages', h.kz, {
        state: 'KZ',
        kind: 'query',
        to: ['CN'],
        subject: 'Q',
        text: 'Why?',
      })
    ).json();
    expect(q.answerDue).toBe(new Date(clock.getTime() + 7 * 86_400_000).toISOString());
    clock = new Date(Date.parse(q.answerDue) + 60_000);
    await t.restart({ now: () => clock });
    const sg = await bearer(t.app, 'defence.secretariat@example.org');
    const flagged = async () => {
      const msgs = (await get('/api/v1/cbm/messages', sg)).json().items;
      const decls = (await get('/api/v1/cbm/declarations', sg)).json().items;
      return {
        query: msgs.find((m: { id: string }) => m.id === q.id)?.overdue,
        declaration: decls.find((x: { id: string }) => x.id === late.id)?.overdue,
      };
    };
    for (let i = 0; i < 200 && !(await flagged()).query; i++) await new Promise((r) => setImmediate(r));
    expect(await flagged()).toEqual({ query: true, declaration: true });
  });
});

describe('yearly exchange and calendar', () => {
  it('shows the activities, who sent the yearly exchange and the visits received against the quota', async () => {
    expect(
      (await post('/api/v1/cbm/exchanges', h.kz, { state: 'KZ', year: 2027, text: 'Forces.' })).statusCode,
    ).toBe(201);
    const visit = await post('/api/v1/cbm/messages', h.kz, {
      state: 'KZ',
      kind: 'visit_request',
      to: ['CN'],
      subject: 'Visit',
      text: 'We ask to visit.',
    });
    expect(visit.json().answerDue).toBeNull();
    const cal = (await get('/api/v1/cbm/calendar?year=2027', h.kz)).json();
    expect(cal.ruleSet).toMatchObject({ code: '1996', version: 2 });
    expect(cal.activities.length).toBeGreaterThan(0);
    expect(cal.activities.every((a: { state: string }) => a.state === 'KZ')).toBe(true);
    expect(cal.exchange.due).toBeNull();
    expect(cal.exchange.source).toBe(UNCONFIRMED);
    expect(cal.exchange.states.find((s: { state: string }) => s.state === 'KZ').submittedAt).not.toBeNull();
    expect(cal.exchange.states.find((s: { state: string }) => s.state === 'CN').submittedAt).toBeNull();
    expect(cal.quotas.find((q: { state: string }) => q.state === 'CN')).toMatchObject({
      quota: null,
      used: 1,
    });
  });
});
