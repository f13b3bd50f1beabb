import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { actors, proposal, type Actors } from './projects.fixtures';

// The kernel checks every state a write names (ADR 0031); these are the project routes' cases.
describe('acting for another state through any field', () => {
  let t: TestApp;
  let a: Actors;
  let bank: string;
  beforeAll(async () => {
    t = await buildTestApp();
    a = await actors(t, ['CN', 'KZ']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: a.coord.KZ!,
      payload: { name: 'Kazakh test bank', kind: 'bank', country: 'KZ' },
    });
    expect(res.statusCode, res.body).toBe(201);
    bank = res.json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  const propose = (headers: Record<string, string>, overrides: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/projects', headers, payload: proposal(overrides) });

  it("refuses China's coordinator naming Kazakhstan as a sponsor, and writes nothing", async () => {
    const before = await snapshotCounts(t.database);
    const res = await propose(a.coord.CN!, { proposingState: 'CN', sponsors: ['KZ'] });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'KZ' } });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it("refuses a Kazakh organisation as a sponsor named by China's coordinator", async () => {
    const res = await propose(a.coord.CN!, { proposingState: 'CN', sponsors: [bank] });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'KZ' } });
  });

  it('lets a coordinator name their own state and its organisations, and the Secretariat any', async () => {
    expect((await propose(a.coord.KZ!, { proposingState: 'KZ', sponsors: ['KZ', bank] })).statusCode).toBe(
      201,
    );
    expect((await propose(a.sec, { sponsors: ['KZ', 'CN'] })).statusCode).toBe(201);
  });

  it('leaves the states involved to whoever proposes: they only name where the project is', async () => {
    const res = await propose(a.coord.CN!, {
      proposingState: 'CN',
      sponsors: ['CN'],
      countries: ['CN', 'KZ'],
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it("refuses booking another state's money and changing another state's contact point", async () => {
    const project = (await propose(a.coord.CN!, { proposingState: 'CN', sponsors: ['CN'] })).json<{
      id: string;
    }>();
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${project.id}/transactions`,
      headers: a.coord.CN!,
      payload: { kind: 'pledge', funder: bank, amount: '1.00', currency: 'USD', valueDate: '2026-01-15' },
    });
    expect(booked.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'KZ' } });
    const contact = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/states/kz/contact',
      headers: a.coord.CN!,
      payload: { office: 'Not ours', email: null, phone: null, website: null },
    });
    expect(contact.statusCode).toBe(403);
    expect(contact.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'KZ' } });
  });
});
