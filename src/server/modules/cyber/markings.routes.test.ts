import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type TestApp } from '../../test/harness';
import {
  basic,
  collectionId,
  createUserWithMandate,
  indicator,
  ROOT,
  TAXII,
  taxiiGet,
  taxiiPost,
  TLP,
  USER_PASSWORD,
  type Auth,
} from './cyber.fixtures';

/** Distribution and TLP markings (ADR 0020), one rule per test, on every read path. */
describe('distribution and markings', () => {
  let t: TestApp;
  const who: Record<string, Auth> = {};
  const col: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp();
    for (const code of ['kz', 'kg', 'cn', 'ru']) who[`cert.${code}`] = basic(`cert.${code}@example.org`);
    who.coordinatorKz = basic('coordinator.kz@example.org');
    who.coordinatorCn = basic('coordinator.cn@example.org');
    who.exchange = basic('cyber.coordinator@example.org');
    await createUserWithMandate(t.app, 'partner@example.org', { state: 'LK', role: 'observer' });
    who.partner = basic('partner@example.org', USER_PASSWORD);
    who.anonymous = {};
    const s = await signIn(t.app, 'cyber.coordinator@example.org');
    const group = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cyber/sharing-groups',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { alias: 'trio', title: 'Trio', members: ['KZ', 'KG', 'UZ'] },
    });
    col.trio = group.json<{ id: string }>().id;
    col.community = await collectionId(t.app, 'community');
    col.kz = await collectionId(t.app, 'cert-kz');
  });
  afterAll(async () => t.close());

  const publish = async (collection: string, objects: unknown[], as = who['cert.kz']!) => {
    const res = await taxiiPost(t.app, `${ROOT}/collections/${collection}/objects/`, { objects }, as);
    expect(res.statusCode).toBe(202);
    return res.json<{ success_count: number; failures?: { id: string; message: string }[] }>();
  };

  /** What one reader receives of one object, through objects, manifest, object by id and versions. */
  const receives = async (reader: string, collection: string, id: string) => {
    const auth = who[reader]!;
    const base = `${ROOT}/collections/${collection}`;
    const objects = await taxiiGet(t.app, `${base}/objects/?match[id]=${id}`, auth);
    const manifest = await taxiiGet(t.app, `${base}/manifest/?match[id]=${id}`, auth);
    const byId = await taxiiGet(t.app, `${base}/objects/${id}/`, auth);
    const versions = await taxiiGet(t.app, `${base}/objects/${id}/versions/`, auth);
    const got = [
      (objects.json<{ objects?: unknown[] }>().objects ?? []).length > 0,
      (manifest.json<{ objects?: unknown[] }>().objects ?? []).length > 0,
      byId.statusCode === 200,
      versions.statusCode === 200,
    ];
    expect(new Set(got).size, `${reader}: the read paths disagree`).toBe(1);
    if (!got[0]) {
      expect([401, 404]).toContain(byId.statusCode);
      expect(byId.headers['content-type']).toBe(TAXII);
    }
    return got[0] ? (byId.json<{ objects: Record<string, unknown>[] }>().objects[0] ?? null) : null;
  };

  const readers = (...names: string[]) => names;
  const expectReaders = async (collection: string, id: string, yes: string[], no: string[]) => {
    for (const r of yes) expect(await receives(r, collection, id), `${r} should receive it`).not.toBeNull();
    for (const r of no) expect(await receives(r, collection, id), `${r} should not receive it`).toBeNull();
  };

  it('shows TLP:CLEAR to anyone, anonymous readers and partners included', async () => {
    const o = indicator({ object_marking_refs: [TLP.clear] });
    await publish(col.kz!, [o]);
    await expectReaders(
      col.kz!,
      o.id,
      readers('anonymous', 'partner', 'exchange', 'cert.cn', 'coordinatorCn'),
      [],
    );
  });

  it('reads TLP 1.0 WHITE as CLEAR', async () => {
    const o = indicator({ object_marking_refs: [TLP.white1] });
    await publish(col.kz!, [o]);
    await expectReaders(col.kz!, o.id, readers('anonymous', 'partner'), []);
  });

  it('keeps TLP:GREEN, and unmarked objects, within the exchange: never anonymous, never partners', async () => {
    const green = indicator({ object_marking_refs: [TLP.green] });
    const unmarked = indicator();
    await publish(col.kz!, [green, unmarked]);
    for (const o of [green, unmarked]) {
      await expectReaders(
        col.kz!,
        o.id,
        readers('cert.cn', 'coordinatorCn', 'exchange'),
        readers('anonymous', 'partner'),
      );
    }
  });

  it('gives TLP:AMBER only to the states that read the collection (a sharing group: its members)', async () => {
    const o = indicator({ object_marking_refs: [TLP.amber] });
    await publish(col.trio!, [o]);
    await expectReaders(
      col.trio!,
      o.id,
      readers('cert.kz', 'cert.kg', 'coordinatorKz'),
      readers('cert.cn', 'cert.ru', 'coordinatorCn', 'exchange', 'partner', 'anonymous'),
    );
    const community = indicator({ object_marking_refs: [TLP.amber] });
    await publish(col.community!, [community]);
    await expectReaders(
      col.community!,
      community.id,
      readers('cert.cn', 'coordinatorCn'),
      readers('exchange', 'partner'),
    );
  });

  it("gives TLP:AMBER+STRICT only to the reading states' CERT analysts, not to other users of their state", async () => {
    const o = indicator({ object_marking_refs: [TLP.amberStrict] });
    await publish(col.community!, [o]);
    await expectReaders(
      col.community!,
      o.id,
      readers('cert.cn', 'cert.ru', 'cert.kz'),
      readers('coordinatorCn', 'coordinatorKz', 'exchange', 'partner', 'anonymous'),
    );
  });

  it('gives TLP:RED only to the CERTs named as recipients, and to the publishing CERT', async () => {
    const o = indicator({ object_marking_refs: [TLP.red], x_exchange_recipients: ['CN'] });
    await publish(col.community!, [o]);
    await expectReaders(
      col.community!,
      o.id,
      readers('cert.cn', 'cert.kz'),
      readers('cert.ru', 'cert.kg', 'coordinatorCn', 'exchange', 'anonymous'),
    );
  });

  it('lets the most restrictive marking of an object win', async () => {
    const o = indicator({ object_marking_refs: [TLP.clear, TLP.green, TLP.red] });
    await publish(col.community!, [o]);
    await expectReaders(col.community!, o.id, readers('cert.kz'), readers('cert.cn', 'anonymous'));
  });

  it('hides properties under granular markings the reader may not see', async () => {
    const o = indicator({
      object_marking_refs: [TLP.green],
      description: 'the source is a liaison officer',
      labels: ['c2'],
      granular_markings: [
        { marking_ref: TLP.red, selectors: ['description'] },
        { marking_ref: TLP.green, selectors: ['labels.[0]'] },
      ],
    });
    await publish(col.community!, [o]);
    const cn = await receives('cert.cn', col.community!, o.id);
    expect(cn).not.toHaveProperty('description');
    expect(cn).toMatchObject({
      labels: ['c2'],
      granular_markings: [{ marking_ref: TLP.green, selectors: ['labels.[0]'] }],
    });
    const kz = await receives('cert.kz', col.community!, o.id);
    expect(kz).toMatchObject({ description: 'the source is a liaison officer' });
    const manifestOrList = await taxiiGet(
      t.app,
      `${ROOT}/collections/${col.community}/objects/?match[id]=${o.id}`,
      who['cert.ru'],
    );
    expect(manifestOrList.body).not.toContain('liaison');
  });

  it('refuses to re-publish an AMBER object into a collection with a wider readership, and allows GREEN', async () => {
    const amber = indicator({ object_marking_refs: [TLP.amber] });
    const green = indicator({ object_marking_refs: [TLP.green] });
    await publish(col.trio!, [amber, green]);
    const wider = await publish(col.community!, [amber, green]);
    expect(wider.success_count).toBe(1);
    expect(wider.failures).toEqual([
      { id: amber.id, message: expect.stringMatching(/may not be re-published here/) },
    ]);
    const relabelled = await publish(col.kz!, [
      { ...amber, modified: '2026-12-01T00:00:00.000Z', object_marking_refs: [TLP.green] },
    ]);
    expect(relabelled.success_count).toBe(0);
    expect(await receives('cert.cn', col.community!, amber.id)).toBeNull();
  });

  it('lets each CERT publish its own copy of a cyber-observable without learning of the others', async () => {
    const ip = {
      type: 'ipv4-addr',
      spec_version: '2.1',
      id: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4',
      value: '198.51.100.3',
    };
    expect((await publish(col.community!, [{ ...ip, object_marking_refs: [TLP.red] }])).success_count).toBe(
      1,
    );
    const cn = await publish(col.community!, [{ ...ip, object_marking_refs: [TLP.green] }], who['cert.cn']);
    expect(cn).toMatchObject({ success_count: 1 });
    expect(cn.failures).toBeUndefined();
    expect(await receives('cert.ru', col.community!, ip.id)).toMatchObject({
      object_marking_refs: [TLP.green],
    });
  });

  it('hides a sharing group, its objects and its size from those outside it', async () => {
    const list = await taxiiGet(t.app, `${ROOT}/collections/`, who['cert.cn']);
    expect(list.body).not.toContain(col.trio);
    const res = await taxiiGet(t.app, `${ROOT}/collections/${col.trio}/manifest/`, who['cert.cn']);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error_code: 'cyber.collection_not_found' });
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${ROOT}/collections/${col.trio}/objects/indicator--00000000-0000-4000-8000-000000000000/`,
      headers: { accept: TAXII, ...who['cert.cn'] },
    });
    expect(del.statusCode).toBe(404);
  });

  it('answers DELETE of an object the reader may not see as if it did not exist', async () => {
    const o = indicator({ object_marking_refs: [TLP.red] });
    await publish(col.community!, [o]);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${ROOT}/collections/${col.community}/objects/${o.id}/`,
      headers: { accept: TAXII, ...who['cert.cn'] },
    });
    expect(del.statusCode).toBe(404);
    expect(await receives('cert.kz', col.community!, o.id)).not.toBeNull();
  });
});
