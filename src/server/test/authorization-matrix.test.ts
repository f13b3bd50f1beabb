import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from './harness';

/**
 * The authorization matrix (issue 16): every operation of the OpenAPI document, run as each kind of
 * caller with the example body the document gives (states in bodies and lists name Kazakhstan), against
 * restricted and unrestricted records. Who may call, and which states a call claims, are read from the
 * document itself (`security`, `x-permission`, `x-state-claims`); what each caller may see of a record
 * is written here, one entry per operation, so a new operation without an entry fails.
 */

type Caller = 'anonymous' | 'kz' | 'cn' | 'observer' | 'partner' | 'secretariat';
const CALLERS: Caller[] = ['anonymous', 'kz', 'cn', 'observer', 'partner', 'secretariat'];
/** Each caller's role and state: two member coordinators, an observer of a member, a partner's coordinator. */
const ROLES: Record<Exclude<Caller, 'anonymous'>, { role: string; state: string | null }> = {
  kz: { role: 'national_coordinator', state: 'KZ' },
  cn: { role: 'national_coordinator', state: 'CN' },
  observer: { role: 'observer', state: 'UZ' },
  partner: { role: 'national_coordinator', state: 'TR' },
  secretariat: { role: 'secretariat_admin', state: null },
};

/** Records whose pair (restricted, unrestricted) fills `{id}`, and who may see the restricted one. */
type Fixture = 'decision' | 'document' | 'meeting' | 'project';
const SEEN_BY: Record<Fixture, Caller[]> = {
  // Restricted SCO business is for the Secretariat and every member state's mandate holders.
  decision: ['kz', 'cn', 'observer', 'secretariat'],
  meeting: ['kz', 'cn', 'observer', 'secretariat'],
  project: ['kz', 'cn', 'observer', 'secretariat'],
  // A restricted instrument is for the Secretariat and its parties (Kazakhstan signed it).
  document: ['kz', 'secretariat'],
};

/**
 * One entry per operation: the fixture its `{id}` reads, null when ids are placeholders, or 'cbm' for
 * the CBM exchange, which answers 404 to every caller here (none holds a defence_contact mandate): it
 * does not exist for them (ADR 0069, 0124).
 */
