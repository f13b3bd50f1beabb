import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import {
  basic,
  collectionId,
  indicator,
  ROOT,
  TAXII,
  taxiiGet,
  taxiiPost,
  tokenFor,
  type Auth,
} from './cyber.fixtures';

/** TAXII 2.1 conformance: one test per rule of the specification (and per wart of the reference servers). */
describe('TAXII 2.1 server', () => {
  let t: TestApp;
  let kz: Auth;
  let cn: Auth;
  let col: string;
  let url: string;
  const posted: ReturnType<typeof indicator>[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    kz = basic('cert.kz@example.org');
    cn = await tokenFor(t.app, 'cert.cn@example.org');
    col = await collectionId(t.app, 'cert-kz', kz);
    url = `${ROOT}/collections/${col}`;
    const v1 = indicator({
      name: 'versioned',
      created: '2026-11-01T10:00:00.244Z',
      modified: '2026-11-01T10:00:00.244Z',
    });
    const v2 = { ...v1, modified: '2026-11-02T10:00:00.5000Z', name: 'versioned v2' };
    const others = Array.from({ length: 6 }, () => indicator());
    const malware = {
      type: 'malware',
      spec_version: '2.1',
      id: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
      created: '2026-11-01T10:00:00.000Z',
      modified: '2026-11-01T10:00:00.000Z',
      name: 'Poison Ivy',
      is_family: true,
    };
    posted.push(v1, v2, ...others, malware as never);
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: posted }, kz);
    expect(res.json()).toMatchObject({ success_count: posted.length, failure_count: 0 });
  });
  afterAll(async () => t.close());

  const entries = async (auth: Auth, query = '') => {
    const res = await taxiiGet(t.app, `${url}/manifest/${query}`, auth);
    expect(res.statusCode).toBe(200);
    return res.json<{ objects?: { id: string; date_added: string; version: string }[] }>().objects ?? [];
  };

  it('serves discovery at /taxii2/ with a relative default API root among api_roots', async () => {
    const res = await taxiiGet(t.app, '/taxii2/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(TAXII);
    const d = res.json<{ default: string; api_roots: string[] }>();
    expect(d.api_roots).toContain(d.default);
    expect(d.api_roots.every((r) => /^\/[^/]/.test(r) && !r.includes('?'))).toBe(true);
  });

  it('lists the TAXII 2.1 media type string in the API root versions, with max_content_length', async () => {
    const res = await taxiiGet(t.app, `${ROOT}/`);
    expect(res.json()).toMatchObject({ versions: [TAXII], max_content_length: expect.any(Number) });
  });

  it('accepts Accept: application/taxii+json without a version as 2.1', async () => {
    const res = await taxiiGet(t.app, `${ROOT}/`, {}, 'application/taxii+json');
    expect(res.statusCode).toBe(200);
  });

  it('answers 406 in TAXII error format to an Accept it does not serve', async () => {
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html']) {
      const res = await taxiiGet(t.app, `${ROOT}/`, {}, accept);
      expect(res.statusCode).toBe(406);
      expect(res.headers['content-type']).toBe(TAXII);
      expect(res.json()).toMatchObject({
        http_status: '406',
        error_code: 'cyber.not_acceptable',
        title: expect.any(String),
      });
    }
  });

  it('answers 401 with WWW-Authenticate and a TAXII error body when authentication is needed or wrong', async () => {
    const anonymousPost = await taxiiPost(t.app, `${url}/objects/`, { objects: [indicator()] });
    const wrongPassword = await taxiiGet(t.app, `${url}/`, basic('cert.kz@example.org', 'not-the-password'));
    const wrongToken = await taxiiGet(t.app, `${url}/`, { authorization: 'Bearer sco_nonsense' });
    const anonymousStatus = await taxiiGet(t.app, `${ROOT}/status/01900000-0000-7000-8000-000000000000/`);
    for (const res of [anonymousPost, wrongPassword, wrongToken, anonymousStatus]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/Basic realm=/);
      expect(res.headers['content-type']).toBe(TAXII);
      expect(res.json()).toMatchObject({ http_status: '401', error_code: 'auth.unauthenticated' });
    }
  });

  it('authenticates with HTTP Basic (email and password) and with a Bearer personal access token', async () => {
    const viaBasic = await taxiiGet(t.app, `${url}/`, kz);
    const viaBearer = await taxiiGet(t.app, `${url}/`, await tokenFor(t.app, 'cert.kz@example.org'));
    expect(viaBasic.json()).toMatchObject({ id: col, can_read: true, can_write: true });
    expect(viaBearer.json()).toMatchObject({ id: col, can_read: true, can_write: true });
    expect((await taxiiGet(t.app, `${url}/`, cn)).json()).toMatchObject({ can_read: true, can_write: false });
  });

  it('applies the sign-in limits to HTTP Basic: repeated wrong passwords block the account with a TAXII 429', async () => {
    const wrong = basic('cert.pk@example.org', 'wrong-password');
    for (let i = 0; i < 5; i += 1)
      expect((await taxiiGet(t.app, `${ROOT}/collections/`, wrong)).statusCode).toBe(401);
    const blocked = await taxiiGet(t.app, `${ROOT}/collections/`, basic('cert.pk@example.org'));
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(blocked.json()).toMatchObject({ http_status: '429', error_code: 'auth.too_many_attempts' });
  });

  it('gives every collection a UUIDv4 id, a unique alias and the STIX 2.1 media type', async () => {
    const res = await taxiiGet(t.app, `${ROOT}/collections/`, kz);
    const cols = res.json<{ collections: { id: string; alias: string; media_types: string[] }[] }>()
      .collections;
    expect(cols.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cols.map((c) => c.alias)).size).toBe(cols.length);
    for (const c of cols) {
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.media_types).toEqual(['application/stix+json;version=2.1']);
    }
    const again = await taxiiGet(t.app, `${ROOT}/collections/`, kz);
    expect(again.body).toBe(res.body);
  });

  it('answers a POST with 202 and a complete status, which its poster can fetch again', async () => {
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: [indicator()] }, kz);
    expect(res.statusCode).toBe(202);
    const status = res.json<{ id: string }>();
    expect(status).toMatchObject({
      status: 'complete',
      total_count: 1,
      success_count: 1,
      failure_count: 0,
      pending_count: 0,
    });
    const again = await taxiiGet(t.app, `${ROOT}/status/${status.id}/`, kz);
    expect(again.json()).toEqual(status);
  });

  it('hides a status from everyone but its poster and answers 404 for an unknown one', async () => {
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: [indicator()] }, kz);
    const id = res.json<{ id: string }>().id;
    expect((await taxiiGet(t.app, `${ROOT}/status/${id}/`, cn)).statusCode).toBe(404);
    const unknown = await taxiiGet(t.app, `${ROOT}/status/01900000-0000-7000-8000-000000000000/`, kz);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ http_status: '404', error_code: 'cyber.status_not_found' });
  });

  it('answers 415 to a POST that is not application/taxii+json;version=2.1, changing nothing', async () => {
    const before = await snapshotCounts(t.database);
    for (const ct of ['application/json', 'application/taxii+json;version=2.0', 'text/plain']) {
      const res = await taxiiPost(t.app, `${url}/objects/`, { objects: [indicator()] }, kz, ct);
      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toBe(TAXII);
      expect(res.json()).toMatchObject({ http_status: '415' });
    }
    expect(await snapshotCounts(t.database)).toEqual(before);
  });

  it('answers malformed JSON with a TAXII 400 and a body that is no envelope with a TAXII 422', async () => {
    const malformed = await taxiiPost(t.app, `${url}/objects/`, '{"objects": [', kz);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toBe(TAXII);
    expect(malformed.json()).toMatchObject({ http_status: '400', error_code: 'http.malformed_json' });
    for (const body of [{ objects: [] }, { objects: 'x' }, [indicator()]]) {
      const res = await taxiiPost(t.app, `${url}/objects/`, body, kz);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ http_status: '422', error_code: 'cyber.bad_envelope' });
    }
  });

  it('accepts a body under max_content_length (above the platform default of 1 MiB) and answers 413 above it', async () => {
    const root = (await taxiiGet(t.app, `${ROOT}/`)).json<{ max_content_length: number }>();
    const big = indicator({ description: 'x'.repeat(2 * 1024 * 1024) });
    const ok = await taxiiPost(t.app, `${url}/objects/`, { objects: [big] }, kz);
    expect(ok.statusCode).toBe(202);
    const huge = indicator({ description: 'x'.repeat(root.max_content_length) });
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: [huge] }, kz);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ http_status: '413', error_code: 'http.payload_too_large' });
  });

  it('answers 403 to a POST into a collection the CERT may read but not write', async () => {
    const other = await collectionId(t.app, 'cert-cn', kz);
    const res = await taxiiPost(
      t.app,
      `${ROOT}/collections/${other}/objects/`,
      { objects: [indicator()] },
      kz,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ http_status: '403', error_code: 'cyber.write_forbidden' });
  });

  it('answers 404 in TAXII format for an unknown collection, and for paths outside the API', async () => {
    const res = await taxiiGet(
      t.app,
      `${ROOT}/collections/6a8c9e4f-0000-4000-8000-000000000000/objects/`,
      kz,
    );
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ http_status: '404', error_code: 'cyber.collection_not_found' });
    const nowhere = await taxiiGet(t.app, '/taxii2/nowhere/', kz);
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.headers['content-type']).toBe(TAXII);
  });

  it('gives every object of one POST its own date_added, strictly increasing, in microsecond format', async () => {
    const all = await entries(kz, '?match[version]=all&limit=1000');
    const dates = all.map((e) => e.date_added);
    expect(dates.every((d) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(d))).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('sends X-TAXII-Date-Added-First and -Last equal to the first and last date_added of the page', async () => {
    for (const path of [
      'manifest/',
      'objects/',
      `objects/${posted[2]!.id}/`,
      `objects/${posted[0]!.id}/versions/`,
    ]) {
      const res = await taxiiGet(t.app, `${url}/${path}?limit=3`, kz);
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-taxii-date-added-first']).toMatch(/\.\d{6}Z$/);
      expect(res.headers['x-taxii-date-added-last']).toMatch(/\.\d{6}Z$/);
    }
    const page = await taxiiGet(t.app, `${url}/manifest/?limit=3`, kz);
    const objs = page.json<{ objects: { date_added: string }[] }>().objects;
    expect(page.headers['x-taxii-date-added-first']).toBe(objs[0]!.date_added);
    expect(page.headers['x-taxii-date-added-last']).toBe(objs[objs.length - 1]!.date_added);
  });

  it('treats added_after as exclusive', async () => {
    const all = await entries(kz);
    const pivot = all[2]!.date_added;
    const after = await entries(kz, `?added_after=${pivot}`);
    expect(after.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
  });

  it('never returns more than limit, and sends next whenever more is true', async () => {
    const res = await taxiiGet(t.app, `${url}/objects/?limit=2`, kz);
    const body = res.json<{ more: boolean; next: string; objects: unknown[] }>();
    expect(body.objects).toHaveLength(2);
    expect(body.more).toBe(true);
    expect(typeof body.next).toBe('string');
    const manifest = await taxiiGet(t.app, `${url}/manifest/?limit=2`, kz);
    expect(manifest.json()).toMatchObject({ more: true, next: expect.any(String) });
    const versions = await taxiiGet(t.app, `${url}/objects/${posted[0]!.id}/versions/?limit=1`, kz);
    expect(versions.json()).toMatchObject({
      more: true,
      next: expect.any(String),
      versions: [posted[0]!.modified],
    });
  });

  it('pages through everything with next, each object once, with more absent on the last page', async () => {
    const all = await entries(kz, '?limit=1000');
    const seen: string[] = [];
    let next: string | undefined;
    for (;;) {
      const res = await taxiiGet(t.app, `${url}/manifest/?limit=2${next ? `&next=${next}` : ''}`, kz);
      const body = res.json<{ more?: boolean; next?: string; objects?: { id: string }[] }>();
      seen.push(...(body.objects ?? []).map((o) => o.id));
      if (!body.more) break;
      next = body.next;
    }
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('keeps next valid across a restart: the cursor holds no server-side session', async () => {
    const first = await taxiiGet(t.app, `${url}/manifest/?limit=2`, kz);
    const { next } = first.json<{ next: string }>();
    const expected = await taxiiGet(t.app, `${url}/manifest/?limit=2&next=${next}`, kz);
    await t.restart();
    const after = await taxiiGet(t.app, `${url}/manifest/?limit=2&next=${next}`, kz);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual(expected.json());
  });

  it('refuses a next cursor that was forged or issued for other filters', async () => {
    const first = await taxiiGet(t.app, `${url}/objects/?limit=1&match[type]=indicator`, kz);
    const next = first.json<{ next: string }>().next;
    const changed = await taxiiGet(t.app, `${url}/objects/?limit=1&match[type]=malware&next=${next}`, kz);
    expect(changed.statusCode).toBe(400);
    expect(changed.json()).toMatchObject({ error_code: 'cyber.bad_cursor' });
    const forged = next.replace(/^[^.]+/, (p) => (parseInt(p, 36) + 1).toString(36));
    const res = await taxiiGet(t.app, `${url}/objects/?limit=1&match[type]=indicator&next=${forged}`, kz);
    expect(res.statusCode).toBe(400);
    const same = await taxiiGet(t.app, `${url}/objects/?limit=5&match[type]=indicator&next=${next}`, kz);
    expect(same.statusCode).toBe(200);
  });

  it('answers 400, never 500, to malformed filters', async () => {
    for (const q of [
      'limit=0',
      'limit=-1',
      'limit=abc',
      'added_after=not-a-date',
      'added_after=2026-13-01T00:00:00Z',
      'match[version]=bogus',
      'match[version]=all,last',
      'match[spec_version]=two',
      'match[type]=Not%20A%20Type',
      'match[id]=nonsense',
      'limit=1&limit=2',
      'next=',
    ]) {
      const res = await taxiiGet(t.app, `${url}/objects/?${q}`, kz);
      expect(res.statusCode, q).toBe(400);
      expect(res.headers['content-type']).toBe(TAXII);
      expect(res.json<{ http_status: string }>().http_status).toBe('400');
    }
  });

  it('ORs comma-separated values of one match field and ANDs different fields', async () => {
    const ids = [posted[2]!.id, posted[3]!.id, posted[8]!.id];
    const or = await entries(kz, `?match[id]=${ids.join(',')}`);
    expect(or.map((e) => e.id).sort()).toEqual([...ids].sort());
    const and = await entries(kz, `?match[id]=${ids.join(',')}&match[type]=malware`);
    expect(and.map((e) => e.id)).toEqual([posted[8]!.id]);
    const types = await entries(kz, '?match[type]=malware,indicator&limit=1000');
    expect(types.length).toBe((await entries(kz, '?limit=1000')).length);
  });

  it('does not fail on STIX-defined types that the collection does not hold', async () => {
    const res = await taxiiGet(t.app, `${url}/objects/?match[type]=x509-certificate,grouping`, kz);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
  });

  it('returns the last version by default, and first, all or an exact version on request', async () => {
    const id = posted[0]!.id;
    const last = await entries(kz, `?match[id]=${id}`);
    expect(last.map((e) => e.version)).toEqual(['2026-11-02T10:00:00.5000Z']);
    const first = await entries(kz, `?match[id]=${id}&match[version]=first`);
    expect(first.map((e) => e.version)).toEqual(['2026-11-01T10:00:00.244Z']);
    const all = await entries(kz, `?match[id]=${id}&match[version]=all`);
    expect(all.map((e) => e.version)).toEqual(['2026-11-01T10:00:00.244Z', '2026-11-02T10:00:00.5000Z']);
    const both = await entries(kz, `?match[id]=${id}&match[version]=first,last`);
    expect(both).toHaveLength(2);
  });

  it('compares match[version] as an instant, not as a string, and never rewrites version strings', async () => {
    const id = posted[0]!.id;
    const exact = await entries(kz, `?match[id]=${id}&match[version]=2026-11-01T10:00:00.244000Z`);
    expect(exact.map((e) => e.version)).toEqual(['2026-11-01T10:00:00.244Z']);
    const versions = await taxiiGet(t.app, `${url}/objects/${id}/versions/`, kz);
    expect(versions.json()).toEqual({ versions: ['2026-11-01T10:00:00.244Z', '2026-11-02T10:00:00.5000Z'] });
  });

  it('filters by spec_version: 2.1 by default and on request, nothing for 2.0', async () => {
    expect(await entries(kz, '?match[spec_version]=2.0')).toEqual([]);
    expect((await entries(kz, '?match[spec_version]=2.1')).length).toBe((await entries(kz)).length);
  });

  it('omits empty lists: an empty page is {}', async () => {
    const res = await taxiiGet(t.app, `${url}/objects/?added_after=2099-01-01T00:00:00.000000Z`, kz);
    expect(res.json()).toEqual({});
    const manifest = await taxiiGet(t.app, `${url}/manifest/?added_after=2099-01-01T00:00:00Z`, kz);
    expect(manifest.json()).toEqual({});
  });

  it('serves manifest records with id, date_added, version and media_type', async () => {
    const [e] = await entries(kz, `?match[id]=${posted[8]!.id}`);
    expect(e).toEqual({
      id: posted[8]!.id,
      date_added: expect.stringMatching(/\.\d{6}Z$/),
      version: '2026-11-01T10:00:00.000Z',
      media_type: 'application/stix+json;version=2.1',
    });
  });

  it('gets one object by id, its latest version unless match[version] says otherwise', async () => {
    const id = posted[0]!.id;
    const res = await taxiiGet(t.app, `${url}/objects/${id}/`, kz);
    expect(res.json<{ objects: { name: string }[] }>().objects.map((o) => o.name)).toEqual(['versioned v2']);
    const all = await taxiiGet(t.app, `${url}/objects/${id}/?match[version]=all`, kz);
    expect(all.json<{ objects: unknown[] }>().objects).toHaveLength(2);
    const missing = await taxiiGet(
      t.app,
      `${url}/objects/indicator--00000000-0000-4000-8000-000000000000/`,
      kz,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error_code: 'cyber.object_not_found', http_status: '404' });
  });

  it('accepts an exact duplicate of an object already present as a success, storing nothing new', async () => {
    const before = await entries(kz, '?match[version]=all&limit=1000');
    const res = await taxiiPost(t.app, `${url}/objects/`, { objects: [posted[3]] }, kz);
    expect(res.json()).toMatchObject({ success_count: 1, failure_count: 0 });
    expect(await entries(kz, '?match[version]=all&limit=1000')).toEqual(before);
  });

  it('versions objects without modified (cyber-observables) consistently, by their first date_added', async () => {
    const ip = {
      type: 'ipv4-addr',
      spec_version: '2.1',
      id: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4',
      value: '198.51.100.3',
    };
    const first = await taxiiPost(t.app, `${url}/objects/`, { objects: [ip] }, kz);
    const again = await taxiiPost(t.app, `${url}/objects/`, { objects: [ip] }, kz);
    const v1 = first.json<{ successes: { version: string }[] }>().successes[0]!.version;
    expect(again.json<{ successes: { version: string }[] }>().successes[0]!.version).toBe(v1);
    const manifest = await entries(kz, `?match[id]=${ip.id}&match[version]=all`);
    expect(manifest).toEqual([{ id: ip.id, date_added: v1, version: v1, media_type: expect.any(String) }]);
  });

  it('deletes an object: later GETs give 404 and the manifest no longer lists it', async () => {
    const doomed = indicator();
    await taxiiPost(t.app, `${url}/objects/`, { objects: [doomed] }, kz);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${url}/objects/${doomed.id}/`,
      headers: { accept: TAXII, ...kz },
    });
    expect(del.statusCode).toBe(200);
    expect((await taxiiGet(t.app, `${url}/objects/${doomed.id}/`, kz)).statusCode).toBe(404);
    expect(await entries(kz, `?match[id]=${doomed.id}`)).toEqual([]);
  });

  it('deletes one version with match[version], keeping the others', async () => {
    const v1 = indicator({ created: '2026-10-01T00:00:00.000Z', modified: '2026-10-01T00:00:00.000Z' });
    const v2 = { ...v1, modified: '2026-10-02T00:00:00.000Z' };
    await taxiiPost(t.app, `${url}/objects/`, { objects: [v1, v2] }, kz);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${url}/objects/${v1.id}/?match[version]=2026-10-02T00:00:00Z`,
      headers: { accept: TAXII, ...kz },
    });
    expect(del.statusCode).toBe(200);
    const versions = await taxiiGet(t.app, `${url}/objects/${v1.id}/versions/`, kz);
    expect(versions.json()).toEqual({ versions: ['2026-10-01T00:00:00.000Z'] });
  });

  it('answers DELETE with 403 where the client can read but not write, and 404 for what it cannot see', async () => {
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${url}/objects/${posted[2]!.id}/`,
      headers: { accept: TAXII, ...cn },
    });
    expect(del.statusCode).toBe(403);
    expect(del.json()).toMatchObject({ http_status: '403' });
    const unknown = await t.app.inject({
      method: 'DELETE',
      url: `${ROOT}/collections/6a8c9e4f-0000-4000-8000-000000000000/objects/${posted[2]!.id}/`,
      headers: { accept: TAXII, ...cn },
    });
    expect(unknown.statusCode).toBe(404);
  });

  describe('clients paging while objects are being added', () => {
    const publishWhileReading = async (
      alias: string,
      email: string,
      readPage: (
        auth: Auth,
        colUrl: string,
        state: { next?: string; after?: string },
      ) => Promise<{ ids: string[]; done: boolean }>,
    ) => {
      const auth = basic(email);
      const colUrl = `${ROOT}/collections/${await collectionId(t.app, alias, auth)}`;
      const batch = () => Array.from({ length: 3 }, () => indicator());
      await taxiiPost(t.app, `${colUrl}/objects/`, { objects: [...batch(), ...batch()] }, auth);
      const received: string[] = [];
      const state: { next?: string; after?: string } = {};
      for (let round = 0; ; round += 1) {
        const page = await readPage(auth, colUrl, state);
        received.push(...page.ids);
        if (round < 6) await taxiiPost(t.app, `${colUrl}/objects/`, { objects: batch() }, auth);
        else if (page.done) break;
      }
      const everything = await taxiiGet(t.app, `${colUrl}/manifest/?limit=1000`, auth);
      const ids = everything.json<{ objects: { id: string }[] }>().objects.map((o) => o.id);
      expect(ids).toHaveLength(6 + 6 * 3);
      expect(received).toEqual(ids);
    };

    it('gives a client that pages only with next every object exactly once', async () => {
      await publishWhileReading('cert-uz', 'cert.uz@example.org', async (auth, colUrl, state) => {
        const res = await taxiiGet(
          t.app,
          `${colUrl}/objects/?limit=2${state.next ? `&next=${state.next}` : ''}`,
          auth,
        );
        const body = res.json<{ more?: boolean; next?: string; objects?: { id: string }[] }>();
        if (body.next) state.next = body.next;
        return { ids: (body.objects ?? []).map((o) => o.id), done: !body.more };
      });
    });

    it('gives a client that pages only with added_after = X-TAXII-Date-Added-Last every object exactly once', async () => {
      await publishWhileReading('cert-kg', 'cert.kg@example.org', async (auth, colUrl, state) => {
        const res = await taxiiGet(
          t.app,
          `${colUrl}/objects/?limit=2${state.after ? `&added_after=${state.after}` : ''}`,
          auth,
        );
        const last = res.headers['x-taxii-date-added-last'];
        if (typeof last === 'string') state.after = last;
        const body = res.json<{ more?: boolean; objects?: { id: string }[] }>();
        return { ids: (body.objects ?? []).map((o) => o.id), done: !body.more };
      });
    });
  });
});
