import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, signIn, snapshotCounts, type TestApp } from '../../test/harness';
import { multipartForm } from '../../test/zip';
import {
  collectionId,
  createUserWithMandate,
  indicator,
  ROOT,
  TAXII,
  taxiiGet,
  TLP,
  USER_PASSWORD,
  type Auth,
} from './cyber.fixtures';

/** STIX bundles as files (ADR 0022): uploaded like a TAXII POST, exported under every marking rule (ADR 0020). */
describe('STIX bundles as files', () => {
  let t: TestApp;
  const who: Record<string, Auth> = {};
  let kz: string;
  let group: string;

  const bundleOf = (objects: unknown[]) =>
    Buffer.from(JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects }));

  const upload = (
    collection: string,
    file: Buffer,
    auth: Auth,
    name = 'intel.json',
    type = 'application/json',
  ) => {
    const form = multipartForm(file, name, type);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/cyber/collections/${collection}/bundles`,
      headers: { ...form.headers, ...auth },
      payload: form.payload,
    });
  };

  const exported = async (collection: string, auth: Auth, query = '') => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cyber/collections/${collection}/bundle${query}`,
      headers: auth,
    });
    return res;
  };

  const idsIn = (body: string) =>
    ((JSON.parse(body) as { objects?: { id: string }[] }).objects ?? []).map((o) => o.id);

  beforeAll(async () => {
    t = await buildTestApp();
    for (const code of ['kz', 'kg', 'cn'])
      who[`cert.${code}`] = await bearer(t.app, `cert.${code}@example.org`);
    who.coordinatorKz = await bearer(t.app, 'coordinator.kz@example.org');
    who.exchange = await bearer(t.app, 'cyber.coordinator@example.org');
    await createUserWithMandate(t.app, 'partner@example.org', { state: 'LK', role: 'observer' });
    who.partner = await bearer(t.app, 'partner@example.org', USER_PASSWORD);
    who.anonymous = {};
    kz = await collectionId(t.app, 'cert-kz');
    const s = await signIn(t.app, 'cyber.coordinator@example.org');
    const g = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cyber/sharing-groups',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { alias: 'pair', title: 'Pair', members: ['KZ', 'KG'] },
    });
    group = g.json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it('publishes an uploaded bundle as a TAXII POST would, and keeps the file', async () => {
    const good = [indicator(), indicator()];
    const bad = indicator({ modified: '2026-10-01T00:00:00.000Z' });
    const res = await upload(kz, bundleOf([...good, bad]), who['cert.kz']!);
    expect(res.statusCode).toBe(202);
    const status = res.json<Record<string, unknown>>();
    expect(status).toMatchObject({ status: 'complete', total_count: 3, success_count: 2, failure_count: 1 });
    expect((status.failures as { id: string }[])[0]!.id).toBe(bad.id);
    // The same status resource as a POST: its poster reads it at the TAXII status endpoint.
    const byTaxii = await taxiiGet(t.app, `${ROOT}/status/${status.id as string}/`, who['cert.kz']!);
    expect(byTaxii.json()).toEqual(status);
    const objects = await taxiiGet(t.app, `${ROOT}/collections/${kz}/objects/?match[id]=${good[0]!.id}`, {});
    expect(objects.statusCode).toBe(200);
    const file = await t.database.db
      .selectFrom('core_file')
      .select(['kind', 'media_type', 'use', 'owner_module', 'uploaded_by', 'acting_for'])
      .where('use', '=', 'cyber.bundle')
      .executeTakeFirstOrThrow();
    expect(file).toEqual({
      kind: 'stix-bundle',
      media_type: 'application/stix+json',
      use: 'cyber.bundle',
      owner_module: 'cyber',
      uploaded_by: 'cert.kz@example.org',
      acting_for: 'KZ',
    });
    const audit = await t.database.db
      .selectFrom('core_audit_entry')
      .select('data')
      .where('action', '=', 'cyber.objects_published')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.data)).toContain('intel.json');
  });

  it('refuses what is not a bundle, a collection the uploader may not write, and changes nothing', async () => {
    const before = await snapshotCounts(t.database);
    const cases: [Buffer, Auth, string, number, string][] = [
      [Buffer.from('{"type":"note"}'), who['cert.kz']!, kz, 415, 'uploads.unsupported_file'],
      [Buffer.from('not json at all'), who['cert.kz']!, kz, 415, 'uploads.unsupported_file'],
      [bundleOf([]), who['cert.kz']!, kz, 422, 'cyber.bundle_invalid'],
      [bundleOf([indicator()]), who['cert.kg']!, kz, 403, 'cyber.write_forbidden'],
      [bundleOf([indicator()]), who.coordinatorKz!, kz, 403, 'cyber.write_forbidden'],
      [bundleOf([indicator()]), who['cert.cn']!, group, 404, 'cyber.collection_not_found'],
      [bundleOf([indicator()]), who.anonymous!, kz, 401, 'auth.unauthenticated'],
    ];
    for (const [file, auth, collection, status, code] of cases) {
      const res = await upload(collection, file, auth);
      expect(res.statusCode, code).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    const big = await upload(kz, Buffer.alloc(10 * 1024 * 1024 + 1, 32), who['cert.kz']!);
    expect(big.statusCode).toBe(413);
    const mismatch = await upload(
      kz,
      bundleOf([indicator()]),
      who['cert.kz']!,
      'intel.pdf',
      'application/pdf',
    );
    expect(mismatch.json().code).toBe('uploads.content_mismatch');
    const after = await snapshotCounts(t.database);
    expect(after).toEqual(before);
  });

  describe('export', () => {
    const o = {
      clear: indicator({ object_marking_refs: [TLP.clear] }),
      green: indicator({ object_marking_refs: [TLP.green] }),
      unmarked: indicator(),
      amber: indicator({ object_marking_refs: [TLP.amber] }),
      strict: indicator({ object_marking_refs: [TLP.amberStrict] }),
      red: indicator({ object_marking_refs: [TLP.red], x_exchange_recipients: ['CN'] }),
      mixed: indicator({ object_marking_refs: [TLP.green, TLP.red] }),
      granular: indicator({
        object_marking_refs: [TLP.clear],
        granular_markings: [{ marking_ref: TLP.amber, selectors: ['description'] }],
      }),
    };
    const ids = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.id])) as Record<
      keyof typeof o,
      string
    >;
    const inGroup = indicator({ object_marking_refs: [TLP.amber] });

    beforeAll(async () => {
      const res = await upload(kz, bundleOf(Object.values(o)), who['cert.kz']!);
      expect(res.json()).toMatchObject({ failure_count: 0 });
      expect((await upload(group, bundleOf([inGroup]), who['cert.kz']!)).statusCode).toBe(202);
    });

    const expected: Record<string, (keyof typeof o)[]> = {
      anonymous: ['clear', 'granular'],
      partner: ['clear', 'granular'],
      exchange: ['clear', 'green', 'unmarked', 'granular'],
      coordinatorKz: ['clear', 'green', 'unmarked', 'amber', 'granular'],
      'cert.kg': ['clear', 'green', 'unmarked', 'amber', 'strict', 'granular'],
      'cert.cn': ['clear', 'green', 'unmarked', 'amber', 'strict', 'red', 'granular'],
      'cert.kz': ['clear', 'green', 'unmarked', 'amber', 'strict', 'red', 'mixed', 'granular'],
    };

    for (const [reader, keys] of Object.entries(expected)) {
      it(`exports to ${reader} exactly what that reader may receive`, async () => {
        const res = await exported(kz, who[reader]!);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/stix+json;version=2.1');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cert-kz\.stix\.json"/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        const got = idsIn(res.body).filter((id) => Object.values(ids).includes(id));
        expect(got.sort()).toEqual(keys.map((k) => ids[k]).sort());
        // The export says no more than TAXII does: the same objects, the same properties.
        const taxii = await taxiiGet(t.app, `${ROOT}/collections/${kz}/objects/?limit=1000`, who[reader]!);
        const viaTaxii = (taxii.json<{ objects?: { id: string }[] }>().objects ?? []).filter((x) =>
          Object.values(ids).includes(x.id),
        );
        const viaBundle = (JSON.parse(res.body) as { objects?: { id: string }[] }).objects!.filter((x) =>
          Object.values(ids).includes(x.id),
        );
        expect(viaBundle).toEqual(viaTaxii);
        const granular = viaBundle.find((x) => x.id === ids.granular) as Record<string, unknown>;
        expect('description' in granular).toBe(keys.includes('amber'));
      });
    }

    it('filters by type and added date, and gives an empty bundle without objects', async () => {
      const all = await exported(kz, who['cert.kz']!, '?types=indicator&versions=all');
      expect(idsIn(all.body).length).toBeGreaterThanOrEqual(Object.keys(o).length);
      const none = await exported(kz, who['cert.kz']!, '?types=malware');
      expect(JSON.parse(none.body)).toEqual({ type: 'bundle', id: expect.stringMatching(/^bundle--/) });
      const future = await exported(kz, who['cert.kz']!, '?addedAfter=2999-01-01T00:00:00.000Z');
      expect(JSON.parse(future.body).objects).toBeUndefined();
      const bad = await exported(kz, who['cert.kz']!, '?addedAfter=yesterday');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('does not export a sharing group to those outside it, nor reveal it exists', async () => {
      expect(idsIn((await exported(group, who['cert.kg']!)).body)).toContain(inGroup.id);
      const outsider = await exported(group, who['cert.cn']!);
      expect(outsider.statusCode).toBe(404);
      expect(outsider.json().code).toBe('cyber.collection_not_found');
      const unknown = await exported(randomUUID(), who['cert.cn']!);
      expect(unknown.statusCode).toBe(404);
      expect(outsider.json().title).toBe(unknown.json().title);
      expect((await exported(group, {})).statusCode).toBe(401);
    });

    it('offers a bundle file for upload in TAXII media types too', async () => {
      const res = await upload(
        kz,
        bundleOf([indicator()]),
        who['cert.kz']!,
        'x.json',
        `${TAXII.replace('taxii', 'stix')}`,
      );
      expect(res.statusCode).toBe(202);
    });
  });
});
