import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDto } from '../../../contracts/plans';
import type { TaskListDto } from '../../../contracts/tasks';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
let plan: PlanDto;
let forKzAndRu: string;
let forRuOnly: string;
let kzProject: string;
const tr = (en: string) => ({ en, ru: `${en} (рус.)`, zh: `${en}（中）` });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

async function created(url: string, headers: Record<string, string>, payload: object) {
  const res = await t.app.inject({ method: 'POST', url, headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>();
}

const tasks = (headers: Record<string, string>, query = '') =>
  t.app.inject({ url: `/api/v1/tasks${query}`, headers });
const list = async (headers: Record<string, string>, query = '') => {
  const res = await tasks(headers, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TaskListDto>();
};

async function kazakhstanSupports(decisionId: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/decisions/${decisionId}/positions`,
    headers: kz,
    payload: { state: 'KZ', position: 'support' },
  });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
  const draft = (title: string, participants: string[], deadline: string) =>
    created('/api/v1/decisions', sec, {
      body: 'CFM',
      title: tr(title),
      procedure: 'silence',
      deadline,
      participants,
    });
  forKzAndRu = (await draft('Tasks: customs draft', ['KZ', 'RU'], inDays(20))).id;
  forRuOnly = (await draft('Tasks: RU only', ['RU'], inDays(10))).id;
  const docs = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent('Anti-Drug Strategy')}`)).json()
    .items;
  plan = (await created('/api/v1/plans', sec, {
    instrumentId: docs[0].id,
    title: tr('Tasks plan'),
    items: [
      { key: 'a', title: tr('Late item'), responsibleStates: ['KZ', 'RU'], deadline: '2025-12-31' },
      { key: 'b', title: tr('Kazakh item'), responsibleStates: ['KZ'], deadline: '2030-12-31' },
      { key: 'c', title: tr('Russian item'), responsibleStates: ['RU'], deadline: '2029-12-31' },
    ],
  })) as unknown as PlanDto;
  kzProject = (
    await created('/api/v1/projects', kz, {
      title: tr('Tasks project'),
      description: tr('A project with its checklist to record.'),
      sector: 'energy',
      countries: ['KZ'],
      estimatedCost: { amount: '1000.00', currency: 'USD' },
      expectedResults: tr('Results.'),
      proposingState: 'KZ',
      public: false,
    })
  ).id;
});
afterAll(() => t.close());

const item = (en: string) => plan.items.find((i) => i.title.en === en)!.id;

describe('my tasks', () => {
  it("list a coordinator's positions, reports and checklists due, soonest deadline first", async () => {
    const mine = await list(kz);
    expect(mine.for).toBe('KZ');
    const ours = mine.items.filter((x) => [forKzAndRu, plan.id, kzProject].includes(x.subjectId));
    expect(ours.map((x) => [x.kind, x.itemTitle?.en ?? x.title.en, x.overdue])).toEqual([
      ['report_due', 'Late item', true],
      ['position_due', 'Tasks: customs draft', false],
      ['report_due', 'Kazakh item', false],
      ['checklist_due', 'Tasks project', false],
    ]);
    expect(ours.find((x) => x.kind === 'checklist_due')?.detail).toEqual({
      stage: 'identification',
      missing: 2,
    });
    const dated = mine.items.filter((x) => x.deadline).map((x) => x.deadline);
    expect(dated).toEqual([...dated].sort());
    expect(mine.items.slice(dated.length).every((x) => x.deadline === null)).toBe(true);
  });

  it("never show a state another state's work", async () => {
    const mine = await list(kz);
    expect(mine.items.map((x) => x.subjectId)).not.toContain(forRuOnly);
    expect(mine.items.map((x) => x.itemId)).not.toContain(item('Russian item'));
    const theirs = await list(ru);
    expect(theirs.items.map((x) => x.subjectId)).toContain(forRuOnly);
    expect(theirs.items.map((x) => x.itemId)).not.toContain(item('Kazakh item'));
    expect(theirs.items.map((x) => x.subjectId)).not.toContain(kzProject);
  });

  it("refuse another state's list, and a state's list to the Secretariat, changing nothing", async () => {
    const before = await snapshotCounts(t.database);
    const other = await tasks(kz, '?for=RU');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'auth.no_mandate', params: { state: 'RU' } });
    expect((await tasks(kz, '?for=secretariat')).json()).toMatchObject({ code: 'auth.forbidden' });
    expect((await tasks(sec, '?for=KZ')).statusCode).toBe(403);
    expect((await tasks({})).statusCode).toBe(401);
    expect((await tasks(kz, '?for=kz')).json()).toMatchObject({ code: 'http.validation_failed' });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('drop a task once it is done', async () => {
    await kazakhstanSupports(forKzAndRu);
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/items/${item('Kazakh item')}/reports`,
      headers: kz,
      payload: { state: 'KZ', status: 'done', percent: 100 },
    });
    expect(report.statusCode, report.body).toBe(201);
    const ids = (await list(kz)).items.map((x) => x.itemId ?? x.subjectId);
    expect(ids).not.toContain(forKzAndRu);
    expect(ids).not.toContain(item('Kazakh item'));
    expect(ids).toContain(item('Late item'));
  });

  it("list the Secretariat's own work: plans to chase, projects to move on", async () => {
    const mine = await list(sec);
    expect(mine.for).toBe('secretariat');
    expect(mine.items.find((x) => x.subjectId === plan.id)).toMatchObject({
      kind: 'plan_overdue',
      deadline: '2025-12-31',
      detail: { items: 1, states: 2 },
    });
    expect(mine.items.map((x) => x.kind)).not.toContain('position_due');
    expect(mine.items.map((x) => x.subjectId)).not.toContain(kzProject);
  });

  it('tell the Secretariat to close a consensus draft once every participant has spoken', async () => {
    const { id } = await created('/api/v1/decisions', sec, {
      body: 'CFM',
      title: tr('Tasks: consensus'),
      procedure: 'consensus',
      participants: ['KZ'],
    });
    expect((await list(sec)).items.map((x) => x.subjectId)).not.toContain(id);
    await kazakhstanSupports(id);
    expect((await list(sec)).items.find((x) => x.subjectId === id)).toMatchObject({
      kind: 'decision_to_close',
      detail: { procedure: 'consensus', positions: 1, participants: 1 },
    });
  });
});
