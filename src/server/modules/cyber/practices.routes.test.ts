import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeDto, PracticeListDto, ProposePracticeBody } from '../../../contracts/cyberPractices';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { collectionId, createUserWithMandate, ROOT, taxiiGet, USER_PASSWORD } from './cyber.fixtures';

/** The best-practices library (ADR 0023): proposing, reading under markings, adopting, discussing. */
describe('best-practices library', () => {
  let t: TestApp;
  let library: string;
  const who: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await buildTestApp();
    for (const email of [
      'cert.kz',
      'cert.kg',
      'cert.cn',
      'cert.uz',
      'coordinator.kz',
      'coordinator.kg',
      'cyber.coordinator',
      'secretariat',
    ]) {
      who[email] = await bearer(t.app, `${email}@example.org`);
    }
    await createUserWithMandate(t.app, 'partner.cert@example.org', { state: 'LK', role: 'cert_analyst' });
    who.partner = await bearer(t.app, 'partner.cert@example.org', USER_PASSWORD);
    await createUserWithMandate(t.app, 'delegate.kz@example.org', { state: 'KZ', role: 'delegate' });
    who['delegate.kz'] = await bearer(t.app, 'delegate.kz@example.org', USER_PASSWORD);
    who.anonymous = {};
    library = await collectionId(t.app, 'best-practices', who['cert.kz']);
  });
  afterAll(async () => t.close());

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, as: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who[as]!,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  let counter = 0;
  const body = (over: Partial<ProposePracticeBody> = {}): ProposePracticeBody => {
    counter += 1;
    return {
      marking: 'clear',
      tags: ['patching'],
      content: {
        en: {
          title: `Monthly patch day ${counter}`,
          summary: 'Patch everything on one day a month',
          body: 'Announce it, patch it, check it.',
        },
        ru: {
          title: `Ежемесячный день обновлений ${counter}`,
          summary: 'Обновления раз в месяц',
          body: 'Объявить, установить, проверить.',
          translation: 'machine',
        },
      },
      ...over,
    };
  };

  const propose = async (over: Partial<ProposePracticeBody> = {}, as = 'cert.kz') => {
    const res = await api('POST', '/cyber/practices', as, body(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<PracticeDto>();
  };

  const list = async (as: string, query = '') =>
    (
      await api('GET', `/cyber/practices?${query.includes('limit=') ? '' : 'limit=100'}${query}`, as)
    ).json<PracticeListDto>();

  const auditOf = async (id: string, action: string) =>
    (await api('GET', `/audit?action=${action}&limit=500`, 'secretariat'))
      .json<{ items: { targetId: string; actingFor: string | null }[] }>()
      .items.filter((e) => e.targetId === id);

  const stixObjects = async (as: string, ids: string[]) => {
    const res = await taxiiGet(
      t.app,
      `${ROOT}/collections/${library}/objects/?match[id]=${ids.join(',')}`,
      who[as]!,
    );
    return res.json<{ objects?: Record<string, unknown>[] }>().objects ?? [];
  };

  it('stores a proposed practice as a course-of-action, a report and their translations in the best-practices collection, audited', async () => {
    const p = await propose();
    expect(p).toMatchObject({
      proposerState: 'KZ',
      marking: 'clear',
      version: 1,
      mayEdit: true,
      demo: false,
    });
    expect(p.content.ru?.translation).toBe('machine');
    expect(p.content.en?.translation).toBe('original');
    expect(p.stix.collectionId).toBe(library);
    const objects = await stixObjects('anonymous', [p.stix.courseOfActionId, p.stix.reportId]);
    const coa = objects.find((o) => o.id === p.stix.courseOfActionId)!;
    expect(coa).toMatchObject({
      type: 'course-of-action',
      name: p.content.en!.title,
      lang: 'en',
      labels: ['patching'],
    });
    expect(objects.find((o) => o.id === p.stix.reportId)).toMatchObject({
      type: 'report',
      description: 'Announce it, patch it, check it.',
      object_refs: [p.stix.courseOfActionId],
    });
    const all = await taxiiGet(
      t.app,
      `${ROOT}/collections/${library}/objects/?match[type]=language-content`,
      {},
    );
    const translations = all
      .json<{ objects: { object_ref: string; contents: Record<string, Record<string, string>> }[] }>()
      .objects.filter((o) => o.object_ref === p.stix.courseOfActionId);
    expect(translations).toHaveLength(1);
    expect(translations[0]!.contents.ru!.name).toBe(p.content.ru!.title);
    expect(await auditOf(p.id, 'cyber.practice_proposed')).toEqual([
      expect.objectContaining({ actingFor: 'KZ' }),
    ]);
  });

  it('shows a CLEAR practice to everyone, anonymous readers and partners included', async () => {
    const p = await propose({ tags: ['clear-for-all'] });
    for (const reader of ['anonymous', 'partner', 'cert.cn', 'secretariat']) {
      expect((await api('GET', `/cyber/practices/${p.id}`, reader)).statusCode).toBe(200);
      expect((await list(reader, '&tag=clear-for-all')).total).toBe(1);
    }
  });

  it('never shows a GREEN practice to anonymous readers or partners: not on get, list, counts, search or TAXII', async () => {
    const p = await propose({
      marking: 'green',
      tags: ['green-only'],
      content: { zh: { title: '绿色实践', summary: '只给成员', body: '社区内部' } },
    });
    for (const reader of ['anonymous', 'partner', 'secretariat']) {
      const get = await api('GET', `/cyber/practices/${p.id}`, reader);
      expect(get.statusCode).toBe(404);
      expect(get.json()).toMatchObject({ code: 'cyber.practice_not_found' });
      const filtered = await list(reader, '&tag=green-only');
      expect(filtered.total).toBe(0);
      expect(filtered.counts.tags['green-only']).toBeUndefined();
      const everything = await list(reader);
      expect(everything.items.some((i) => i.id === p.id)).toBe(false);
      expect(everything.counts.markings.green).toBeUndefined();
      expect(everything.counts.tags['green-only']).toBeUndefined();
      expect((await list(reader, `&q=${encodeURIComponent('绿色')}`)).total).toBe(0);
      expect((await list(reader, '&marking=green')).total).toBe(0);
      expect(
        await stixObjects(reader === 'secretariat' ? 'anonymous' : reader, [p.stix.courseOfActionId]),
      ).toEqual([]);
      expect((await api('GET', `/cyber/practices/${p.id}/comments`, reader)).statusCode).toBe(404);
    }
    for (const reader of ['cert.cn', 'coordinator.kg', 'cyber.coordinator']) {
      expect((await api('GET', `/cyber/practices/${p.id}`, reader)).statusCode).toBe(200);
      const found = await list(reader, `&q=${encodeURIComponent('绿色')}`);
      expect(found.items.map((i) => i.id)).toEqual([p.id]);
      expect(found.counts.markings).toEqual({ green: 1 });
    }
  });

  it('filters by tag, proposing state, marking, adopting state, plan item and words in any language, with counts', async () => {
    const a = await propose({ tags: ['filters', 'backups'] });
    const b = await propose({ tags: ['filters'], marking: 'green' }, 'cert.cn');
    await api('PUT', `/cyber/practices/${b.id}/adoptions/KG`, 'cert.kg', {
      status: 'planned',
      date: '2026-01-10',
    });
    const all = await list('cert.uz', '&tag=filters');
    expect(all.total).toBe(2);
    expect(all.counts).toEqual({
      tags: { filters: 2, backups: 1 },
      states: { KZ: 1, CN: 1 },
      markings: { clear: 1, green: 1 },
      adoptedBy: { KG: 1 },
    });
    expect((await list('cert.uz', '&tag=filters&state=CN')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await list('cert.uz', '&tag=filters&marking=clear')).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list('cert.uz', '&tag=filters&adoptedBy=KG')).items.map((i) => i.id)).toEqual([b.id]);
    const words = encodeURIComponent('ДЕНЬ обновлений');
    expect((await list('cert.uz', `&tag=filters&q=${words}`)).total).toBe(2);
    expect((await list('cert.uz', '&tag=filters&q=nothing-like-this')).total).toBe(0);
    const page = await list('cert.uz', '&tag=filters&limit=1&offset=1');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(2);
    expect(all.items.find((i) => i.id === b.id)!.adoptions).toEqual({ planned: 1 });
  });

  it('answers bad input with a 400 and changes nothing', async () => {
    const before = await snapshotCounts(t.database);
    const bad: unknown[] = [
      { ...body(), content: {} },
      { ...body(), marking: 'amber' },
      { ...body(), tags: ['Not A Tag'] },
      { ...body(), content: { en: { title: '', summary: 's', body: 'b' } } },
      { ...body(), content: { en: { title: 't', summary: 's', body: 'b', translation: 'guessed' } } },
      { ...body(), extra: true },
    ];
    for (const payload of bad) {
      const res = await api('POST', '/cyber/practices', 'cert.kz', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'http.validation_failed' });
    }
    const unknownItem = await api('POST', '/cyber/practices', 'cert.kz', {
      ...body(),
      planItems: [{ planId: 'no-such-plan', itemId: 'no-such-item' }],
    });
    expect(unknownItem.statusCode).toBe(400);
    expect(unknownItem.json()).toMatchObject({ code: 'cyber.plan_item_not_found' });
    const p = (await list('cert.kz')).items[0]!;
    const badAdoption = await api('PUT', `/cyber/practices/${p.id}/adoptions/KZ`, 'cert.kz', {
      status: 'finished',
      date: '2026-13-01',
    });
    expect(badAdoption.statusCode).toBe(400);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('lets only member CERT analysts propose', async () => {
    const before = await snapshotCounts(t.database);
    for (const reader of ['coordinator.kz', 'cyber.coordinator', 'secretariat', 'partner']) {
      const res = await api('POST', '/cyber/practices', reader, body());
      expect(res.statusCode, reader).toBe(403);
    }
    expect((await api('POST', '/cyber/practices', 'anonymous', body())).statusCode).toBe(401);
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it("lets only the proposer's CERT update a practice, as a new version of its STIX objects, marking unchanged", async () => {
    const p = await propose();
    const update = {
      tags: ['patching', 'revised'],
      content: { en: { title: 'Patch day, revised', summary: 'Twice a month', body: 'Now twice.' } },
    };
    const before = await snapshotCounts(t.database);
    const other = await api('PUT', `/cyber/practices/${p.id}`, 'cert.kg', update);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'cyber.practice_not_proposer' });
    const widen = await api('PUT', `/cyber/practices/${p.id}`, 'cert.kz', { ...update, marking: 'green' });
    expect(widen.statusCode).toBe(400);
    expect(await snapshotCounts(t.database)).toEqual(before);
    const res = await api('PUT', `/cyber/practices/${p.id}`, 'cert.kz', update);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<PracticeDto>();
    expect(after).toMatchObject({ version: 2, marking: 'clear', tags: ['patching', 'revised'] });
    expect(after.content.ru).toBeUndefined();
    expect((await api('GET', `/cyber/practices/${p.id}`, 'cert.kg')).json<PracticeDto>().mayEdit).toBe(false);
    const versions = await taxiiGet(
      t.app,
      `${ROOT}/collections/${library}/objects/${p.stix.courseOfActionId}/versions/`,
      {},
    );
    expect(versions.json<{ versions: string[] }>().versions).toHaveLength(2);
    const [coa] = await stixObjects('anonymous', [p.stix.courseOfActionId]);
    expect(coa).toMatchObject({ name: 'Patch day, revised', labels: ['patching', 'revised'] });
    expect(await auditOf(p.id, 'cyber.practice_updated')).toHaveLength(1);
  });

  it("records a state's adoption by its CERT or national coordinator, as a note, and shows it per state", async () => {
    const p = await propose();
    const byCert = await api('PUT', `/cyber/practices/${p.id}/adoptions/KG`, 'cert.kg', {
      status: 'in_progress',
      date: '2026-05-01',
      outcome: { ru: { text: 'Внедряем' } },
    });
    expect(byCert.statusCode, byCert.body).toBe(200);
    const byCoordinator = await api('PUT', `/cyber/practices/${p.id}/adoptions/KZ`, 'coordinator.kz', {
      status: 'adopted',
      date: '2026-04-01',
      outcome: { en: { text: 'Fewer open holes' }, zh: { text: '漏洞更少', translation: 'working' } },
    });
    expect(byCoordinator.statusCode).toBe(200);
    const again = await api('PUT', `/cyber/practices/${p.id}/adoptions/KG`, 'cert.kg', {
      status: 'adopted',
      date: '2026-06-01',
      outcome: { en: { text: 'Done in every ministry' } },
    });
    const practice = again.json<PracticeDto>();
    expect(practice.adoptions).toEqual([
      expect.objectContaining({ state: 'KG', status: 'adopted', date: '2026-06-01' }),
      expect.objectContaining({
        state: 'KZ',
        status: 'adopted',
        outcome: expect.objectContaining({ zh: { text: '漏洞更少', translation: 'working' } }),
      }),
    ]);
    const kgNote = practice.adoptions[0]!.noteId;
    const [note] = await stixObjects('anonymous', [kgNote]);
    expect(note).toMatchObject({
      type: 'note',
      content: 'Done in every ministry',
      object_refs: [p.stix.courseOfActionId],
      x_exchange_adoption: { state: 'KG', status: 'adopted', date: '2026-06-01' },
    });
    const noteVersions = await taxiiGet(
      t.app,
      `${ROOT}/collections/${library}/objects/${kgNote}/versions/`,
      {},
    );
    expect(noteVersions.json<{ versions: string[] }>().versions).toHaveLength(2);
    expect((await auditOf(p.id, 'cyber.practice_adoption_recorded')).map((e) => e.actingFor)).toEqual([
      'KG',
      'KZ',
      'KG',
    ]);
  });

  it('refuses an adoption recorded for another state, with auth.no_mandate, and changes nothing', async () => {
    const p = await propose();
    const before = await snapshotCounts(t.database);
    for (const [reader, state] of [
      ['cert.kg', 'KZ'],
      ['coordinator.kz', 'KG'],
    ] as const) {
      const res = await api('PUT', `/cyber/practices/${p.id}/adoptions/${state}`, reader, {
        status: 'adopted',
        date: '2026-04-01',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'auth.no_mandate', params: { state } });
    }
    const delegate = await api('PUT', `/cyber/practices/${p.id}/adoptions/KZ`, 'delegate.kz', {
      status: 'adopted',
      date: '2026-04-01',
    });
    expect(delegate.statusCode).toBe(403);
    const partner = await api('PUT', `/cyber/practices/${p.id}/adoptions/LK`, 'partner', {
      status: 'adopted',
      date: '2026-04-01',
    });
    expect(partner.statusCode).toBe(400);
    expect(partner.json()).toMatchObject({ code: 'cyber.not_member_state' });
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('discusses a practice through the shared threads, within the community', async () => {
    const p = await propose();
    const post = await api('POST', `/cyber/practices/${p.id}/comments`, 'cert.kg', {
      state: 'KG',
      body: 'We tried it; it works.',
    });
    expect(post.statusCode, post.body).toBe(201);
    const reply = await api('POST', `/cyber/practices/${p.id}/comments`, 'cyber.coordinator', {
      body: 'Thanks, noted.',
      parentId: post.json<{ id: string }>().id,
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const forOther = await api('POST', `/cyber/practices/${p.id}/comments`, 'cert.kg', {
      state: 'KZ',
      body: 'Speaking for someone else',
    });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json()).toMatchObject({ code: 'auth.no_mandate' });
    const thread = (await api('GET', `/cyber/practices/${p.id}/comments`, 'cert.uz')).json<{
      items: { state: string | null; body: string }[];
    }>();
    expect(thread.items.map((i) => [i.state, i.body])).toEqual([
      ['KG', 'We tried it; it works.'],
      [null, 'Thanks, noted.'],
    ]);
    // The practice is CLEAR, its discussion is not: anonymous readers and partners see none of it.
    for (const reader of ['anonymous', 'partner']) {
      expect((await api('GET', `/cyber/practices/${p.id}/comments`, reader)).json()).toEqual({ items: [] });
    }
    const partner = await api('POST', `/cyber/practices/${p.id}/comments`, 'partner', {
      body: 'x',
      state: 'LK',
    });
    expect(partner.json()).toMatchObject({ status: 400, code: 'cyber.not_member_state' });
    const anonymous = await api('POST', `/cyber/practices/${p.id}/comments`, 'anonymous', { body: 'x' });
    expect(anonymous.statusCode).toBe(401);
    expect(await auditOf(p.id, 'cyber.practice_comment_added')).toHaveLength(2);
  });

  it('links plan items through the plans module, showing their titles, and filters by them', async () => {
    const plans = (await api('GET', '/plans', 'cert.kz')).json<{ items: { id: string }[] }>().items;
    expect(plans.length).toBeGreaterThan(0);
    const plan = (await api('GET', `/plans/${plans[0]!.id}`, 'cert.kz')).json<{
      id: string;
      items: { id: string; title: { en: string } }[];
    }>();
    const item = plan.items[0]!;
    const p = await propose({ planItems: [{ planId: plan.id, itemId: item.id }] });
    expect(p.planItems).toEqual([
      expect.objectContaining({ planId: plan.id, itemId: item.id, itemTitle: item.title, demo: true }),
    ]);
    expect((await list('cert.kz', `&planItem=${item.id}`)).items.map((i) => i.id)).toContain(p.id);
  });

  it('ships demo practices in the embedded default, labelled demo in every language', async () => {
    const demo = (await list('cert.kz')).items.filter((i) => i.demo);
    expect(demo.length).toBeGreaterThanOrEqual(3);
    for (const d of demo) {
      for (const [lang, text] of Object.entries(d.content)) {
        expect(text.title, lang).toMatch(/^(Demo|Демо|演示)/);
      }
    }
    const anonymousDemo = (await list('anonymous')).items.filter((i) => i.demo);
    expect(anonymousDemo.every((d) => d.marking === 'clear')).toBe(true);
    expect(anonymousDemo.length).toBeLessThan(demo.length);
    const tabletop = demo.find((d) => d.adoptions.adopted)!;
    const full = (await api('GET', `/cyber/practices/${tabletop.id}`, 'anonymous')).json<PracticeDto>();
    expect(full.adoptions.map((a) => a.state)).toEqual(['KG', 'UZ']);
  });
});
