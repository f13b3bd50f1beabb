import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { namesStates, onBehalfOf, StateCode } from '../../../contracts/common';
import { FunderRef } from '../../../contracts/finance';
import { actors, proposal, type Actors } from '../../modules/projects/projects.fixtures';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { routeStateClaims, stateClaimsOf } from './claims';

describe('the state claims of a schema', () => {
  it('finds a state behind wrappers, in arrays, records, unions and pipes', () => {
    const Upper = z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(StateCode);
    const schema = z.strictObject({
      a: StateCode.optional().describe('x'),
      b: z.array(StateCode).max(3).default([]),
      c: z.object({ d: z.record(z.string(), Upper.nullable()) }),
      e: z.union([z.literal('secretariat'), StateCode]),
      f: z.string(),
    });
    expect(stateClaimsOf(schema).map((c) => c.path.join('.'))).toEqual(['a', 'b.*', 'c.d.*', 'e']);
  });

  it('leaves out what only names states and lets the Secretariat name states on their behalf', () => {
    const schema = z.strictObject({
      participants: namesStates(z.array(StateCode), 'the states called'),
      sponsors: onBehalfOf(z.array(FunderRef).optional()),
      state: StateCode,
    });
    expect(stateClaimsOf(schema)).toEqual([
      { path: ['sponsors', '*'], secretariat: true, party: true },
      { path: ['state'], secretariat: false, party: false },
    ]);
    // The markers copy: the shared StateCode stays a claim everywhere else.
    expect(stateClaimsOf(z.object({ s: StateCode }))).toEqual([
      { path: ['s'], secretariat: false, party: false },
    ]);
  });

  it('reads the path of a write but never a read', () => {
    const params = z.strictObject({ code: StateCode });
    expect(routeStateClaims({ method: 'PUT', schema: { params } })).toEqual([
      { path: ['params', 'code'], secretariat: false, party: false },
    ]);
    expect(routeStateClaims({ method: ['GET', 'HEAD'], schema: { params } })).toEqual([]);
  });
});

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
