import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '../../../contracts/decisions';
import type { ProjectDto } from '../../../contracts/projects';
import { buildTestApp, type TestApp } from '../../test/harness';
import {
  actors,
  advanceTo,
  get,
  meetGate,
  post,
  propose,
  userWith,
  type Actors,
  type Headers,
} from './projects.fixtures';

let t: TestApp;
let a: Actors;
let uzDelegate: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'UZ', 'RU', 'CN']);
  uzDelegate = await userWith(t, a.sec, 'UZ', 'delegate');
});
afterAll(() => t.close());

const project = async (id: string) => (await get(t, `/projects/${id}`, a.sec)).json<ProjectDto>();
const decision = async (id: string) => (await get(t, `/decisions/${id}`, a.sec)).json<DecisionDto>();
const interest = (id: string, state: string, headers: Headers) =>
  post(t, `/projects/${id}/interest`, headers, { state });
const withdraw = (id: string, state: string, headers: Headers) =>
  post(t, `/projects/${id}/interest/withdraw`, headers, { state });
const position = (decisionId: string, state: string, pos: string, headers: Headers) =>
  post(t, `/decisions/${decisionId}/positions`, headers, { state, position: pos });
const auditOf = async (id: string, action: string) =>
  (await get(t, `/audit?action=${action}&limit=500`, a.sec))
    .json<{ items: { targetId: string }[] }>()
    .items.filter((e) => e.targetId === id);
const close = async (decisionId: string) => {
  const res = await post(t, `/decisions/${decisionId}/close`, a.sec);
  await t.app.kernel.events.drain();
  return res;
};

/** A project at appraisal, its gate met, with KZ and UZ interested. */
async function readyForApproval(): Promise<ProjectDto> {
  const p = await propose(t, a.sec);
  await advanceTo(t, a.sec, p.id, 'appraisal');
  await meetGate(t, a.sec, p.id, 'appraisal');
  expect((await interest(p.id, 'KZ', a.coord.KZ!)).statusCode).toBe(200);
  expect((await interest(p.id, 'UZ', uzDelegate)).statusCode).toBe(200);
  return p;
}

describe('expressions of interest', () => {
  it("are made by a member state's own coordinator or delegate, once", async () => {
    const p = await propose(t, a.sec);
    const other = await interest(p.id, 'RU', a.coord.KZ!);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect((await interest(p.id, 'KZ', a.sec)).statusCode).toBe(403);
    expect((await interest(p.id, 'KZ', a.coord.KZ!)).json().interestedStates).toEqual(['KZ']);
    expect((await interest(p.id, 'KZ', a.coord.KZ!)).json().interestedStates).toEqual(['KZ']);
  });

  it("are withdrawn by the state's own coordinator before approval, audited once", async () => {
    const p = await propose(t, a.sec);
    await interest(p.id, 'KZ', a.coord.KZ!);
    await interest(p.id, 'UZ', uzDelegate);
    const foreign = await withdraw(p.id, 'UZ', a.coord.KZ!);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'UZ' } });
    const res = await withdraw(p.id, 'KZ', a.coord.KZ!);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProjectDto>().interestedStates).toEqual(['UZ']);
    // Withdrawn twice: nothing more happens.
    expect((await withdraw(p.id, 'KZ', a.coord.KZ!)).json<ProjectDto>().interestedStates).toEqual(['UZ']);
    expect(await auditOf(p.id, 'projects.interest_withdrawn')).toHaveLength(1);
    expect((await project(p.id)).interestedStates).toEqual(['UZ']);
  });

  it('are fixed once the project is in approval', async () => {
    const p = await readyForApproval();
    expect((await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'approval' })).statusCode).toBe(200);
    const res = await withdraw(p.id, 'KZ', a.coord.KZ!);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'projects.interest_fixed', params: { stage: 'approval' } });
    expect((await project(p.id)).interestedStates).toEqual(['KZ', 'UZ']);
  });
});