const MATRIX: Record<string, Fixture | 'cbm' | null> = {
  'GET /api/v1/health': null,
  'POST /api/v1/auth/login': null,
  'POST /api/v1/auth/logout': null,
  'GET /api/v1/auth/me': null,
  'POST /api/v1/auth/tokens': null,
  'GET /api/v1/auth/tokens': null,
  'DELETE /api/v1/auth/tokens/{id}': null,
  'GET /api/v1/audit': null,
  'GET /api/v1/audit/verify': null,
  'GET /api/v1/audit.csv': null,
  'GET /api/v1/jobs/parked': null,
  'POST /api/v1/jobs/parked/{id}/retry': null,
  'GET /api/v1/states': null,
  'GET /api/v1/states/{code}': null,
  'PUT /api/v1/states/{code}/contact': null,
  'POST /api/v1/states/{code}/applications': null,
  'GET /api/v1/bodies': null,
  'GET /api/v1/chairmanships': null,
  'GET /api/v1/users': null,
  'POST /api/v1/users': null,
  'GET /api/v1/users/{id}': null,
  'POST /api/v1/users/{id}/mandates': null,
  'GET /api/v1/decisions': null,
  'POST /api/v1/decisions': null,
  'GET /api/v1/decisions/{id}': 'decision',
  'POST /api/v1/decisions/{id}/positions': null,
  'POST /api/v1/decisions/{id}/extend': null,
  'POST /api/v1/decisions/{id}/close': null,
  'POST /api/v1/decisions/{id}/withdraw': null,
  'POST /api/v1/decisions/{id}/text': null,
  'GET /api/v1/decisions/{id}/versions': 'decision',
  'GET /api/v1/decisions/{id}/positions.csv': 'decision',
  'GET /api/v1/decisions/{id}/comments': 'decision',
  'POST /api/v1/decisions/{id}/comments': null,
  'PUT /api/v1/decisions/{id}/comments/{postId}': null,
  'GET /api/v1/decisions/{id}/comments/{postId}/versions': null,
  'POST /api/v1/decisions/{id}/comments/{postId}/hide': null,
  'POST /api/v1/decisions/{id}/comments/{postId}/restore': null,
  'GET /api/v1/decisions/{id}/attachments/{attachmentId}': null,
  'POST /api/v1/decisions/{id}/attachments': null,
  'GET /api/v1/documents': null,
  'POST /api/v1/documents': null,
  'GET /api/v1/documents.csv': null,
  'GET /api/v1/documents/years': null,
  'GET /api/v1/documents/{id}': 'document',
  'GET /api/v1/documents/{id}/states.csv': 'document',
  'POST /api/v1/documents/{id}/actions': null,
  'PATCH /api/v1/documents/{id}/actions/{actionId}': null,
  'GET /api/v1/documents/{id}/notifications': 'document',
  'GET /api/v1/documents/{id}/notifications/{nid}': null,
  'GET /api/v1/documents/{id}/texts/{textId}': null,
  'POST /api/v1/documents/{id}/texts': null,
  'GET /api/v1/search': null,
  'GET /api/v1/plans': null,
  'POST /api/v1/plans': null,
  'GET /api/v1/plans/{id}': null,
  'GET /api/v1/plans/{id}/export.json': null,
  'GET /api/v1/plans/{id}/progress.csv': null,
  'POST /api/v1/plans/{id}/items/{itemId}/reports': null,
  'POST /api/v1/plans/{id}/reminders': null,
  'GET /api/v1/plans/{id}/evidence/{evidenceId}': null,
  'POST /api/v1/plans/{id}/reports/{reportId}/evidence': null,
  'GET /api/v1/notifications': null,
  'POST /api/v1/notifications/{id}/read': null,
  'GET /api/v1/tasks': null,
  'GET /api/v1/meetings': null,
  'POST /api/v1/meetings': null,
  'GET /api/v1/meetings/{id}': 'meeting',
  'PATCH /api/v1/meetings/{id}': null,
  'POST /api/v1/meetings/{id}/agenda': null,
  'DELETE /api/v1/meetings/{id}/agenda/{itemId}': null,
  'PUT /api/v1/meetings/{id}/agenda/order': null,
  'POST /api/v1/meetings/{id}/agenda/publish': null,
  'POST /api/v1/meetings/{id}/minutes/publish': null,
  'GET /api/v1/calendar.ics': null,
  'GET /api/v1/calendar/bodies/{code}.ics': null,
  'GET /api/v1/calendar/states/{code}.ics': null,
  'GET /api/v1/finance/currencies': null,
  'GET /api/v1/finance/rates': null,
  'POST /api/v1/finance/rates': null,
  'GET /api/v1/projects/stage-gates': null,
  'GET /api/v1/projects': null,
  'POST /api/v1/projects': null,
  'GET /api/v1/projects/{id}': 'project',
  'POST /api/v1/projects/{id}/stage': null,
  'POST /api/v1/projects/{id}/checklist': null,
  'POST /api/v1/projects/{id}/approval': null,
  'POST /api/v1/projects/{id}/interest': null,
  'POST /api/v1/projects/{id}/interest/withdraw': null,
  'GET /api/v1/projects/{id}/comments': 'project',
  'POST /api/v1/projects/{id}/comments': null,
  'PUT /api/v1/projects/{id}/comments/{postId}': null,
  'GET /api/v1/projects/{id}/comments/{postId}/versions': null,
  'POST /api/v1/projects/{id}/comments/{postId}/hide': null,
  'POST /api/v1/projects/{id}/comments/{postId}/restore': null,
  'POST /api/v1/projects/{id}/transactions': null,
  'GET /api/v1/projects/{id}/transactions': 'project',
  'GET /api/v1/projects/{id}/transactions.csv': 'project',
  'POST /api/v1/projects/{id}/transactions/{txId}/reverse': null,
  'GET /api/v1/projects/{id}/finance': 'project',
  'GET /api/v1/projects/{id}/milestones': 'project',
  'POST /api/v1/projects/{id}/milestones': null,
  'PUT /api/v1/projects/{id}/milestones/{itemId}': null,
  'GET /api/v1/projects/{id}/indicators': 'project',
  'POST /api/v1/projects/{id}/indicators': null,
  'PUT /api/v1/projects/{id}/indicators/{itemId}': null,
  'GET /api/v1/organisations': null,
  'POST /api/v1/organisations': null,
  'GET /api/v1/organisations/{id}': null,
  'GET /api/v1/projects/feed.json': null,
  'GET /api/v1/projects/{id}/iati.xml': 'project',
  'GET /api/v1/projects/{id}/oc4ids.json': 'project',
  'POST /api/v1/cyber/sharing-groups': null,
  'GET /api/v1/cyber/practices': null,
  'POST /api/v1/cyber/practices': null,
  'GET /api/v1/cyber/practices/{id}': null,
  'PUT /api/v1/cyber/practices/{id}': null,
  'PUT /api/v1/cyber/practices/{id}/adoptions/{state}': null,
  'GET /api/v1/cyber/practices/{id}/comments': null,
  'POST /api/v1/cyber/practices/{id}/comments': null,
  'PUT /api/v1/cyber/practices/{id}/comments/{postId}': null,
  'GET /api/v1/cyber/practices/{id}/comments/{postId}/versions': null,
  'POST /api/v1/cyber/practices/{id}/comments/{postId}/hide': null,
  'POST /api/v1/cyber/practices/{id}/comments/{postId}/restore': null,
  'GET /api/v1/environment/technologies': null,
  'POST /api/v1/environment/technologies': null,
  'GET /api/v1/environment/technologies/{code}': null,
  'PUT /api/v1/environment/technologies/{code}': null,
  'POST /api/v1/environment/technologies/{code}/submit': null,
  'POST /api/v1/environment/technologies/{code}/publish': null,
  'POST /api/v1/environment/technologies/{code}/reviewers': null,
  'POST /api/v1/environment/technologies/{code}/reviewers/{assignmentId}/declaration': null,
  'POST /api/v1/environment/technologies/{code}/reviews': null,
  'GET /api/v1/environment/reviews': null,
  'GET /api/v1/environment/questionnaire': null,
  'GET /api/v1/environment/water-bodies': null,
  'GET /api/v1/environment/water-bodies/{id}': null,
  'POST /api/v1/environment/water-bodies/{id}/points': null,
  'PUT /api/v1/environment/water-bodies/{id}/plan': null,
  'GET /api/v1/cyber/feeds': null,
  'POST /api/v1/cyber/feeds': null,
  'GET /api/v1/cyber/feeds/{id}': null,
  'PATCH /api/v1/cyber/feeds/{id}': null,
  'POST /api/v1/cyber/feeds/{id}/pause': null,
  'POST /api/v1/cyber/feeds/{id}/resume': null,
  'POST /api/v1/cyber/collections/{id}/bundles': null,
  'GET /api/v1/cyber/collections/{id}/bundle': null,
  'GET /api/v1/cyber/collections': null,
  'GET /api/v1/cyber/objects': null,
  'GET /api/v1/cyber/collections/{collectionId}/objects/{objectId}': null,
  'GET /api/v1/culture/programmes': null,
  'GET /api/v1/culture/designations': null,
  'GET /api/v1/culture/designations.geojson': null,
  'GET /api/v1/culture/designations.jsonld': null,
  'GET /api/v1/culture/designations.csv': null,
  'GET /api/v1/culture/designations/{id}': null,
  'GET /api/v1/culture/tentative': null,
  'POST /api/v1/culture/tentative': null,
  'GET /api/v1/culture/nominations': null,
  'POST /api/v1/culture/nominations': null,
  'GET /api/v1/culture/nominations/{id}': null,
  'POST /api/v1/culture/nominations/{id}/consent': null,
  'POST /api/v1/culture/nominations/{id}/submit': null,
  'POST /api/v1/culture/nominations/{id}/completeness': null,
  'POST /api/v1/culture/nominations/{id}/propose': null,
  'GET /api/v1/culture/nominations/{id}/parts/{fileId}': null,
  'POST /api/v1/culture/nominations/{id}/parts': null,
  'GET /api/v1/education/universities': null,
  'GET /api/v1/education/universities.csv': null,
  'GET /api/v1/education/universities/{id}': null,
  'POST /api/v1/education/universities': null,
  'POST /api/v1/education/universities/{id}/programmes': null,
  'POST /api/v1/education/universities/{id}/officers': null,
  'GET /api/v1/education/programmes': null,
  'GET /api/v1/education/programmes.csv': null,
  'GET /api/v1/education/agreements': null,
  'GET /api/v1/education/statistics/awards': null,
  'GET /api/v1/education/calls': null,
  'POST /api/v1/education/calls': null,
  'GET /api/v1/education/calls/{id}': null,
  'GET /api/v1/education/calls/{id}/overview': null,
  'GET /api/v1/education/calls/{id}/applications': null,
  'POST /api/v1/education/calls/{id}/applications': null,
  'POST /api/v1/education/calls/{id}/nominations': null,
  'GET /api/v1/education/applications/{id}': null,
  'POST /api/v1/education/applications/{id}/offers': null,
  'POST /api/v1/education/offers/{id}/accept': null,
  'POST /api/v1/education/applicants': null,
  'POST /api/v1/education/applicants/verify': null,
  'GET /api/v1/education/applicants/me': null,
  'GET /api/v1/education/applicants/me/export': null,
  'POST /api/v1/education/applicants/me/erasure': null,
  'GET /api/v1/education/outbox': null,
  'POST /api/v1/education/applications/{id}/reviewers': null,
  'GET /api/v1/education/review-assignments': null,
  'POST /api/v1/education/review-assignments/{id}/conflicts': null,
  'POST /api/v1/education/review-assignments/{id}/reviews': null,
  'GET /api/v1/transport/reference': null,
  'GET /api/v1/transport/nodes': null,
  'POST /api/v1/transport/nodes': null,
  'GET /api/v1/transport/nodes/{id}': null,
  'PATCH /api/v1/transport/nodes/{id}': null,
  'GET /api/v1/transport/links': null,
  'POST /api/v1/transport/links': null,
  'GET /api/v1/transport/links/{id}': null,
  'PATCH /api/v1/transport/links/{id}': null,
  'GET /api/v1/transport/corridors': null,
  'GET /api/v1/transport/corridors/synergy': null,
  'GET /api/v1/transport/corridors/{id}': null,
  'GET /api/v1/transport/routes': null,
  'GET /api/v1/transport/routes.geojson': null,
  'GET /api/v1/transport/network.geojson': null,
  'GET /api/v1/transport/nodes.csv': null,
  'GET /api/v1/transport/links.csv': null,
  'GET /api/v1/transport/partners': null,
  'POST /api/v1/transport/partners': null,
  'GET /api/v1/transport/partners/{id}': null,
  'POST /api/v1/transport/partners/{id}/indicators': null,
  'GET /api/v1/cbm/rule-sets': 'cbm',
  'POST /api/v1/cbm/rule-sets': 'cbm',
  'GET /api/v1/cbm/declarations': 'cbm',
  'POST /api/v1/cbm/declarations': 'cbm',
  'GET /api/v1/cbm/declarations/{id}': 'cbm',
  'POST /api/v1/cbm/declarations/{id}/recompute': 'cbm',
  'POST /api/v1/cbm/declarations/{id}/notification': 'cbm',
  'GET /api/v1/cbm/messages': 'cbm',
  'POST /api/v1/cbm/messages': 'cbm',
  'POST /api/v1/cbm/messages/{id}/answers': 'cbm',
  'POST /api/v1/cbm/exchanges': 'cbm',
  'GET /api/v1/cbm/calendar': 'cbm',
  'GET /api/v1/circulations': null,
  'POST /api/v1/circulations': null,
  'GET /api/v1/circulations/{id}': null,
  'POST /api/v1/circulations/{id}/acknowledge': null,
  'POST /api/v1/circulations/{id}/replies': null,
  'GET /api/v1/secretariat/dashboard': null,
  'GET /api/v1/transport/project-links': null,
  'POST /api/v1/transport/project-links': null,
  'DELETE /api/v1/transport/project-links/{id}': null,
  'GET /api/v1/transport/corridors/{id}/items': null,
  'POST /api/v1/transport/corridors/{id}/items': null,
  'DELETE /api/v1/transport/corridors/{id}/items/{itemId}': null,
  'GET /api/v1/regimes': null,
  'GET /api/v1/regimes.csv': null,
  'GET /api/v1/regimes/changes': null,
  'GET /api/v1/regimes/visa-matrix': null,
  'POST /api/v1/regimes/imports': null,
  'GET /api/v1/regimes/imports/{id}': null,
  'GET /api/v1/regimes/{code}': null,
  'POST /api/v1/regimes': null,
  'PUT /api/v1/regimes/{code}': null,
};

