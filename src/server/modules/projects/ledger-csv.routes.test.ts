import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../test/csv';
import { buildTestApp, type TestApp } from '../../test/harness';
import { actors, booked, get, post, propose, userWith, type Actors, type Headers } from './projects.fixtures';

let t: TestApp;
let a: Actors;
let partner: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ']);
  partner = await userWith(t, a.sec, 'TR', 'national_coordinator');
});
afterAll(() => t.close());

describe("a project's ledger as CSV", () => {
  it('holds every entry oldest first, a reversal as an entry of its own with its negative amount', async () => {
    const p = await propose(t, a.sec, { public: true });
    const e = await booked(t, a.sec, p.id, { kind: 'pledge', amount: '10.00', agreementNumber: '=AG-1' });
    await booked(t, a.sec, p.id, { kind: 'commitment', amount: '2500.50', funder: 'KZ' });
    const reversal = (
      await post(t, `/projects/${p.id}/transactions/${e.id}/reverse`, a.sec, { reason: 'typo, "AG-1"' })
    ).json<{ id: string }>();
    const res = await get(t, `/projects/${p.id}/transactions.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="project-${p.id}-ledger.csv"`);
    const rows = csvRecords(res.body);
    expect(rows.map((r) => [r.kind, r.amount, r.currency])).toEqual([
      ['pledge', '10.00', 'USD'],
      ['commitment', '2500.50', 'USD'],
      ['pledge', '-10.00', 'USD'],
    ]);
    expect(rows[0]).toMatchObject({ agreement_number: "'=AG-1", reversed_by: reversal.id });
    expect(rows[2]).toMatchObject({ reverses: e.id, reason: 'typo, "AG-1"' });
  });

  it('is refused, as the page is, to whoever may not see a restricted project', async () => {
    const p = await propose(t, a.sec, { public: false });
    await booked(t, a.sec, p.id, { kind: 'pledge', amount: '10.00' });
    for (const headers of [{}, partner]) {
      const res = await get(t, `/projects/${p.id}/transactions.csv`, headers);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('10.00');
    }
    const seen = await get(t, `/projects/${p.id}/transactions.csv`, a.coord.KZ!);
    expect(csvRecords(seen.body)).toHaveLength(1);
  });

  it('answers an unknown project with a problem, not a 500', async () => {
    const res = await get(t, '/projects/no-such-project/transactions.csv', a.sec);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
