import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateTechnologyBody, TechListDto, TechnologyDto } from '../../../contracts/environment';
import { actorForEmail } from '../../core/auth/auth.service';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { applyEdition, questionnaire } from './editions.service';
import * as repo from './technologies.repository';
import { advance } from './technologies.service';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let cn: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  cn = await bearer(t.app, 'coordinator.cn@example.org');
});
afterAll(() => t.close());

const api = '/api/v1/environment/technologies';
const send = (method: 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url: `${api}${url}`, headers, ...(payload ? { payload } : {}) });
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `${api}${url}`, headers });

const entry = (name: string, extra: Partial<CreateTechnologyBody> = {}): CreateTechnologyBody => ({
  country: 'KZ',
  name: { value: name, source: 'test source' },
  summary: { value: `${name}: what it does`, source: null },
  sector: 'agriculture',
  climates: ['arid', 'cold'],
  landUses: { value: ['cropland'], source: 'test source' },
  waterSources: { value: ['groundwater'], source: 'test source' },
  maturity: { value: 'research', source: 'test source' },
  buildCost: {
    value: {
      amountMinor: 123_456_00,
      currency: 'KZT',
      unitsPerUsd: 480,
      rateDate: '2026-01-05',
      rateSource: 'test bank',
    },
    source: 'test quote',
  },
  ...extra,
});

const edit = (name: string) => {
  const { country: _, ...fields } = entry(name);
  return fields;
};

/** Moves a submitted entry on as a review would, until the kernel's review panel is wired. */
async function markReviewed(code: string) {
  const row = (await repo.findLatest(t.app.kernel.db, code))!;
  const actor = await actorForEmail(t.app.kernel.db, 'secretariat@example.org');
  await advance(t.app.kernel, actor!, row, 'reviewed', { actingFor: null });
}

