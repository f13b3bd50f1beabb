import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectLinkDto, RoutesWithProjectDto } from '../../../contracts/transport-links';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let uz: Record<string, string>;
let publicId: string;
let restrictedId: string;
beforeAll(async () => {
  t = await buildTestApp();
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  uz = await bearer(t.app, 'coordinator.uz@example.org');
  const create = async (isPublic: boolean) => {
    const res = await post('/projects', kz, {
      title: { en: 'Test rail link', ru: 'Тестовая железная дорога', zh: '测试铁路' },
      description: { en: 'A test project.', ru: 'Тестовый проект.', zh: '测试项目。' },
      sector: 'transport_logistics',
      countries: ['KZ'],
      estimatedCost: { amount: '1000.00', currency: 'USD' },
      expectedResults: { en: 'Results.', ru: 'Результаты.', zh: '成果。' },
      proposingState: 'KZ',
      public: isPublic,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  publicId = await create(true);
  restrictedId = await create(false);
});
afterAll(() => t.close());

const post = (url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/api/v1${url}`, headers });
const link = (project: string, over: Record<string, unknown> = {}) => ({
  project,
  target: 'link',
  targetId: 'rasht__astara',
  effect: 'builds',
  source: 'test: feasibility study',
  ...over,
});

describe("a project's links to the transport network", () => {
  it('are written by whoever acts for the project, audited, and refused to others with nothing changed', async () => {
    const added = await post('/transport/project-links', kz, link(publicId));
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<ProjectLinkDto>()).toMatchObject({
      project: { id: publicId },
      target: 'link',
      targetId: 'rasht__astara',
      effect: 'builds',
      hours: null,
    });
    const audit = await get('/audit?action=transport.project_link_added', sec);
    expect(audit.json().items[0]).toMatchObject({ actingFor: 'KZ' });

    const before = await snapshotCounts(t.database);
    const refused = [
      [await post('/transport/project-links', uz, link(publicId, { targetId: 'aktau__baku_alat' })), 403],
      [await post('/transport/project-links', {}, link(publicId, { targetId: 'aktau__baku_alat' })), 401],
      [await post('/transport/project-links', kz, link(publicId)), 409],
      [
        await post(
          '/transport/project-links',
          kz,
          link(publicId, { target: 'node', targetId: 'aktau', hours: 3 }),
        ),
        400,
      ],
      [await post('/transport/project-links', kz, link(publicId, { targetId: 'nowhere' })), 404],
      [await post('/transport/project-links', kz, link('0193a5b2-7c1e-7000-8000-000000000001')), 404],
    ] as const;
    for (const [res, status] of refused) expect(res.statusCode, res.body).toBe(status);
    expect(refused[3][0].json()).toMatchObject({
      code: 'transport.bad_project_link',
      params: { parameter: 'hours' },
    });
    expect(await snapshotCounts(t.database)).toEqual(before);

    const node = await post(
      '/transport/project-links',
      sec,
      link(publicId, { target: 'node', targetId: 'astara', effect: 'improves' }),
    );
    expect(node.statusCode, node.body).toBe(201);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/transport/project-links/${node.json<ProjectLinkDto>().id}`,
      headers: kz,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await get('/audit?action=transport.project_link_removed', sec)).json().items).toHaveLength(1);
  });

  it("never show a restricted project's link on a transport read path to a reader who may not see it", async () => {
    const added = await post(
      '/transport/project-links',
      kz,
      link(restrictedId, { target: 'node', targetId: 'rasht', effect: 'improves' }),
    );
    expect(added.statusCode, added.body).toBe(201);
    const ids = (items: ProjectLinkDto[]) => items.map((l) => l.project.id);
    for (const q of ['node=rasht', 'corridor=instc', `project=${restrictedId}`]) {
      expect(ids((await get(`/transport/project-links?${q}`, kz)).json().items)).toContain(restrictedId);
      const open = ids((await get(`/transport/project-links?${q}`)).json().items);
      expect(open).not.toContain(restrictedId);
    }
    expect(ids((await get('/transport/project-links?node=rasht')).json().items)).toContain(publicId);
    for (const path of [
      '/transport/network.geojson',
      '/transport/nodes.csv',
      '/transport/links.csv',
      '/transport/nodes/rasht',
      '/transport/corridors/instc',
    ])
      expect((await get(path)).body).not.toContain(restrictedId);
    const planned = await get(`/transport/routes?from=rasht&to=astara&withProject=${restrictedId}`);
    const unknown = await get('/transport/routes?from=rasht&to=astara&withProject=no-such-project');
    for (const res of [planned, unknown]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'transport.unknown_project',
        params: { parameter: 'withProject' },
      });
    }
    expect(planned.json().title).toBe(unknown.json().title);
    expect(
      (await get(`/transport/routes?from=rasht&to=astara&withProject=${restrictedId}`, kz)).statusCode,
    ).toBe(200);
  });

  it("let the planner compare the routes without and with the project's links, used only when asked", async () => {
    const plain = (await get('/transport/routes?from=rasht&to=astara')).json<RoutesWithProjectDto>();
    expect(plain.withProject).toBeUndefined();
    expect(plain.routes[0]!.legs.map((l) => l.link)).not.toContain('rasht__astara');
    const res = await get(`/transport/routes?from=rasht&to=astara&withProject=${publicId}`);
    expect(res.statusCode, res.body).toBe(200);
    const both = res.json<RoutesWithProjectDto>();
    expect(both.routes).toEqual(plain.routes);
    expect(both.withProject).toMatchObject({ project: { id: publicId }, usesProjectLink: true });
    expect(both.withProject!.routes[0]!.legs.map((l) => l.link)).toContain('rasht__astara');
    expect(both.withProject!.routes[0]!.totals.hours.max).toBeLessThanOrEqual(
      plain.routes[0]!.totals.hours.max,
    );

    // An improved time replaces the network's figure, with the project's source, only with the project.
    const aktau = (await get('/transport/routes?from=aktau&to=baku_alat')).json<RoutesWithProjectDto>()
      .routes[0]!;
    const leg = aktau.legs[0]!;
    const improved = await post(
      '/transport/project-links',
      kz,
      link(publicId, {
        targetId: leg.link,
        effect: 'improves',
        hours: 1,
        source: 'test: improved timetable',
      }),
    );
    expect(improved.statusCode, improved.body).toBe(201);
    const compared = (
      await get(`/transport/routes?from=aktau&to=baku_alat&withProject=${publicId}`)
    ).json<RoutesWithProjectDto>();
    expect(compared.routes[0]).toEqual(aktau);
    expect(compared.withProject!.routes[0]!.legs[0]!.hours).toMatchObject({
      kind: 'published',
      min: 1,
      source: 'test: improved timetable',
    });
    expect(compared.withProject!.routes[0]!.totals.hours.max).toBeLessThan(aktau.totals.hours.max);
    expect(compared.withProject!.links.map((l) => l.targetId)).toEqual(
      expect.arrayContaining([leg.link, 'rasht__astara']),
    );
  });
});
