import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDto, CallDto, ProgrammeDto, UniversityDto } from '../../../contracts/education';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

const DAY = 86_400_000;
let clock = new Date('2027-01-15T00:00:00Z');
let t: TestApp;
type H = Record<string, string>;
const h = {} as Record<'sec' | 'kz' | 'eduKz' | 'eduCn' | 'admKz' | 'admCn', H>;
let programmes: ProgrammeDto[];
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

async function call(method: 'GET' | 'POST', url: string, headers: H = {}, payload?: object) {
  const res = await t.app.inject({ method, url, headers, payload });
  const json = String(res.headers['content-type']).includes('json');
  return { status: res.statusCode, body: json ? res.json() : {}, raw: res };
}
async function ok<T = Record<string, unknown>>(
  method: 'GET' | 'POST',
  url: string,
  headers: H = {},
  payload?: object,
) {
  const res = await call(method, url, headers, payload);
  expect(res.status, `${url} ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body as T;
}

/** A verified applicant: signs up, reads the verification mail in the local outbox and verifies. */
async function applicant(email: string, nationality: string): Promise<H> {
  const password = 'a-long-student-password';
  await ok(
    'POST',
    '/api/v1/education/applicants',
    {},
    { email, displayName: email, password, nationality, birthDate: '2001-01-01' },
  );
  const headers = await bearer(t.app, email, password);
  const { items } = await ok<{ items: { text: string }[] }>('GET', '/api/v1/education/outbox', headers);
  const token = /token=([\w-]+)/.exec(items[0]!.text)![1]!;
  await ok('POST', '/api/v1/education/applicants/verify', {}, { token });
  return headers;
}

/** A call open now, with a nomination stage a day after it closes, over the given programmes. */
function callBody(places: { programmeId: string; places: number }[], quotas: Record<string, number>) {
  return {
    title: tr('Grants'),
    fields: ['06', '03'],
    levels: [7],
    places,
    quotas,
    opensAt: new Date(clock.getTime() - DAY).toISOString(),
    closesAt: new Date(clock.getTime() + DAY).toISOString(),
    nominationDeadline: new Date(clock.getTime() + 2 * DAY).toISOString(),
  };
}
const openCall = (places: { programmeId: string; places: number }[], quotas: Record<string, number>) =>
  ok<CallDto>('POST', '/api/v1/education/calls', h.sec, callBody(places, quotas));
const toNationalStage = () => (clock = new Date(clock.getTime() + 1.5 * DAY));
const toAwardStage = () => (clock = new Date(clock.getTime() + DAY));
const apply = (headers: H, callId: string, choices: string[]) =>
  call('POST', `/api/v1/education/calls/${callId}/applications`, headers, {
    choices,
    languageLevel: 'B2',
    degree: 'Bachelor',
  });

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  h.sec = await bearer(t.app, 'secretariat@example.org');
  h.kz = await bearer(t.app, 'coordinator.kz@example.org');
  h.eduKz = await bearer(t.app, 'education.kz@example.org');
  h.eduCn = await bearer(t.app, 'education.cn@example.org');
  h.admKz = await bearer(t.app, 'admissions.kz@example.org');
  h.admCn = await bearer(t.app, 'admissions.cn@example.org');
  programmes = (await ok<{ items: ProgrammeDto[] }>('GET', '/api/v1/education/programmes')).items;
});
afterAll(() => t.close());

const programmeOf = (country: string, field: string) =>
  programmes.find((p) => p.country === country && p.field === field)!;

describe('the SCO University network', () => {
  it('lists demo universities and programmes, filtered by ISCED-F, EQF, language and country, also as CSV', async () => {
    const { items } = await ok<{ items: UniversityDto[] }>('GET', '/api/v1/education/universities');
    expect(items.length).toBe(10);
    expect(items.every((u) => u.demo && u.name.en.startsWith('Demo'))).toBe(true);
    const cn = await ok<{ items: ProgrammeDto[] }>(
      'GET',
      '/api/v1/education/programmes?field=06&level=7&language=zh&country=CN',
    );
    expect(cn.items.map((p) => [p.country, p.field, p.language])).toEqual([['CN', '0613', 'zh']]);
    expect((await call('GET', '/api/v1/education/programmes?level=9')).status).toBe(400);
    const csv = await call('GET', '/api/v1/education/programmes.csv?country=KZ');
    expect(csv.raw.headers['content-type']).toContain('text/csv');
    expect(csv.raw.body.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect((await call('GET', '/api/v1/education/universities.csv')).raw.body).toContain(
      '"Demo university, Kazakhstan"',
    );
    expect((await ok<{ items: unknown[] }>('GET', '/api/v1/education/agreements')).items.length).toBe(18);
  });

  it("lets a coordinator add its own state's university and programme, never another state's", async () => {
    const body = { country: 'KZ', name: tr('New university'), fields: ['0613'] };
    const u = await ok<UniversityDto>('POST', '/api/v1/education/universities', h.kz, body);
    expect(u.demo).toBe(false);
    const p = await ok<ProgrammeDto>('POST', `/api/v1/education/universities/${u.id}/programmes`, h.kz, {
      title: tr('Data science'),
      field: '0613',
      level: 7,
      language: 'ru',
      durationMonths: 24,
      places: 4,
    });
    expect(p.country).toBe('KZ');
    const before = await snapshotCounts(t.database);
    const other = await call('POST', '/api/v1/education/universities', h.kz, { ...body, country: 'CN' });
    expect([other.status, other.body.code]).toEqual([403, 'auth.no_mandate']);
    expect((await call('POST', '/api/v1/education/universities', h.eduKz, body)).status).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });
});

describe('grant calls, applicants, the national stage and offers', () => {
  let callId: string;
  const students = {} as Record<'a' | 'b' | 'c' | 'd', H>;
  const apps = {} as Record<'a' | 'b' | 'c' | 'd', ApplicationDto>;

  it('opens a call (the Secretariat only) with quotas per state, and refuses a bad one changing nothing', async () => {
    const kzIct = programmeOf('KZ', '0613').id;
    const cnIct = programmeOf('CN', '0613').id;
    const before = await snapshotCounts(t.database);
    const bad = await call('POST', '/api/v1/education/calls', h.sec, {
      title: tr('x'),
      fields: ['06'],
      levels: [7],
      places: [],
      quotas: {},
    });
    expect(bad.status).toBe(400);
    const foreign = await call(
      'POST',
      '/api/v1/education/calls',
      h.kz,
      callBody([{ programmeId: kzIct, places: 1 }], { KZ: 1 }),
    );
    expect(foreign.status).toBe(403);
    expect(await snapshotCounts(t.database)).toEqual(before);
    const c = await openCall(
      [
        { programmeId: kzIct, places: 1 },
        { programmeId: cnIct, places: 2 },
      ],
      { KZ: 2, CN: 1 },
    );
    callId = c.id;
    expect(c.status).toBe('open');
    expect(c.quotas).toEqual([
      { state: 'CN', quota: 1, nominated: 0, awarded: 0 },
      { state: 'KZ', quota: 2, nominated: 0, awarded: 0 },
    ]);
  });

  it('signs applicants up with a verified email, one application per call, and refuses late ones clearly', async () => {
    const res = await call(
      'POST',
      '/api/v1/education/applicants',
      {},
      {
        email: 'unverified@example.org',
        displayName: 'U',
        password: 'a-long-student-password',
        nationality: 'KZ',
        birthDate: '2001-01-01',
      },
    );
    expect(res.body.verified).toBe(false);
    const unverified = await bearer(t.app, 'unverified@example.org', 'a-long-student-password');
    expect((await apply(unverified, callId, [programmeOf('KZ', '0613').id])).body.code).toBe(
      'education.not_verified',
    );
    expect(
      (await call('POST', '/api/v1/education/applicants/verify', {}, { token: 'not-the-token-at-all' }))
        .status,
    ).toBe(400);
    students.a = await applicant('a@example.org', 'KZ');
    students.b = await applicant('b@example.org', 'KZ');
    students.c = await applicant('c@example.org', 'KZ');
    students.d = await applicant('d@example.org', 'CN');
    // Each sees only their own mail.
    expect(JSON.stringify((await ok('GET', '/api/v1/education/outbox', students.a)).items)).not.toContain(
      'b@example.org',
    );
    const kzIct = programmeOf('KZ', '0613').id;
    const cnIct = programmeOf('CN', '0613').id;
    for (const s of ['a', 'b', 'c'] as const) {
      const r = await apply(students[s], callId, [kzIct, cnIct]);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      apps[s] = r.body as ApplicationDto;
    }
    apps.d = (await apply(students.d, callId, [cnIct])).body as ApplicationDto;
    expect((await apply(students.a, callId, [kzIct])).body.code).toBe('education.already_applied');
    expect((await apply(students.b, callId, [programmeOf('RU', '0311').id])).body.code).toBe(
      'education.programme_not_in_call',
    );
    toNationalStage();
    const before = await snapshotCounts(t.database);
    const late = await apply(await applicant('late@example.org', 'KZ'), callId, [kzIct]);
    expect([late.status, late.body.code]).toEqual([409, 'education.call_not_open']);
    expect(late.body.params.closesAt).toBeTruthy();
    const after = await snapshotCounts(t.database);
    expect(after.education_application).toBe(before.education_application);
  });

  it("lets a state's grant authority rank its own applicants within its quota only", async () => {
    const url = `/api/v1/education/calls/${callId}/nominations`;
    const over = await call('POST', url, h.eduKz, { state: 'KZ', ranked: [apps.a.id, apps.b.id, apps.c.id] });
    expect([over.status, over.body.code, over.body.params]).toEqual([
      409,
      'education.over_quota',
      { state: 'KZ', quota: 2, ranked: 3 },
    ]);
    const foreign = await call('POST', url, h.eduKz, { state: 'KZ', ranked: [apps.d.id] });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'education.not_your_applicant']);
    expect((await call('POST', url, h.eduCn, { state: 'KZ', ranked: [apps.a.id] })).status).toBe(403);
    expect((await call('POST', url, h.kz, { state: 'KZ', ranked: [apps.a.id] })).status).toBe(403);
    await ok('POST', url, h.eduKz, { state: 'KZ', ranked: [apps.b.id, apps.a.id] });
    await ok('POST', url, h.eduCn, { state: 'CN', ranked: [apps.d.id] });
    const c = await ok<CallDto>('GET', `/api/v1/education/calls/${callId}`);
    expect(c.quotas.map((q) => [q.state, q.nominated])).toEqual([
      ['CN', 1],
      ['KZ', 2],
    ]);
    const ranking = await ok<{ items: ApplicationDto[] }>(
      'GET',
      `/api/v1/education/calls/${callId}/applications`,
      h.eduKz,
    );
    expect(ranking.items.map((a) => [a.id, a.rank])).toEqual([
      [apps.b.id, 1],
      [apps.a.id, 2],
      [apps.c.id, null],
    ]);
  });

  it('lets host universities offer places to nominees that chose them, never beyond the places', async () => {
    const kzIct = programmeOf('KZ', '0613').id;
    const cnIct = programmeOf('CN', '0613').id;
    const offer = (headers: H, app: string, programmeId: string) =>
      call('POST', `/api/v1/education/applications/${app}/offers`, headers, { programmeId });
    expect((await offer(h.admKz, apps.b.id, kzIct)).body.code).toBe('education.not_award_stage');
    toAwardStage();
    expect((await offer(h.admCn, apps.b.id, kzIct)).body.code).toBe('education.not_host');
    expect((await offer(h.admKz, apps.c.id, kzIct)).status).toBe(404);
    const first = await offer(h.admKz, apps.b.id, kzIct);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await offer(h.admKz, apps.a.id, kzIct)).body.code).toBe('education.places_filled');
    const cnOffer = (await offer(h.admCn, apps.b.id, cnIct)).body;
    await ok('POST', `/api/v1/education/applications/${apps.a.id}/offers`, h.admCn, { programmeId: cnIct });
    // The applicant takes the Kazakh place; the Chinese one goes back.
    expect((await call('POST', `/api/v1/education/offers/${first.body.id}/accept`, students.a)).status).toBe(
      404,
    );
    const accepted = await ok<ApplicationDto>(
      'POST',
      `/api/v1/education/offers/${first.body.id}/accept`,
      students.b,
    );
    expect(accepted.offers.map((o) => [o.id === cnOffer.id, o.status])).toEqual([
      [false, 'accepted'],
      [true, 'declined'],
    ]);
    expect((await call('POST', `/api/v1/education/offers/${cnOffer.id}/accept`, students.b)).body.code).toBe(
      'education.offer_closed',
    );
    const overview = await ok<{ perState: { state: string; awarded: number; nominated: number }[] }>(
      'GET',
      `/api/v1/education/calls/${callId}/overview`,
      h.sec,
    );
    expect(overview.perState.map((s) => [s.state, s.nominated, s.awarded])).toEqual([
      ['CN', 1, 0],
      ['KZ', 2, 1],
    ]);
    expect((await call('GET', `/api/v1/education/calls/${callId}/overview`, h.eduKz)).status).toBe(403);
  });

  it('shows applicant data only to the applicant, their authority and the chosen hosts, on every read path', async () => {
    const list = async (headers: H) =>
      (
        await ok<{ items: ApplicationDto[] }>(
          'GET',
          `/api/v1/education/calls/${callId}/applications`,
          headers,
        )
      ).items
        .map((a) => a.id)
        .sort();
    expect(await list(students.a)).toEqual([apps.a.id]);
    expect(await list(h.eduCn)).toEqual([apps.d.id]);
    expect(await list(h.sec)).toEqual([]);
    expect(await list(h.kz)).toEqual([]);
    // The Kazakh host sees the nominees that chose it, not the applicant the state left out.
    expect(await list(h.admKz)).toEqual([apps.a.id, apps.b.id].sort());
    expect(await list(h.admCn)).toEqual([apps.a.id, apps.b.id, apps.d.id].sort());
    for (const [who, id] of [
      [students.a, apps.b.id],
      [h.sec, apps.a.id],
      [h.eduCn, apps.a.id],
      [h.admKz, apps.c.id],
    ] as const)
      expect((await call('GET', `/api/v1/education/applications/${id}`, who)).status).toBe(404);
    expect(
      (await ok<ApplicationDto>('GET', `/api/v1/education/applications/${apps.a.id}`, h.eduKz)).applicant
        ?.email,
    ).toBe('a@example.org');
    const stats = await ok<{ items: unknown[] }>('GET', '/api/v1/education/statistics/awards');
    expect(JSON.stringify(stats)).not.toContain('@');
    const exported = await ok<{ applicant: { email: string }; applications: ApplicationDto[] }>(
      'GET',
      '/api/v1/education/applicants/me/export',
      students.b,
    );
    expect([exported.applicant.email, exported.applications.map((a) => a.id)]).toEqual([
      'b@example.org',
      [apps.b.id],
    ]);
  });

  it('assigns reviewers through the kernel panel: computed conflicts and unverified identities refuse', async () => {
    const me = async (headers: H) => (await ok<{ id: string }>('GET', '/api/v1/auth/me', headers)).id;
    const admRu = await bearer(t.app, 'admissions.ru@example.org');
    const propose = (headers: H, app: string, userId: string) =>
      call('POST', `/api/v1/education/applications/${app}/reviewers`, headers, { userId });
    const conflicted = await propose(h.admCn, apps.a.id, await me(h.admKz));
    expect([conflicted.status, conflicted.body.code, conflicted.body.params.kinds]).toEqual([
      409,
      'review.conflict_of_interest',
      ['same_state', 'same_university'],
    ]);
    expect((await propose(h.admCn, apps.a.id, await me(h.sec))).body.code).toBe('review.identity_unverified');
    expect((await propose(h.admKz, apps.d.id, await me(admRu))).status).toBe(404);
    const proposed = await propose(h.admCn, apps.a.id, await me(admRu));
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    // Not before the reviewer has declared no conflict: then the dossier opens to them.
    expect((await call('GET', `/api/v1/education/applications/${apps.a.id}`, admRu)).status).toBe(404);
    await ok('POST', `/api/v1/education/review-assignments/${proposed.body.id}/conflicts`, admRu, {
      conflicts: [],
    });
    expect((await ok<ApplicationDto>('GET', `/api/v1/education/applications/${apps.a.id}`, admRu)).id).toBe(
      apps.a.id,
    );
    expect((await call('GET', `/api/v1/education/applications/${apps.b.id}`, admRu)).status).toBe(404);
    const ws = await ok<{ items: { subjectId: string; status: string }[] }>(
      'GET',
      '/api/v1/education/review-assignments',
      admRu,
    );
    expect(ws.items.map((a) => [a.subjectId, a.status])).toEqual([[apps.a.id, 'active']]);
    const review = { academic: 4, motivation: 5, language: 3, comment: 'Strong' };
    expect(
      (await ok('POST', `/api/v1/education/review-assignments/${proposed.body.id}/reviews`, admRu, review))
        .version,
    ).toBe(1);
    expect(
      (
        await call(
          'POST',
          `/api/v1/education/review-assignments/${proposed.body.id}/reviews`,
          h.admCn,
          review,
        )
      ).status,
    ).toBeGreaterThanOrEqual(400);
  });

  it('erases personal data once the calls have closed, keeping the award counts', async () => {
    const stats = await ok('GET', '/api/v1/education/statistics/awards');
    const open = await openCall([{ programmeId: programmeOf('KZ', '0311').id, places: 1 }], { KZ: 1 });
    const e = await applicant('e@example.org', 'KZ');
    expect((await apply(e, open.id, [programmeOf('KZ', '0311').id])).status).toBe(201);
    expect((await call('POST', '/api/v1/education/applicants/me/erasure', e)).body.code).toBe(
      'education.call_still_open',
    );
    expect((await ok('POST', '/api/v1/education/applicants/me/erasure', students.b)).erasedApplications).toBe(
      1,
    );
    expect(await ok('GET', '/api/v1/education/statistics/awards')).toEqual(stats);
    const row = await t.database.db
      .selectFrom('education_application')
      .selectAll()
      .where('id', '=', apps.b.id)
      .executeTakeFirstOrThrow();
    expect([row.applicant_id, row.degree, row.statement, row.language_level, row.status]).toEqual([
      null,
      null,
      null,
      null,
      'accepted',
    ]);
    expect(
      JSON.stringify(await t.database.db.selectFrom('education_outbox').selectAll().execute()),
    ).not.toContain('b@example.org');
    expect((await call('GET', '/api/v1/education/applicants/me', students.b)).status).toBe(403);
    const overview = await ok<{ perState: { state: string; awarded: number }[] }>(
      'GET',
      `/api/v1/education/calls/${callId}/overview`,
      h.sec,
    );
    expect(overview.perState.find((s) => s.state === 'KZ')!.awarded).toBe(1);
  });
});
