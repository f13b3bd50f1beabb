import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import type { StateDto } from '../../../contracts/states';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';
import { PDF } from '../../test/zip';

let t: TestApp;
let sec: Record<string, string>;
const coord: Record<string, Record<string, string>> = {};
const MEMBERS = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  for (const m of MEMBERS) coord[m] = await bearer(t.app, `coordinator.${m.toLowerCase()}@example.org`);
});
afterAll(() => t.close());

const title = { en: 'Draft decision', ru: 'Проект решения', zh: '决定草案' };
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

async function draft(body: Record<string, unknown>): Promise<DecisionDto> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/decisions',
    headers: sec,
    payload: { body: 'CFM', title, procedure: 'consensus', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const position = (id: string, state: string, pos: string, headers = coord[state]!) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/decisions/${id}/positions`,
    headers,
    payload: { state, position: pos },
  });
const close = (id: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/decisions/${id}/close`, headers: sec });
const get = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/decisions/${id}`, headers: sec })).json<DecisionDto>();

describe('drafting', () => {
  it('opens a decision with all member states as participants by default', async () => {
    const d = await draft({});
    expect(d).toMatchObject({
      status: 'open',
      procedure: 'consensus',
      participants: MEMBERS,
      pending: MEMBERS,
      version: 1,
    });
    expect(d.authenticLanguages).toEqual(['ru', 'zh']);
  });

  it.each([
    [
      'a deadline in the past',
      { procedure: 'silence', deadline: '2020-01-01T00:00:00Z' },
      'decisions.deadline_in_past',
    ],
    ['a silence procedure without a deadline', { procedure: 'silence' }, 'decisions.deadline_required'],
    [
      'consensus minus one without the state concerned',
      { procedure: 'consensus_minus_one' },
      'decisions.concerned_state_required',
    ],
    ['a partner as participant', { participants: ['KZ', 'AZ'] }, 'decisions.participant_not_member'],
    ['an unknown body', { body: 'XYZ' }, 'decisions.unknown_body'],
    [
      'an effect that skips an admission step',
      { effect: { kind: 'status_change', state: 'AZ', status: 'member' } },
      'decisions.effect_refused',
    ],
  ])('refuses %s with a 400', async (_l, body, code) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title, procedure: 'consensus', ...body },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
  });

  it('points a refused deadline at its field, for the form to show it there', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title, procedure: 'silence', deadline: '2020-01-01T00:00:00Z' },
    });
    expect(res.json()).toMatchObject({
      code: 'decisions.deadline_in_past',
      errors: [{ pointer: '/body/deadline' }],
    });
  });

  it('is for the Secretariat only', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: coord.KZ,
      payload: { body: 'CFM', title, procedure: 'consensus' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps every version of the text with who changed it', async () => {
    const d = await draft({ text: { en: 'v1', ru: 'в1', zh: '一' } });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/text`,
      headers: sec,
      payload: { text: { en: 'v2', ru: 'в2', zh: '二' }, note: 'after CNC' },
    });
    expect(res.json().version).toBe(2);
    const versions = (await t.app.inject({ url: `/api/v1/decisions/${d.id}/versions`, headers: sec })).json()
      .items;
    expect(versions.map((v: { text: { en: string } }) => v.text.en)).toEqual(['v1', 'v2']);
    expect(versions[1].note).toBe('after CNC');
  });
});

