import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceSummaryDto, LedgerEntryDto } from '../../../contracts/finance';
import { buildApp } from '../../app';
import { openDatabase } from '../../core/db/database';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import {
  actors,
  book,
  booked,
  get,
  post,
  propose,
  userWith,
  type Actors,
  type Headers,
} from './projects.fixtures';

let t: TestApp;
let a: Actors;
let kzDelegate: Headers;
let observer: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'RU', 'UZ']);
  kzDelegate = await userWith(t, a.sec, 'KZ', 'delegate');
  observer = await userWith(t, a.sec, 'KZ', 'observer');
});
afterAll(() => t.close());

const summary = async (id: string, q = '') =>
  (await get(t, `/projects/${id}/finance${q}`, a.sec)).json<FinanceSummaryDto>();
const entries = async (id: string) =>
  (await get(t, `/projects/${id}/transactions`, a.sec)).json<{ items: LedgerEntryDto[] }>().items;

describe('exact amounts', () => {
  it('sums 0.10 and 0.20 to exactly "0.30"', async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '0.10' });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '0.20' });
    const s = await summary(p.id);
    expect(s.totals).toEqual([
      { currency: 'USD', pledge: '0.30', commitment: '0.00', disbursement: '0.00', expenditure: '0.00' },
    ]);
    expect(s.byFunder[0]).toMatchObject({ funder: 'KZ', currency: 'USD', pledge: '0.30' });
  });

  it('keeps each currency in its own exponent: JPY without decimals, KWD with three', async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '1500', currency: 'JPY' });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '0.001', currency: 'KWD' });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '0.002', currency: 'KWD' });
    const s = await summary(p.id);
    expect(s.totals.map((x) => [x.currency, x.pledge])).toEqual([
      ['JPY', '1500'],
      ['KWD', '0.003'],
    ]);
  });

  it('refuses an amount with more decimals than the currency has, and books nothing', async () => {
    const p = await propose(t, a.sec);
    const before = await snapshotCounts(t.database);
    for (const body of [
      { amount: '1.5', currency: 'JPY' },
      { amount: '0.0001', currency: 'KWD' },
      { amount: '1.005', currency: 'USD' },
      { amount: '0', currency: 'USD' },
      { amount: '-5.00', currency: 'USD' },
      { amount: 5, currency: 'USD' },
      { currency: 'XYZ' },
      { kind: 'grant' },
      { valueDate: '2026-02-30' },
      { funder: 'kz' },
    ]) {
      const res = await book(t, a.sec, p.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('http.validation_failed');
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('refuses a disbursement or expenditure dated after today, but books a planned pledge or commitment', async () => {
    const p = await propose(t, a.sec);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '100.00', valueDate: later });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '100.00', valueDate: later });
    const before = await snapshotCounts(t.database);
    for (const kind of ['disbursement', 'expenditure']) {
      const res = await book(t, a.sec, p.id, { kind, amount: '10.00', valueDate: later });
      expect(res.statusCode, kind).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'dates.after_today',
        params: { field: 'valueDate', date: later },
        errors: [{ pointer: '/body/valueDate' }],
      });
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('stores amounts beyond 2^53 minor units exactly on both engines', async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '999999999999999.99' });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '0.01' });
    expect((await summary(p.id)).totals[0]!.pledge).toBe('1000000000000000.00');
    expect((await entries(p.id))[0]!.amount).toBe('999999999999999.99');
  });
});