describe('the technology registry', () => {
  it('takes an entry from draft through submission and review to publication, and never publishes it unreviewed', async () => {
    const created = await send('POST', '', kz, entry('Test furrow lining'));
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json<TechnologyDto>();
    expect(d).toMatchObject({ status: 'draft', version: 1, country: 'KZ', edition: 1, latest: true });
    expect(d.code).toMatch(/^kz-\d+$/);
    // A draft is the state's and the Secretariat's: anyone else is told there is no such entry.
    expect((await get(`/${d.code}`)).statusCode).toBe(404);
    expect((await get(`/${d.code}`, cn)).statusCode).toBe(404);
    expect((await get(`/${d.code}`, sec)).json().status).toBe('draft');
    expect((await send('POST', `/${d.code}/publish`, sec)).json().code).toBe('environment.wrong_status');
    expect((await send('POST', `/${d.code}/submit`, cn)).statusCode).toBe(404);
    expect((await send('POST', `/${d.code}/submit`, sec)).statusCode).toBe(403);
    const submitted = await send('POST', `/${d.code}/submit`, kz);
    expect(submitted.json().status, submitted.body).toBe('submitted');
    const before = await snapshotCounts(t.database);
    const refused = await send('POST', `/${d.code}/publish`, sec);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('environment.not_reviewed');
    expect(await snapshotCounts(t.database)).toEqual(before);
    expect((await send('PUT', `/${d.code}`, kz, edit('Changed'))).json().code).toBe(
      'environment.wrong_status',
    );
    // Through the kernel's review panel: a reviewer acting for the submitting state is refused.
    const kzUser = (await actorForEmail(t.app.kernel.db, 'coordinator.kz@example.org'))!.userId;
    const cnUser = (await actorForEmail(t.app.kernel.db, 'coordinator.cn@example.org'))!.userId;
    const conflicted = await send('POST', `/${d.code}/reviewers`, sec, { userId: kzUser });
    expect(conflicted.json().code, conflicted.body).toBe('review.conflict_of_interest');
    const proposed = await send('POST', `/${d.code}/reviewers`, sec, { userId: cnUser });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const aid = proposed.json().id as string;
    const declared = await send('POST', `/${d.code}/reviewers/${aid}/declaration`, cn, { conflicts: [] });
    expect(declared.json().status, declared.body).toBe('active');
    expect(
      (await t.app.inject({ url: '/api/v1/environment/reviews', headers: cn })).json().items,
    ).toHaveLength(1);
    const reviewed = await send('POST', `/${d.code}/reviews`, cn, {
      assignmentId: aid,
      recommendation: 'publish',
      text: 'Test review',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect((await get(`/${d.code}`, kz)).json().status).toBe('reviewed');
    expect((await send('POST', `/${d.code}/publish`, kz)).statusCode).toBe(403);
    const published = await send('POST', `/${d.code}/publish`, sec);
    expect(published.json<TechnologyDto>().status, published.body).toBe('published');
    const pub = (await get(`/${d.code}`)).json<TechnologyDto>();
    expect(pub.versions.map((v) => v.status)).toEqual(['published']);
    expect(pub.versions[0]!.reviewedAt).not.toBeNull();
  });

  it('makes an edit of a published entry a new version under the same code, the old one still readable', async () => {
    const d = (await send('POST', '', kz, entry('Test mulching'))).json<TechnologyDto>();
    await send('POST', `/${d.code}/submit`, kz);
    await markReviewed(d.code);
    await send('POST', `/${d.code}/publish`, sec);
    const edited = await send('PUT', `/${d.code}`, kz, edit('Test mulching, revised'));
    expect(edited.json<TechnologyDto>(), edited.body).toMatchObject({
      code: d.code,
      version: 2,
      status: 'draft',
    });
    // The public still reads version 1 and sees no trace of the unpublished draft.
    const pub = (await get(`/${d.code}`)).json<TechnologyDto>();
    expect(pub).toMatchObject({ version: 1, status: 'published' });
    expect(pub.fields.name.value).toBe('Test mulching');
    expect(pub.versions.map((v) => v.version)).toEqual([1]);
    await send('POST', `/${d.code}/submit`, kz);
    await markReviewed(d.code);
    await send('POST', `/${d.code}/publish`, sec);
    const now = (await get(`/${d.code}`)).json<TechnologyDto>();
    expect(now).toMatchObject({ version: 2, latest: true });
    expect(now.fields.name.value).toBe('Test mulching, revised');
    expect(now.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'published'],
    ]);
    const old = (await get(`/${d.code}?version=1`)).json<TechnologyDto>();
    expect(old).toMatchObject({ version: 1, latest: false });
    expect(old.fields.name.value).toBe('Test mulching');
    expect((await get(`/${d.code}?version=9`)).json().code).toBe('environment.version_not_found');
    const listed = (await get(`?q=mulching`)).json<TechListDto>();
    expect(listed.items.map((i) => [i.code, i.version])).toEqual([[d.code, 2]]);
  });

  it('says which values no source supports and converts costs to US cents at the dated rate', async () => {
    const d = (
      await send('POST', '', kz, entry('Test sourcing', { evidence: [{ value: 'Seen', source: null }] }))
    ).json<TechnologyDto>();
    expect(d.unsourced).toEqual(['/summary', '/evidence/0']);
    // 123,456.00 KZT at 480 KZT per dollar: 257.20 dollars.
    expect(d.fields.buildCost!.value.usdMinor).toBe(25720);
    expect(d.fields.runCost).toBeNull();
  });

  it('searches published entries with facets and shows unpublished ones only to their state and the Secretariat', async () => {
    const draft = (await send('POST', '', kz, entry('Test secret draft'))).json<TechnologyDto>();
    const all = (await get('?limit=100')).json<TechListDto>();
    expect(all.items.every((i) => i.status === 'published')).toBe(true);
    expect(all.items.map((i) => i.code)).not.toContain(draft.code);
    expect(all.total).toBe(all.items.length);
    expect(all.facets.maturity.research).toBeGreaterThan(0);
    const arid = (await get('?climate=arid&maturity=research')).json<TechListDto>();
    expect(arid.items.every((i) => i.climates.includes('arid') && i.maturity === 'research')).toBe(true);
    // Each facet counts under the other filters: choosing a maturity keeps the other maturities' counts.
    expect(Object.keys(arid.facets.maturity).length).toBeGreaterThan(1);
    expect((await get('?country=CN')).json<TechListDto>().total).toBe(0);
    const mine = (await get('?status=draft&limit=100', kz)).json<TechListDto>();
    expect(mine.items.map((i) => i.code)).toContain(draft.code);
    expect((await get('?status=draft', cn)).json<TechListDto>().total).toBe(0);
    expect((await get('?status=draft')).json<TechListDto>().total).toBe(0);
    expect((await get('?status=draft&q=secret', sec)).json<TechListDto>().total).toBe(1);
    expect((await get('?maturity=unknown')).statusCode).toBe(400);
  });

  it("refuses bad input, another state's entry and unknown links with a problem, changing nothing", async () => {
    const before = await snapshotCounts(t.database);
    const bad = await send('POST', '', kz, { ...entry('x'), climates: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect((await send('POST', '', kz, entry('x', { country: 'CN' }))).statusCode).toBe(403);
    expect((await send('POST', '', {}, entry('x'))).statusCode).toBe(401);
    const noProject = await send('POST', '', kz, entry('x', { appliedIn: ['nope'] }));
    expect(noProject.json().code).toBe('environment.project_not_found');
    const noItem = await send('POST', '', kz, entry('x', { planItems: [{ planId: 'p', itemId: 'i' }] }));
    expect(noItem.json().code).toBe('environment.plan_item_not_found');
    const noLake = await send('POST', '', kz, entry('x', { waterBodies: ['lake_nowhere'] }));
    expect(noLake.json().code).toBe('environment.unknown_water_body');
    expect(await snapshotCounts(t.database)).toEqual(before);
    const d = (await send('POST', '', kz, entry('Test foreign'))).json<TechnologyDto>();
    expect((await send('PUT', `/${d.code}`, cn, edit('Taken over'))).statusCode).toBe(404);
  });

  it('links the projects that apply an entry and the plan items it serves, as the reader may see them', async () => {
    const projects = (await t.app.inject({ url: '/api/v1/projects?limit=1', headers: kz })).json().items;
    const plans = (await t.app.inject({ url: '/api/v1/plans', headers: kz })).json().items;
    const plan = (await t.app.inject({ url: `/api/v1/plans/${plans[0].id}`, headers: kz })).json();
    const item = { planId: plan.id, itemId: plan.items[0].id };
    const d = await send(
      'POST',
      '',
      kz,
      entry('Test linked', { appliedIn: [projects[0].id], planItems: [item] }),
    );
    expect(d.statusCode, d.body).toBe(201);
    const got = d.json<TechnologyDto>();
    expect(got.projects).toEqual([{ id: projects[0].id, title: projects[0].title }]);
    expect(got.plan).toMatchObject([item]);
  });

  it('migrates every stored version to a new questionnaire edition and says what changed, losing none', async () => {
    const db = t.app.kernel.db;
    const before = await repo.countVersions(db);
    expect(before).toBeGreaterThan(3);
    const current = (await questionnaire(t.app.kernel)).current;
    const changes = ['Evidence: every entry states whether it was checked in the field.'];
    const result = await applyEdition(t.app.kernel, {
      edition: current + 1,
      changes,
      migrate: (data) => ({
        ...data,
        evidence: [...(data.evidence as unknown[]), { value: 'Field check not yet recorded.', source: null }],
      }),
    });
    expect(result.migrated).toBe(before);
    expect(await repo.countVersions(db)).toBe(before);
    const q = (await t.app.inject('/api/v1/environment/questionnaire')).json();
    expect(q.current).toBe(current + 1);
    expect(q.editions.at(-1)).toMatchObject({ edition: current + 1, changes, migrated: before });
    const pub = (await get('/kz-1?version=1')).json<TechnologyDto>();
    expect(pub.edition).toBe(current + 1);
    expect(pub.fields.evidence.at(-1)).toEqual({ value: 'Field check not yet recorded.', source: null });
    await expect(
      applyEdition(t.app.kernel, { edition: current + 1, changes, migrate: (x) => x }),
    ).rejects.toThrow();
  });
});
