import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangesDto,
  RegimeBody,
  RegimeDto,
  RegimeListDto,
  VisaMatrixDto,
} from '../../../contracts/regimes';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { addDays } from './rules';
import * as repo from './regimes.repository';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;

const source = { url: 'https://example.org/gazette/1', readOn: '2026-12-01' };
export function regime(code: string, over: Partial<RegimeBody> = {}): RegimeBody {
  return {
    code,
    state: 'KZ',
    type: 'special_economic_zone',
    name: { en: `Test ${code}`, ru: '', zh: '' },
    legalBasis: { value: { act: 'Test act', number: '7', date: '2024-01-15' }, source },
    area: { value: null, source: null },
    benefits: { value: 'Test benefits', source: null },
    eligibility: { value: null, source: null },
    validity: { value: { from: null, until: null }, source: null },
    visa: { value: null, source: null },
    history: [
      { status: 'initiated', on: '2024-01-15', source },
      { status: 'in_force', on: '2024-03-01', source },
      { status: 'withdrawn', on: '2024-06-01', source: null },
    ],
    ...over,
  };
}

const get = <T>(url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json<T>();
  });
const post = (url: string, headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'POST', url, headers, payload });
const codesOn = async (day: string) =>
  (await get<RegimeListDto>(`/api/v1/regimes?state=KZ&type=special_economic_zone&inForceOn=${day}`)).items
    .map((r) => r.code)
    .filter((c) => c.startsWith('T-'));

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
});
afterAll(() => t.close());