/**
 * Operations that ask an anonymous caller to sign in although the document lets anonymous callers in:
 * sign-in itself, and the cyber exchange's collections, which answer an unknown or invisible collection
 * with 401 to the anonymous (ADR 0020: no read path tells them whether it exists).
 */
const ASKS_ANONYMOUS_TO_SIGN_IN = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/tokens',
  'POST /api/v1/auth/login',
  'GET /api/v1/cyber/collections/{id}/bundle',
]);

interface Operation {
  security: Record<string, string[]>[];
  'x-permission'?: { name: string; roles: string[] };
  'x-state-claims'?: { in: 'body' | 'params'; field: string; secretariat: boolean }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
}

const PLACEHOLDER = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });

let t: TestApp;
let doc: { paths: Record<string, Record<string, Operation>> };
const headers = {} as Record<Caller, Record<string, string>>;
const fixtures = {} as Record<Fixture, { restricted: string; open: string }>;

async function created(opts: InjectOptions): Promise<string> {
  const res = await t.app.inject(opts);
  expect(res.statusCode, `${opts.url} ${res.body}`).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await buildTestApp();
  doc = (await t.app.inject('/api/v1/openapi.json')).json();
  headers.anonymous = {};
  headers.secretariat = await bearer(t.app, 'secretariat@example.org');
  headers.kz = await bearer(t.app, 'coordinator.kz@example.org');
  headers.cn = await bearer(t.app, 'coordinator.cn@example.org');
  for (const who of ['observer', 'partner'] as const) {
    const email = `${who}@example.org`;
    const password = 'a-long-test-password';
    const id = await created({
      method: 'POST',
      url: '/api/v1/users',
      headers: headers.secretariat,
      payload: { email, displayName: who, password },
    });
    await created({
      method: 'POST',
      url: `/api/v1/users/${id}/mandates`,
      headers: headers.secretariat,
      payload: { ...ROLES[who], validFrom: '2024-01-01' },
    });
    headers[who] = await bearer(t.app, email, password);
  }
  const sec = headers.secretariat;
  const decision = (visibility: string) =>
    created({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title: tr(`Matrix ${visibility}`), procedure: 'consensus', visibility },
    });
  const document = (classification: string) =>
    created({
      method: 'POST',
      url: '/api/v1/documents',
      headers: sec,
      payload: {
        kind: 'agreement',
        title: tr(`Matrix ${classification}`),
        entryIntoForce: null,
        classification,
      },
    });
  const meeting = (visibility: string) =>
    created({
      method: 'POST',
      url: '/api/v1/meetings',
      headers: sec,
      payload: {
        kind: 'ministerial',
        level: 'ministerial',
        body: 'MIN',
        title: tr(`Matrix ${visibility}`),
        hostState: 'UZ',
        city: tr('Tashkent'),
        timeZone: 'Asia/Tashkent',
        startDate: '2027-03-10',
        endDate: '2027-03-11',
        visibility,
      },
    });
  const project = (open: boolean) =>
    created({
      method: 'POST',
      url: '/api/v1/projects',
      headers: headers.kz,
      payload: {
        title: tr(`Matrix project ${open}`),
        description: tr('A project of the matrix.'),
        sector: 'energy',
        countries: ['KZ'],
        estimatedCost: { amount: '1000.00', currency: 'USD' },
        expectedResults: tr('Results.'),
        proposingState: 'KZ',
        public: open,
      },
    });
  fixtures.decision = { restricted: await decision('restricted'), open: await decision('public') };
  fixtures.document = { restricted: await document('restricted'), open: await document('public') };
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/documents/${fixtures.document.restricted}/actions`,
    headers: sec,
    payload: { state: 'KZ', kind: 'signature', date: '2025-01-01' },
  });
  fixtures.meeting = { restricted: await meeting('restricted'), open: await meeting('public') };
  fixtures.project = { restricted: await project(false), open: await project(true) };
});
afterAll(() => t.close());

function operations() {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method,
      path,
      op,
    })),
  );
}

/** What the caller must never find in any answer: the restricted records it may not see. */
function hiddenFrom(caller: Caller): string[] {
  return (Object.keys(SEEN_BY) as Fixture[])
    .filter((f) => !SEEN_BY[f].includes(caller))
    .map((f) => fixtures[f].restricted);
}

function request(method: string, path: string, op: Operation, caller: Caller, id?: string): InjectOptions {
  const url = path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    name === 'id' && id ? id : name === 'code' || name === 'state' ? 'KZ' : PLACEHOLDER,
  );
  const media = op.requestBody?.content['application/json'];
  const opts: InjectOptions = {
    method: method.toUpperCase() as InjectOptions['method'],
    url,
    headers: headers[caller],
  };
  if (media) opts.payload = media.example as InjectOptions['payload'];
  else if (op.requestBody)
    opts.headers = { ...headers[caller], 'content-type': 'multipart/form-data; boundary=x' };
  return opts;
}

/** Whether a caller holding the permission still claims a state it may not act for. */
function refusedClaim(op: Operation, caller: Caller): boolean {
  const { state } = ROLES[caller as Exclude<Caller, 'anonymous'>];
  return (op['x-state-claims'] ?? []).some(
    (c) => state !== 'KZ' && !(c.secretariat && caller === 'secretariat'),
  );
}

describe('the authorization matrix', () => {
  it('has an entry for every operation of the API, and none for operations it lost', () => {
    const keys = operations().map((o) => o.key);
    expect(
      keys.filter((k) => !(k in MATRIX)),
      'operations without an entry',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !keys.includes(k)),
      'entries without an operation',
    ).toEqual([]);
  });

  it('answers every caller as its mandates allow, and never shows a restricted record to others', async () => {
    const failures: string[] = [];
    for (const { key, method, path, op } of operations()) {
      const entry = MATRIX[key];
      if (entry === 'cbm') {
        for (const caller of CALLERS) {
          const res = await t.app.inject(request(method, path, op, caller));
          if (res.statusCode !== 404 || res.json<{ code: string }>().code !== 'http.not_found')
            failures.push(`CBM path not hidden: ${key} as ${caller}: ${res.statusCode}`);
        }
        continue;
      }
      const fixture = entry;
      const guarded = !op.security.some((s) => Object.keys(s).length === 0);
      const roles = op['x-permission']?.roles;
      for (const caller of CALLERS) {
        const variants: { id?: string; visible?: boolean }[] = fixture
          ? [
              { id: fixtures[fixture].open, visible: true },
              { id: fixtures[fixture].restricted, visible: SEEN_BY[fixture].includes(caller) },
            ]
          : [{}];
        for (const v of variants) {
          const res = await t.app.inject(request(method, path, op, caller, v.id));
          const where = `${key} as ${caller}${v.id ? (v.visible ? ' (may see)' : ' (hidden)') : ''}: ${res.statusCode} ${res.body.slice(0, 160)}`;
          const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined;
          if (res.statusCode >= 500) failures.push(`server fault: ${where}`);
          if (
            res.statusCode >= 400 &&
            !String(res.headers['content-type']).startsWith('application/problem+json')
          )
            failures.push(`not a problem: ${where}`);
          if (res.statusCode < 300)
            for (const hidden of hiddenFrom(caller))
              if (res.body.includes(hidden)) failures.push(`leak: ${where}`);
          let expected: number | undefined;
          if (caller === 'anonymous' && guarded) expected = 401;
          else if (caller !== 'anonymous' && roles && !roles.includes(ROLES[caller].role)) expected = 403;
          else if (caller !== 'anonymous' && refusedClaim(op, caller)) {
            if (!(res.statusCode === 403 && code === 'auth.no_mandate') && code !== 'http.validation_failed')
              failures.push(`claim not refused: ${where}`);
          } else if (v.id) expected = v.visible ? 200 : 404;
          else if (res.statusCode === 401 && !ASKS_ANONYMOUS_TO_SIGN_IN.has(key))
            failures.push(`refused a caller the document lets in: ${where}`);
          if (expected !== undefined && res.statusCode !== expected)
            failures.push(`expected ${expected}: ${where}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