describe('Idempotency-Key', () => {
  it('books a retried request once and answers it with the original response', async () => {
    const p = await propose(t, a.sec);
    const first = await book(t, a.sec, p.id, { kind: 'pledge', amount: '5.00' }, 'retry-1');
    const again = await book(t, a.sec, p.id, { kind: 'pledge', amount: '5.00' }, 'retry-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await entries(p.id)).toHaveLength(1);
  });

  it('books once when the two identical requests race; the twin is replayed or told to retry', async () => {
    const p = await propose(t, a.sec);
    const before = await snapshotCounts(t.database);
    const answers = await Promise.all([
      book(t, a.sec, p.id, { kind: 'commitment', amount: '7.00' }, 'race-1'),
      book(t, a.sec, p.id, { kind: 'commitment', amount: '7.00' }, 'race-1'),
    ]);
    const booked201 = answers.filter((r) => r.statusCode === 201);
    const busy = answers.filter((r) => r.statusCode === 409);
    expect(booked201.length + busy.length).toBe(2);
    expect(new Set(booked201.map((r) => r.json().id)).size).toBe(1);
    for (const r of busy) expect(r.json().code).toBe('idempotency.in_progress');
    expect(await entries(p.id)).toHaveLength(1);
    const after = await snapshotCounts(t.database);
    expect(after.finance_entry).toBe(before.finance_entry! + 1);
    expect(after.core_idempotency_key).toBe(before.core_idempotency_key! + 1);
    expect((await summary(p.id)).totals[0]!.commitment).toBe('7.00');
  });

  it('books once when the same key races through two instances, each on its own connection pool', async () => {
    // PostgreSQL: a second pool, as a second process would have; SQLite has one writer per process.
    const second = t.kind === 'postgres' ? openDatabase(t.config.databaseUrl) : t.database;
    const twin: TestApp = { ...t, app: await buildApp(t.config, { database: second, logger: false }) };
    try {
      for (let i = 0; i < 5; i++) {
        const p = await propose(t, a.sec);
        const body = { kind: 'commitment', amount: '9.00' };
        const answers = await Promise.all([
          book(t, a.sec, p.id, body, `two-pools-${i}`),
          book(twin, a.sec, p.id, body, `two-pools-${i}`),
        ]);
        for (const r of answers) expect([201, 409], r.body).toContain(r.statusCode);
        expect(answers.some((r) => r.statusCode === 201)).toBe(true);
        expect(await entries(p.id)).toHaveLength(1);
      }
    } finally {
      await twin.app.close();
      if (second !== t.database) await second.close();
    }
  });

  it('replays a key for IDEMPOTENCY_TTL_HOURS, then takes it as a new request', async () => {
    let clock = Date.now();
    const short = await buildTestApp({ IDEMPOTENCY_TTL_HOURS: '2' }, { now: () => new Date(clock) });
    try {
      const { sec } = await actors(short, ['KZ']);
      const p = await propose(short, sec);
      expect((await book(short, sec, p.id, { amount: '1.00' }, 'ttl-1')).statusCode).toBe(201);
      clock += 3_600_000;
      const replay = await book(short, sec, p.id, { amount: '1.00' }, 'ttl-1');
      expect(replay.headers['idempotent-replayed']).toBe('true');
      clock += 3_600_000;
      const fresh = await book(short, sec, p.id, { amount: '2.00' }, 'ttl-1');
      expect(fresh.statusCode, fresh.body).toBe(201);
      expect(fresh.headers['idempotent-replayed']).toBeUndefined();
      const listed = await short.app.inject({ url: `/api/v1/projects/${p.id}/transactions`, headers: sec });
      expect(listed.json<{ items: LedgerEntryDto[] }>().items).toHaveLength(2);
    } finally {
      await short.close();
    }
  });

  it('refuses the same key with a different body with a 422, booking nothing', async () => {
    const p = await propose(t, a.sec);
    await book(t, a.sec, p.id, { kind: 'pledge', amount: '5.00' }, 'reuse-1');
    const res = await book(t, a.sec, p.id, { kind: 'pledge', amount: '6.00' }, 'reuse-1');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'idempotency.key_reused', params: { key: 'reuse-1' } });
    expect(await entries(p.id)).toHaveLength(1);
  });

  it('keeps keys apart per user: the same key from another user is a different request', async () => {
    const p = await propose(t, a.sec);
    await book(t, a.sec, p.id, { kind: 'pledge', amount: '1.00' }, 'shared-key');
    const res = await book(t, a.coord.KZ!, p.id, { kind: 'pledge', amount: '1.00' }, 'shared-key');
    expect(res.statusCode).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await entries(p.id)).toHaveLength(2);
  });

  it('runs a failed request again on retry instead of replaying the failure', async () => {
    const p = await propose(t, a.sec);
    const body = { kind: 'disbursement', amount: '3.00' };
    expect((await book(t, a.sec, p.id, body, 'after-fix')).statusCode).toBe(409);
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '3.00' });
    expect((await book(t, a.sec, p.id, body, 'after-fix')).statusCode).toBe(201);
  });
});