describe('regimes', () => {
  it("lets the Secretariat and the state's own coordinator record a regime, audited, and no one else", async () => {
    expect((await post('/api/v1/regimes', sec, regime('T-BOUNDS'))).statusCode).toBe(201);
    const mine = await post(
      '/api/v1/regimes',
      kz,
      regime('T-SUNSET', {
        validity: { value: { from: '2024-03-01', until: '2024-05-15' }, source },
        history: [{ status: 'in_force', on: '2024-03-01', source }],
      }),
    );
    expect(mine.statusCode, mine.body).toBe(201);
    const before = await snapshotCounts(t.database);
    expect((await post('/api/v1/regimes', ru, regime('T-NOT-RU'))).json().code).toBe('auth.no_mandate');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/regimes', payload: regime('T-ANON') })).statusCode,
    ).toBe(401);
    expect((await post('/api/v1/regimes', sec, regime('T-BOUNDS'))).json().code).toBe('regimes.exists');
    const bad: [Partial<RegimeBody>, string][] = [
      [{ state: 'XX' }, 'regimes.unknown_country'],
      [
        {
          history: [
            { status: 'withdrawn', on: '2024-01-01', source: null },
            { status: 'in_force', on: '2024-02-01', source: null },
          ],
        },
        'regimes.invalid_history',
      ],
      [
        {
          history: [
            { status: 'in_force', on: '2024-01-01', source: null },
            { status: 'in_force', on: '2024-02-01', source: null },
          ],
        },
        'regimes.invalid_history',
      ],
      [{ type: 'visa_regime' }, 'regimes.visa_mismatch'],
      [
        { visa: { value: { nationalsOf: 'KG', requirement: 'visa_free', stayDays: 30 }, source: null } },
        'regimes.visa_mismatch',
      ],
      [{ history: [{ status: 'in_force', on: '2024-02-30', source: null }] }, 'http.validation_failed'],
      [
        { legalBasis: { value: null, source: { url: 'ftp://x', readOn: '2024-01-01' } } },
        'http.validation_failed',
      ],
    ];
    for (const [over, code] of bad) {
      const res = await post('/api/v1/regimes', sec, regime('T-BAD', over));
      expect([res.statusCode >= 400 && res.statusCode < 500, res.json().code]).toEqual([true, code]);
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
    const audit = await get<{ items: { action: string; actingFor: string; targetId: string }[] }>(
      '/api/v1/audit?action=regimes.regime_created',
      sec,
    );
    expect(audit.items.map((a) => [a.targetId, a.actingFor]).sort()).toEqual([
      ['T-BOUNDS', 'secretariat'],
      ['T-SUNSET', 'KZ'],
    ]);
  });

  it('says which values name no source, and keeps each status with its own', async () => {
    const r = await get<RegimeDto>('/api/v1/regimes/T-BOUNDS');
    expect(r.unsourced).toEqual(['benefits', 'history.withdrawn']);
    expect(r).toMatchObject({ inForceFrom: '2024-03-01', endsOn: '2024-06-01', demo: false });
    expect((await t.app.inject('/api/v1/regimes/T-NONE')).json().code).toBe('regimes.not_found');
  });

  it('counts a regime in force ON the day it enters into force and NOT on the day of its withdrawal', async () => {
    expect(await codesOn('2024-02-29')).toEqual([]);
    expect(await codesOn('2024-03-01')).toEqual(['T-BOUNDS', 'T-SUNSET']);
    // The last day of validity is a day in force; the day after is not.
    expect(await codesOn('2024-05-15')).toEqual(['T-BOUNDS', 'T-SUNSET']);
    expect(await codesOn('2024-05-16')).toEqual(['T-BOUNDS']);
    expect(await codesOn('2024-05-31')).toEqual(['T-BOUNDS']);
    expect(await codesOn('2024-06-01')).toEqual([]);
  });

  it('lists the flow between two days, both included, and refuses a period that ends before it starts', async () => {
    const flow = async (from: string, to: string) =>
      (await get<ChangesDto>(`/api/v1/regimes/changes?from=${from}&to=${to}&state=KZ`)).items
        .filter((c) => c.regime.code.startsWith('T-'))
        .map((c) => `${c.on} ${c.regime.code} ${c.status}`);
    expect(await flow('2024-03-01', '2024-06-01')).toEqual([
      '2024-03-01 T-BOUNDS in_force',
      '2024-03-01 T-SUNSET in_force',
      '2024-06-01 T-BOUNDS withdrawn',
    ]);
    expect(await flow('2024-01-16', '2024-02-29')).toEqual([]);
    expect(await flow('2024-01-15', '2024-01-15')).toEqual(['2024-01-15 T-BOUNDS initiated']);
    const back = await t.app.inject('/api/v1/regimes/changes?from=2024-02-01&to=2024-01-01');
    expect([back.statusCode, back.json().code]).toEqual([400, 'regimes.bad_range']);
  });

  it('answers a bad date with a 400 problem that names the parameter', async () => {
    for (const [url, param] of [
      ['/api/v1/regimes?inForceOn=2024-02-30', 'inForceOn'],
      ['/api/v1/regimes?inForceOn=yesterday', 'inForceOn'],
      ['/api/v1/regimes/changes?from=2024-1-1&to=2024-02-01', 'from'],
      ['/api/v1/regimes/changes?from=2024-01-01', 'to'],
      ['/api/v1/regimes/visa-matrix?on=2024-13-01', 'on'],
      ['/api/v1/regimes.csv?inForceOn=01.02.2024', 'inForceOn'],
    ]) {
      const res = await t.app.inject(url!);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(
        res.json().errors.map((e: { pointer: string }) => e.pointer),
        url,
      ).toContain(`/querystring/${param}`);
    }
  });

  it('builds the visa matrix of the day from the visa regimes in force, labelled demo where they are', async () => {
    const m = await get<VisaMatrixDto>('/api/v1/regimes/visa-matrix?on=2024-01-01');
    expect(m.states).toEqual(expect.arrayContaining(['CN', 'IN', 'KG', 'KZ', 'RU']));
    expect(m.cells.find((c) => c.to === 'KZ' && c.from === 'KG')).toMatchObject({
      requirement: 'visa_free',
      stayDays: 90,
      demo: true,
      source: null,
    });
    expect((await get<VisaMatrixDto>('/api/v1/regimes/visa-matrix?on=2019-12-31')).cells).toEqual([]);
  });

  it('counts each facet with the other filters, and finds by text', async () => {
    const r = await get<RegimeListDto>('/api/v1/regimes?state=KZ&inForceOn=2024-03-01');
    expect(r.facets.type.special_economic_zone).toBeGreaterThanOrEqual(3);
    expect(r.facets.state.UZ).toBe(1);
    expect(r.total).toBe(r.items.length);
    expect((await get<RegimeListDto>('/api/v1/regimes?q=t-sunset')).items.map((x) => x.code)).toEqual([
      'T-SUNSET',
    ]);
    expect((await get<RegimeListDto>('/api/v1/regimes?q=demo')).items.every((x) => x.demo)).toBe(true);
  });

  it("replaces a regime's values for its state's coordinator, and not for another state's", async () => {
    const { code, ...f } = regime('T-SUNSET', { benefits: { value: 'Changed', source } });
    const put = (h: Record<string, string>, body: object) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/regimes/${code}`, headers: h, payload: body });
    expect((await put(ru, f)).json().code).toBe('auth.no_mandate');
    expect((await put(kz, { ...f, state: 'RU' })).json().code).toBe('auth.no_mandate');
    const ok = await put(kz, f);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<RegimeDto>().endsOn).toBe('2024-06-01');
    const audit = await get<{ items: { data: { changed: string[] } }[] }>(
      '/api/v1/audit?action=regimes.regime_updated',
      sec,
    );
    expect(audit.items[0]!.data.changed).toEqual(['benefits', 'validity', 'history']);
  });

  it('agrees with a plain reading of the history on every day: the SQL stock query, as a property', async () => {
    const day = (n: number) => addDays('2024-01-01', n);
    const spec = fc.record({
      inForce: fc.option(fc.nat(30), { nil: null }),
      withdrawnAfter: fc.option(fc.nat(15), { nil: null }),
      until: fc.option(fc.nat(40), { nil: null }),
    });
    const db = t.app.kernel.db;
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { maxLength: 8 }),
        fc.array(fc.nat(45), { minLength: 1, maxLength: 4 }),
        async (specs, days) => {
          await db.deleteFrom('regimes_regime').where('code', 'like', 'P-%').execute();
          const bodies = specs.map((s, i) => {
            const history: RegimeBody['history'] = [];
            if (s.inForce !== null) history.push({ status: 'in_force', on: day(s.inForce), source: null });
            if (s.withdrawnAfter !== null)
              history.push({
                status: 'withdrawn',
                on: day((s.inForce ?? 0) + s.withdrawnAfter),
                source: null,
              });
            if (!history.length) history.push({ status: 'initiated', on: day(0), source: null });
            const until = s.until === null ? null : day(s.until);
            return regime(`P-${i}`, { history, validity: { value: { from: null, until }, source: null } });
          });
          await repo.upsertRegimes(
            db,
            bodies.map(({ code, ...f }) => repo.toRow(code, f, { demo: false, at: '', by: null })),
          );
          for (const d of days.map(day)) {
            const plain = bodies
              .filter((b) => {
                const at = (k: string) => b.history.find((e) => e.status === k)?.on;
                const entered = at('in_force');
                const withdrawn = at('withdrawn');
                const until = b.validity.value.until;
                return (
                  entered !== undefined &&
                  entered <= d &&
                  !(withdrawn && withdrawn <= d) &&
                  !(until && d > until)
                );
              })
              .map((b) => b.code)
              .sort();
            expect((await repo.codesInForce(db, d)).filter((c) => c.startsWith('P-'))).toEqual(plain);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