describe('approval by the interested member states', () => {
  it('opens a consensus decision among the interested states only when the project enters approval', async () => {
    const p = await readyForApproval();
    const res = await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'approval' });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json<ProjectDto>();
    expect(moved.stage).toBe('approval');
    expect(moved.approval).toMatchObject({ status: 'open' });
    const d = await decision(moved.approval!.decisionId!);
    expect(d).toMatchObject({
      procedure: 'consensus',
      body: 'CNC',
      participants: ['KZ', 'UZ'],
      status: 'open',
    });
    expect(d.title.en).toContain('Test corridor');
  });

  it('refuses approval when no member state is interested', async () => {
    const p = await propose(t, a.sec);
    await advanceTo(t, a.sec, p.id, 'appraisal');
    await meetGate(t, a.sec, p.id, 'appraisal');
    const res = await post(t, `/projects/${p.id}/approval`, a.sec);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('projects.no_interested_states');
    expect((await project(p.id)).stage).toBe('appraisal');
  });

  it('lets only interested states block: a non-interested member is refused, an interested objection blocks', async () => {
    const p = await readyForApproval();
    const opened = (await post(t, `/projects/${p.id}/approval`, a.sec, { body: 'HGC' })).json<ProjectDto>();
    const decisionId = opened.approval!.decisionId!;
    expect((await decision(decisionId)).body).toBe('HGC');

    const outsider = await position(decisionId, 'RU', 'objection', a.coord.RU!);
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().code).toBe('decisions.not_participant');

    expect((await position(decisionId, 'KZ', 'support', a.coord.KZ!)).statusCode).toBe(200);
    expect((await position(decisionId, 'UZ', 'objection', uzDelegate)).statusCode).toBe(200);
    expect((await close(decisionId)).json().status).toBe('not_adopted');

    const after = await project(p.id);
    expect(after.stage).toBe('approval');
    expect(after.approval).toMatchObject({ decisionId, status: 'not_adopted' });
    expect(after.approval!.number).toMatch(/^HGC\/\d{4}\/\d+$/);
  });

  it('moves the project to implementation when the decision is adopted, once, in an audited transaction', async () => {
    const p = await readyForApproval();
    const opened = (await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'approval' })).json<ProjectDto>();
    const decisionId = opened.approval!.decisionId!;
    await position(decisionId, 'KZ', 'support', a.coord.KZ!);
    expect((await close(decisionId)).json().status).toBe('adopted');
    const done = await project(p.id);
    expect(done.stage).toBe('implementation');
    expect(done.approval).toMatchObject({ decisionId, status: 'adopted' });
    expect(done.history.at(-1)).toMatchObject({ from: 'approval', to: 'implementation', decisionId });

    // A repeated event changes nothing.
    const { onDecisionClosed } = await import('./approval.service');
    await onDecisionClosed(t.app.kernel, { id: decisionId, result: 'adopted', number: 'X' });
    expect((await project(p.id)).history).toHaveLength(done.history.length);
    const audit = await auditOf(p.id, 'projects.stage_changed');
    expect(audit[0]).toMatchObject({
      actingFor: 'secretariat',
      data: { to: 'implementation', by: 'decision' },
    });
  });

  it('reopens approval after a decision that was not adopted, and not while one is open', async () => {
    const p = await readyForApproval();
    const first = (await post(t, `/projects/${p.id}/approval`, a.sec)).json<ProjectDto>().approval!
      .decisionId!;
    const twice = await post(t, `/projects/${p.id}/approval`, a.sec);
    expect(twice.json()).toMatchObject({ code: 'projects.approval_open', params: { decisionId: first } });
    const back = await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'appraisal', reason: 'revise' });
    expect(back.json().code).toBe('projects.approval_open');
    await position(first, 'KZ', 'objection', a.coord.KZ!);
    await close(first);
    const second = await post(t, `/projects/${p.id}/approval`, a.sec);
    expect(second.statusCode).toBe(200);
    expect(second.json().approval.decisionId).not.toBe(first);
    expect(second.json().approval.status).toBe('open');
  });

  it('leaves approval forward only through the decision', async () => {
    const p = await readyForApproval();
    await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'approval' });
    const res = await post(t, `/projects/${p.id}/stage`, a.sec, { to: 'implementation' });
    expect(res.json().code).toBe('projects.approval_by_decision');
  });

  it('opens one decision for a retried request with the same Idempotency-Key', async () => {
    const p = await readyForApproval();
    const req = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${p.id}/approval`,
        headers: { ...a.sec, 'idempotency-key': `approve-${p.id}` },
      });
    const [x, y] = await Promise.all([req(), req()]);
    expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
    expect(y.json()).toEqual(x.json());
    expect((await project(p.id)).approval!.decisionId).toBeTruthy();
    const opened = await auditOf(p.id, 'projects.approval_opened');
    expect(opened).toHaveLength(1);
  });
});