describe('over-disbursement', () => {
  it("is a 409 that books nothing when disbursements would exceed the funder's commitments", async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '100.00' });
    await booked(t, a.sec, p.id, { kind: 'disbursement', amount: '60.00' });
    const before = await snapshotCounts(t.database);
    const res = await book(t, a.sec, p.id, { kind: 'disbursement', amount: '40.01' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'finance.over_disbursement',
      params: { funder: 'KZ', currency: 'USD', committed: '100.00', disbursed: '60.00', requested: '40.01' },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);
    await booked(t, a.sec, p.id, { kind: 'disbursement', amount: '40.00' });
  });

  it('counts commitments per funder and per currency', async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'commitment', funder: 'RU', amount: '100.00' });
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '100.00', currency: 'EUR' });
    expect((await book(t, a.sec, p.id, { kind: 'disbursement', amount: '1.00' })).statusCode).toBe(409);
    expect(
      (await book(t, a.sec, p.id, { kind: 'disbursement', amount: '1.00', currency: 'EUR' })).statusCode,
    ).toBe(201);
  });

  it('lets only one of two racing disbursements through when together they exceed the commitment', async () => {
    const p = await propose(t, a.sec);
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '100.00' });
    const results = await Promise.all(
      [1, 2, 3].map(() => book(t, a.sec, p.id, { kind: 'disbursement', amount: '60.00' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect((await summary(p.id)).totals[0]!.disbursement).toBe('60.00');
  });
});

describe('reversals', () => {
  it('correct an entry with a reversing entry; the original stays as it was', async () => {
    const p = await propose(t, a.sec);
    const e = await booked(t, a.sec, p.id, { kind: 'pledge', amount: '10.00', agreementNumber: 'AG-1' });
    const res = await post(t, `/projects/${p.id}/transactions/${e.id}/reverse`, a.sec, { reason: 'typo' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amount: '-10.00', reverses: e.id, reason: 'typo', kind: 'pledge' });
    const list = await entries(p.id);
    expect(list[0]).toMatchObject({ id: e.id, amount: '10.00', reversedBy: res.json().id });
    expect((await summary(p.id)).totals[0]!.pledge).toBe('0.00');
  });

  it('are refused twice, for a reversal, and for a commitment that covers disbursements', async () => {
    const p = await propose(t, a.sec);
    const c = await booked(t, a.sec, p.id, { kind: 'commitment', amount: '10.00' });
    await booked(t, a.sec, p.id, { kind: 'disbursement', amount: '4.00' });
    const refused = await post(t, `/projects/${p.id}/transactions/${c.id}/reverse`, a.sec, { reason: 'x' });
    expect(refused.json().code).toBe('finance.over_disbursement');
    const pl = await booked(t, a.sec, p.id, { kind: 'pledge', amount: '1.00' });
    const r = await post(t, `/projects/${p.id}/transactions/${pl.id}/reverse`, a.sec, { reason: 'x' });
    expect(
      (await post(t, `/projects/${p.id}/transactions/${pl.id}/reverse`, a.sec, { reason: 'x' })).json().code,
    ).toBe('finance.already_reversed');
    const rr = await post(t, `/projects/${p.id}/transactions/${r.json().id}/reverse`, a.sec, { reason: 'x' });
    expect(rr.json().code).toBe('finance.reversal_not_reversible');
    const missing = await post(t, `/projects/${p.id}/transactions/nope/reverse`, a.sec, { reason: 'x' });
    expect(missing.statusCode).toBe(404);
    expect((await post(t, `/projects/${p.id}/transactions/${pl.id}/reverse`, a.sec, {})).statusCode).toBe(
      400,
    );
  });
});

describe('who books', () => {
  it('lets a coordinator or delegate book only with their own state as the funder', async () => {
    const p = await propose(t, a.sec);
    expect((await book(t, kzDelegate, p.id, { kind: 'pledge', funder: 'KZ' })).statusCode).toBe(201);
    expect((await book(t, a.coord.KZ!, p.id, { kind: 'pledge', funder: 'KZ' })).statusCode).toBe(201);
    const before = await snapshotCounts(t.database);
    for (const [who, funder] of [
      [kzDelegate, 'RU'],
      [a.coord.KZ!, 'UZ'],
      [a.coord.RU!, 'KZ'],
    ] as const) {
      const res = await book(t, who, p.id, { kind: 'pledge', funder });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: funder } });
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('keeps observers and the anonymous out, and refuses unknown funders', async () => {
    const p = await propose(t, a.sec);
    expect((await book(t, observer, p.id, { kind: 'pledge' })).statusCode).toBe(403);
    expect((await book(t, {}, p.id, { kind: 'pledge' })).statusCode).toBe(401);
    const unknown = await book(t, a.sec, p.id, { funder: 'ZZ' });
    expect(unknown.json()).toMatchObject({ code: 'projects.unknown_funder', params: { funder: 'ZZ' } });
    const org = await book(t, a.sec, p.id, { funder: '01a21845-0000-7000-8000-000000000000' });
    expect(org.json().code).toBe('projects.unknown_funder');
  });

  it('books for a registered organisation (Secretariat), which a state cannot', async () => {
    const org = await post(t, '/organisations', a.sec, { name: 'Test Bank', kind: 'bank', country: 'KZ' });
    expect(org.statusCode).toBe(201);
    const p = await propose(t, a.sec);
    expect((await book(t, a.sec, p.id, { funder: org.json().id })).statusCode).toBe(201);
    expect((await book(t, a.coord.KZ!, p.id, { funder: org.json().id })).statusCode).toBe(403);
    expect((await summary(p.id)).byFunder.map((f) => f.funder)).toEqual([org.json().id]);
  });
});