describe('positions', () => {
  it('are recorded only by a mandate holder of that state', async () => {
    const d = await draft({});
    const res = await position(d.id, 'RU', 'support', coord.KZ);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect((await get(d.id)).positions).toEqual([]);
  });

  it('may change while the decision is open, and are refused after it closes', async () => {
    const d = await draft({});
    expect((await position(d.id, 'KZ', 'objection')).statusCode).toBe(200);
    expect((await position(d.id, 'KZ', 'support')).statusCode).toBe(200);
    expect((await get(d.id)).positions).toMatchObject([{ state: 'KZ', position: 'support' }]);
    expect((await close(d.id)).json()).toMatchObject({ status: 'adopted' });
    const late = await position(d.id, 'RU', 'objection');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('decisions.not_open');
    expect((await get(d.id)).status).toBe('adopted');
  });

  it('from two states sent at the same moment both land', async () => {
    const d = await draft({});
    const [a, b] = await Promise.all([position(d.id, 'CN', 'support'), position(d.id, 'IN', 'statement')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect((await get(d.id)).positions.map((p) => p.state)).toEqual(['CN', 'IN']);
  });

  it('cannot be stated by a non-participant, so it cannot block', async () => {
    const d = await draft({ participants: ['KZ', 'UZ'] });
    const res = await position(d.id, 'RU', 'objection');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('decisions.not_participant');
    expect((await close(d.id)).json().status).toBe('adopted');
  });
});

describe('outcomes', () => {
  it('adopts when no participant objects, records statements, and numbers the decision in the body register', async () => {
    const d = await draft({ body: 'HGC' });
    await position(d.id, 'CN', 'statement');
    const closed = (await close(d.id)).json<DecisionDto>();
    expect(closed.status).toBe('adopted');
    expect(closed.outcome).toMatchObject({
      result: 'adopted',
      blockedBy: [],
      positions: [{ state: 'CN', position: 'statement' }],
    });
    expect(closed.number).toMatch(/^HGC\/\d{4}\/\d+$/);
    const next = await draft({ body: 'HGC' });
    const n2 = (await close(next.id)).json<DecisionDto>().number!;
    expect(Number(n2.split('/')[2])).toBe(Number(closed.number!.split('/')[2]) + 1);
  });

  it('does not adopt when one participant objects', async () => {
    const d = await draft({});
    await position(d.id, 'TJ', 'objection');
    expect((await close(d.id)).json().outcome).toMatchObject({ result: 'not_adopted', blockedBy: ['TJ'] });
  });

  it('ignores the objection of the state concerned under consensus minus one', async () => {
    const d = await draft({ procedure: 'consensus_minus_one', concernedState: 'PK' });
    await position(d.id, 'PK', 'objection');
    const closed = (await close(d.id)).json<DecisionDto>();
    expect(closed.status).toBe('adopted');
    expect(closed.outcome!.positions[0]).toMatchObject({ state: 'PK', counts: false });
  });

  it('walks a state through admission, each adopted decision adding to its status history', async () => {
    const app = await t.app.inject({
      method: 'POST',
      url: '/api/v1/states/AZ/applications',
      headers: sec,
      payload: { date: '2026-02-01', reference: 'demo' },
    });
    expect(app.statusCode).toBe(201);
    const steps = [
      { status: 'applicant' },
      { status: 'applicant', step: 'memorandum_signed' },
      { status: 'member' },
    ];
    for (const effect of steps) {
      const d = await draft({ body: 'HSC', effect: { kind: 'status_change', state: 'AZ', ...effect } });
      expect((await close(d.id)).json().outcome.effectApplied).toBe(true);
    }
    const az = (await t.app.inject('/api/v1/states/AZ')).json<StateDto>();
    expect(az.status).toBe('member');
    expect(az.history.at(-1)).toMatchObject({ status: 'member', to: null });
    expect(az.history.at(-1)!.decisionId).toBeTruthy();
    expect(az.admission.map((s) => s.step)).toEqual([
      'application',
      'procedure_launched',
      'memorandum_signed',
      'membership_granted',
    ]);
    const list = (await t.app.inject('/api/v1/states?status=member'))
      .json()
      .items.map((s: { code: string }) => s.code);
    expect(list).toContain('AZ');
  });

  it('refuses a decision whose effect skips a step of admission', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: {
        body: 'HSC',
        title,
        procedure: 'consensus',
        effect: { kind: 'status_change', state: 'TR', status: 'applicant', step: 'memorandum_signed' },
      },
    });
    expect(res.statusCode).toBe(400);
    expect((await t.app.inject('/api/v1/states/TR')).json().status).toBe('partner');
  });
});

describe('written (silence) procedures', () => {
  it('cannot be closed by hand before the deadline, and may be extended before it passes', async () => {
    const d = await draft({ procedure: 'silence', deadline: inHours(24) });
    expect((await close(d.id)).json().code).toBe('decisions.silence_runs_to_deadline');
    const later = inHours(72);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/extend`,
      headers: sec,
      payload: { deadline: later },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().deadline).toBe(later);
    const earlier = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/extend`,
      headers: sec,
      payload: { deadline: inHours(1) },
    });
    expect(earlier.statusCode).toBe(400);
  });

  it('is adopted by the scheduler at the deadline, across a restart, when nobody objects', async () => {
    const deadline = inHours(24);
    const quiet = await draft({ procedure: 'silence', deadline });
    const broken = await draft({ procedure: 'silence', deadline });
    await position(broken.id, 'KG', 'objection');
    const after = new Date(Date.parse(deadline) + 60_000);
    await t.restart({ now: () => after });
    const q = await get(quiet.id);
    expect(q).toMatchObject({ status: 'adopted', closedAt: deadline });
    expect((await get(broken.id)).outcome).toMatchObject({ result: 'not_adopted', blockedBy: ['KG'] });
    const late = await position(quiet.id, 'KZ', 'objection');
    expect(late.statusCode).toBe(409);
    await t.restart();
  });
});

