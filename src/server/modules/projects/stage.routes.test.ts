import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDto } from '../../../contracts/projects';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
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
let kzDelegate: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'RU']);
  kzDelegate = await userWith(t, a.sec, 'KZ', 'delegate');
});
afterAll(() => t.close());

const stage = (id: string, body: object, headers = a.sec) => post(t, `/projects/${id}/stage`, headers, body);
const project = async (id: string) => (await get(t, `/projects/${id}`, a.sec)).json<ProjectDto>();

describe('stage gates', () => {
  it('refuses to pass a gate with its checklist incomplete, naming the missing items, and changes nothing', async () => {
    const p = await propose(t, a.sec);
    expect(p.stage).toBe('identification');
    expect(p.missing).toEqual(['concept_note', 'rationale']);
    await post(t, `/projects/${p.id}/checklist`, a.sec, { item: 'concept_note', documentRef: 'DOC-1' });
    const before = await snapshotCounts(t.database);
    const res = await stage(p.id, { to: 'preparation' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'projects.checklist_incomplete',
      params: { stage: 'identification', missing: ['rationale'] },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await project(p.id)).stage).toBe('identification');
  });

  it('passes the gate once every item is recorded, and keeps the history', async () => {
    const p = await propose(t, a.sec);
    await meetGate(t, a.sec, p.id, 'identification');
    const res = await stage(p.id, { to: 'preparation' });
    expect(res.statusCode).toBe(200);
    const moved = res.json<ProjectDto>();
    expect(moved.stage).toBe('preparation');
    expect(moved.missing).toEqual(['feasibility_study', 'esia', 'options', 'commercial_viability']);
    expect(moved.history).toMatchObject([{ from: 'identification', to: 'preparation', reason: null }]);
  });

  it('refuses to skip a stage, forward or back', async () => {
    const p = await propose(t, a.sec);
    await meetGate(t, a.sec, p.id, 'identification');
    await meetGate(t, a.sec, p.id, 'preparation');
    const skip = await stage(p.id, { to: 'appraisal' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      code: 'projects.stage_skipped',
      params: { from: 'identification', to: 'appraisal' },
    });
    await advanceTo(t, a.sec, p.id, 'appraisal');
    const back = await stage(p.id, { to: 'identification', reason: 'start over' });
    expect(back.json().code).toBe('projects.stage_skipped');
    expect((await stage(p.id, { to: 'appraisal' })).json().code).toBe('projects.same_stage');
  });

  it('goes back one stage only with a reason', async () => {
    const p = await propose(t, a.sec);
    await advanceTo(t, a.sec, p.id, 'preparation');
    const noReason = await stage(p.id, { to: 'identification' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('projects.reason_required');
    const res = await stage(p.id, { to: 'identification', reason: 'The concept note needs rework' });
    expect(res.statusCode).toBe(200);
    expect(res.json().history.at(-1)).toMatchObject({
      from: 'preparation',
      to: 'identification',
      reason: 'The concept note needs rework',
    });
  });

  it('cancels with a reason, after which the project no longer moves or records anything', async () => {
    const p = await propose(t, a.sec);
    expect((await stage(p.id, { to: 'cancelled' })).json().code).toBe('projects.reason_required');
    expect((await stage(p.id, { to: 'cancelled', reason: 'Sponsor withdrew' })).json().stage).toBe(
      'cancelled',
    );
    expect((await stage(p.id, { to: 'identification', reason: 'x' })).json().code).toBe(
      'projects.stage_terminal',
    );
    const rec = await post(t, `/projects/${p.id}/checklist`, a.sec, { item: 'rationale', answer: 'x' });
    expect(rec.json().code).toBe('projects.stage_terminal');
  });

  it('is moved by the Secretariat only', async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    await meetGate(t, a.coord.KZ!, p.id, 'identification');
    const res = await stage(p.id, { to: 'preparation' }, a.coord.KZ!);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.forbidden');
  });
});

describe('checklist', () => {
  it('takes a document reference for documents and an answer for the G20 questions', async () => {
    const p = await propose(t, a.sec);
    const rec = (body: object, headers = a.sec) => post(t, `/projects/${p.id}/checklist`, headers, body);
    expect((await rec({ item: 'concept_note' })).json().code).toBe('projects.document_ref_required');
    expect((await rec({ item: 'rationale', documentRef: 'x' })).json().code).toBe('projects.answer_required');
    expect((await rec({ item: 'site_visit', answer: 'x' })).json()).toMatchObject({
      code: 'projects.unknown_checklist_item',
      params: { item: 'site_visit' },
    });
    expect((await rec({ item: 'rationale', answer: 'x', extra: 1 })).statusCode).toBe(400);
    const ok = await rec({ item: 'feasibility_study', documentRef: 'https://example.org/fs.pdf' });
    expect(ok.statusCode).toBe(200);
    const item = ok
      .json<ProjectDto>()
      .checklist.flatMap((g) => g.items)
      .find((i) => i.item === 'feasibility_study');
    expect(item).toMatchObject({ done: true, documentRef: 'https://example.org/fs.pdf' });
  });

  it("is kept by the Secretariat and the proposing state's delegation, not by another state", async () => {
    const p = await propose(t, a.coord.KZ!, { proposingState: 'KZ' });
    const body = { item: 'rationale', answer: 'Because.' };
    expect((await post(t, `/projects/${p.id}/checklist`, kzDelegate, body)).statusCode).toBe(200);
    const ru = await post(t, `/projects/${p.id}/checklist`, a.coord.RU!, body);
    expect(ru.statusCode).toBe(403);
    expect(ru.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'KZ' } });
    const secProject = await propose(t, a.sec);
    expect((await post(t, `/projects/${secProject.id}/checklist`, a.coord.KZ!, body)).statusCode).toBe(403);
  });
});

describe('the gates as data', () => {
  it('are published with labels in the three languages', async () => {
    const gates = (await get(t, '/projects/stage-gates')).json().items;
    expect(gates.map((g: { stage: string }) => g.stage)).toEqual([
      'identification',
      'preparation',
      'appraisal',
      'approval',
      'implementation',
      'completion',
    ]);
    const questions = gates.flatMap((g: { items: { kind: string; item: string }[] }) =>
      g.items.filter((i) => i.kind === 'question').map((i) => i.item),
    );
    expect(questions).toEqual([
      'rationale',
      'options',
      'commercial_viability',
      'affordability',
      'deliverability',
    ]);
    expect(gates[0].items[0].label).toEqual({
      en: 'Concept note',
      ru: 'Концептуальная записка',
      zh: '概念说明',
    });
  });
});