describe('funding gap and report currency', () => {
  it('is the estimated cost minus net commitments, in the cost currency by default', async () => {
    const p = await propose(t, a.sec, { estimatedCost: { amount: '1000.00', currency: 'USD' } });
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '250.10' });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '500.00' });
    const s = await summary(p.id);
    expect(s).toMatchObject({
      reportCurrency: 'USD',
      gap: { amount: '749.90', currency: 'USD' },
      gapReason: null,
    });
  });

  it('converts at the latest recorded rate on or before today and names it', async () => {
    const p = await propose(t, a.sec, { estimatedCost: { amount: '1000000.00', currency: 'KZT' } });
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '100.00', currency: 'USD' });
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '200000.00', currency: 'KZT' });
    const none = await summary(p.id, '?reportCurrency=EUR');
    expect(none).toMatchObject({ gap: null, converted: null, gapReason: { code: 'no_rate' } });
    expect(none.gapReason!.missing).toEqual(['KZT/EUR', 'USD/EUR']);
    expect(none.totals.map((x) => x.currency)).toEqual(['KZT', 'USD']);

    const rate = (body: object) => post(t, '/finance/rates', a.sec, body);
    expect((await rate({ base: 'KZT', quote: 'USD', rate: '0.0020', date: '2026-01-01' })).statusCode).toBe(
      201,
    );
    expect((await rate({ base: 'KZT', quote: 'USD', rate: '0.0021', date: '2026-02-01' })).statusCode).toBe(
      201,
    );
    expect((await rate({ base: 'KZT', quote: 'USD', rate: '0.0030', date: '2999-01-01' })).statusCode).toBe(
      201,
    );
    const s = await summary(p.id, '?reportCurrency=USD');
    expect(s.rates).toEqual([
      { base: 'KZT', quote: 'USD', rate: '0.0021', date: '2026-02-01', inverse: false },
    ]);
    // cost 1,000,000 KZT = 2,100.00 USD; commitments 100.00 USD + 200,000 KZT (420.00 USD) = 520.00
    expect(s.converted).toMatchObject({ commitment: '520.00' });
    expect(s.gap).toEqual({ amount: '1580.00', currency: 'USD' });
    // The other way round, the same rate is used inverted: 100 USD = 47,619.05 KZT
    const k = await summary(p.id, '?reportCurrency=KZT');
    expect(k.rates[0]).toMatchObject({ base: 'KZT', quote: 'USD', inverse: true });
    expect(k.converted!.commitment).toBe('247619.05');
    expect(k.gap).toEqual({ amount: '752380.95', currency: 'KZT' });
  });
});

describe('rates', () => {
  it('are recorded by the Secretariat once per pair and day, validated', async () => {
    const body = { base: 'EUR', quote: 'CNY', rate: '7.8125', date: '2026-03-01' };
    expect((await post(t, '/finance/rates', a.coord.KZ!, body)).statusCode).toBe(403);
    expect((await post(t, '/finance/rates', a.sec, body)).statusCode).toBe(201);
    const dup = await post(t, '/finance/rates', a.sec, { ...body, rate: '7.9' });
    expect(dup.json().code).toBe('finance.rate_exists');
    for (const bad of [{ rate: '-1' }, { rate: '0' }, { quote: 'EUR' }, { base: 'ABC' }, { rate: 7.8 }]) {
      expect(
        (await post(t, '/finance/rates', a.sec, { ...body, date: '2026-03-02', ...bad })).statusCode,
      ).toBe(400);
    }
    const list = (await get(t, '/finance/rates?base=EUR&quote=CNY')).json().items;
    expect(list).toEqual([{ base: 'EUR', quote: 'CNY', rate: '7.8125', date: '2026-03-01' }]);
  });
});