describe('visibility', () => {
  it('hides restricted drafts from the public and shows public ones', async () => {
    const restricted = await draft({});
    const open = await draft({ visibility: 'public' });
    expect((await t.app.inject(`/api/v1/decisions/${restricted.id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/decisions/${open.id}`)).statusCode).toBe(200);
    const ids = (await t.app.inject('/api/v1/decisions?limit=200'))
      .json()
      .items.map((d: { id: string }) => d.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(restricted.id);
  });

  it('filters the list by status and participating state', async () => {
    const d = await draft({ participants: ['BY', 'KZ'] });
    const res = (
      await t.app.inject({ url: '/api/v1/decisions?state=BY&status=open&limit=200', headers: coord.KZ })
    ).json();
    expect(res.items.map((x: { id: string }) => x.id)).toContain(d.id);
    const other = (
      await t.app.inject({ url: '/api/v1/decisions?state=IR&status=open&limit=200', headers: coord.KZ })
    ).json();
    expect(other.items.map((x: { id: string }) => x.id)).not.toContain(d.id);
  });
});

describe('discussion', () => {
  it('is open to participating delegations and the Secretariat', async () => {
    const d = await draft({ participants: ['KZ', 'UZ'] });
    const c = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/comments`,
      headers: coord.KZ,
      payload: { state: 'KZ', body: 'We propose an amendment.' },
    });
    expect(c.statusCode).toBe(201);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/comments`,
      headers: sec,
      payload: { body: 'Noted.', parentId: c.json().id },
    });
    expect(reply.statusCode).toBe(201);
    const outsider = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/comments`,
      headers: coord.RU,
      payload: { state: 'RU', body: 'x' },
    });
    expect(outsider.statusCode).toBe(403);
    const thread = (
      await t.app.inject({ url: `/api/v1/decisions/${d.id}/comments`, headers: coord.UZ })
    ).json().items;
    expect(thread.map((x: { body: string }) => x.body)).toEqual(['We propose an amendment.', 'Noted.']);
  });
});

describe('attachments', () => {
  const pdf = PDF;
  const form = (file: Buffer, fields: Record<string, string> = {}) => {
    const boundary = '----sco' + Math.random().toString(16).slice(2);
    const parts = Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    const head = Buffer.from(
      parts.join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="draft.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    return {
      payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };

  it('are added to an open draft by the Secretariat or a participating delegation, and checked', async () => {
    const d = await draft({ participants: ['KZ', 'UZ'] });
    const byKz = form(pdf, { state: 'KZ' });
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/attachments`,
      payload: byKz.payload,
      headers: { ...coord.KZ, ...byKz.headers },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const byRu = form(pdf, { state: 'RU' });
    const outsider = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/attachments`,
      payload: byRu.payload,
      headers: { ...coord.RU, ...byRu.headers },
    });
    expect(outsider.statusCode).toBe(403);
    const fake = form(Buffer.from('MZ not a document'));
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/attachments`,
      payload: fake.payload,
      headers: { ...sec, ...fake.headers },
    });
    expect(bad.statusCode).toBe(415);
    const full = await get(d.id);
    expect(full.attachments).toHaveLength(1);
    const url = `/api/v1/decisions/${d.id}/attachments/${full.attachments[0]!.id}`;
    const back = await t.app.inject({ url, headers: sec });
    expect(Buffer.from(back.rawPayload).equals(pdf)).toBe(true);
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    // The draft is restricted: its files are as invisible as the draft itself.
    expect((await t.app.inject(url)).statusCode).toBe(404);
  });
});

describe('partners', () => {
  it('follow and comment on a draft open to partners, but never state a position', async () => {
    const mn = await bearer(t.app, 'secretariat@example.org');
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: mn,
      payload: {
        email: 'delegate.mn@example.org',
        displayName: 'Mongolia delegate',
        password: 'partner-password-1',
      },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.json().id}/mandates`,
      headers: mn,
      payload: { state: 'MN', role: 'delegate', validFrom: '2025-01-01' },
    });
    const partner = await bearer(t.app, 'delegate.mn@example.org', 'partner-password-1');
    const closed = await draft({});
    const open = await draft({ openToPartners: true });
    expect((await t.app.inject({ url: `/api/v1/decisions/${closed.id}`, headers: partner })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: `/api/v1/decisions/${open.id}`, headers: partner })).statusCode).toBe(
      200,
    );
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${open.id}/comments`,
      headers: partner,
      payload: { state: 'MN', body: 'Mongolia supports the initiative.' },
    });
    expect(comment.statusCode).toBe(201);
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${open.id}/positions`,
      headers: partner,
      payload: { state: 'MN', position: 'objection' },
    });
    expect(blocked.statusCode).toBe(403);
    expect((await close(open.id)).json().status).toBe('adopted');
  });
});

describe('text revisions', () => {
  it('refuse a revision that changes nothing or blanks the title', async () => {
    const d = await draft({ text: { en: 'v1', ru: 'в1', zh: '一' } });
    const same = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/text`,
      headers: sec,
      payload: { text: { en: 'v1', ru: 'в1', zh: '一' } },
    });
    expect(same.json().code).toBe('decisions.no_change');
    const blank = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${d.id}/text`,
      headers: sec,
      payload: { title: { en: ' ', ru: 'x', zh: 'y' } },
    });
    expect(blank.statusCode).toBe(400);
    expect((await get(d.id)).version).toBe(1);
  });
});
