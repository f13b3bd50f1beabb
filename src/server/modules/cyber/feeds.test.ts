import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { App } from '../../core/module';
import { bearer, buildTestApp, snapshotCounts, type TestApp } from '../../test/harness';
import { basic, collectionId, indicator, ROOT, taxiiPost, type Auth } from './cyber.fixtures';
import type { FeedFetch } from './feeds.poll';
import { createCyberModule } from './index';

/**
 * Feeds from member CERTs' own TAXII servers (ADR 0022). The source is the platform's own TAXII 2.1
 * server (a second instance), reached through `app.inject` behind a fetch adapter; where a test needs a
 * server that behaves differently (pages of five, no `next`, `added_after` ignored, a dropped
 * connection) the adapter changes the request or the answer on the wire, never our code.
 */
const PASSWORD_OF_SOURCE = 'demo-password';
const HOST = 'http://cert-kz.example.test';

interface Wire {
  calls: URL[];
  /** Throw instead of answering call number n (1-based) and later ones, until cleared. */
  dropFrom: number | null;
  pageSize: number;
  stripNext: boolean;
  ignoreAddedAfter: boolean;
  expireCursors: boolean;
  /** Objects slipped into the first page answered, as a careless server might. */
  inject: unknown[];
}

function wireTo(source: () => App, wire: Wire): FeedFetch {
  return async (url, init) => {
    const u = new URL(url);
    wire.calls.push(u);
    if (u.origin !== HOST) throw new Error(`getaddrinfo ENOTFOUND ${u.hostname}`);
    if (wire.dropFrom !== null && wire.calls.length >= wire.dropFrom) throw new Error('socket hang up');
    const q = new URLSearchParams(u.search);
    q.set('limit', String(wire.pageSize));
    if (wire.ignoreAddedAfter) q.delete('added_after');
    if (wire.expireCursors && q.has('next')) q.set('next', `${q.get('next')}x`);
    const res = await source().inject({ method: 'GET', url: `${u.pathname}?${q}`, headers: init.headers });
    let body = res.body;
    if (res.statusCode === 200 && (wire.stripNext || wire.inject.length > 0)) {
      const e = JSON.parse(body) as { next?: string; objects?: unknown[] };
      if (wire.stripNext) delete e.next;
      if (wire.inject.length > 0) e.objects = [...wire.inject.splice(0), ...(e.objects ?? [])];
      body = JSON.stringify(e);
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (v !== undefined && k !== 'content-length') headers.set(k, String(v));
    }
    return new Response(body, { status: res.statusCode, headers });
  };
}

const newWire = (): Wire => ({
  calls: [],
  dropFrom: null,
  pageSize: 5,
  stripNext: false,
  ignoreAddedAfter: false,
  expireCursors: false,
  inject: [],
});

/** A target platform whose feed job speaks to the source through the wire, on a clock the test moves. */
async function target(source: () => App, wire: Wire, env: Record<string, string> = {}) {
  const clock = { now: Date.now() };
  const t = await buildTestApp(env, {
    now: () => new Date(clock.now),
    replace: [createCyberModule({ feedFetch: wireTo(source, wire) })],
  });
  /** Restarting runs the scheduler's first pass to its end: every poll due now has happened. */
  const pollAt = async (minutesLater: number) => {
    clock.now += minutesLater * 60_000;
    await t.restart({ now: () => new Date(clock.now) });
  };
  return { t, clock, pollAt };
}

async function storedIds(t: TestApp, collection: string) {
  const rows = await t.database.db
    .selectFrom('cyber_object')
    .select(['stix_id', 'version'])
    .where('collection_id', '=', collection)
    .execute();
  return rows.map((r) => `${r.stix_id}@${r.version}`);
}

async function feedRow(t: TestApp, id: string) {
  return t.database.db.selectFrom('cyber_feed').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('feeds from member CERTs', () => {
  let src: TestApp;
  let srcKz: Auth;
  let srcKg: Auth;
  let sourceToken: string;
  beforeAll(async () => {
    src = await buildTestApp();
    srcKz = await bearer(src.app, 'cert.kz@example.org');
    srcKg = await bearer(src.app, 'cert.kg@example.org');
    sourceToken = (await bearer(src.app, 'cert.kz@example.org')).authorization.slice('Bearer '.length);
  });
  afterAll(async () => src.close());

  const publish = async (alias: string, objects: unknown[], as: Auth) => {
    const res = await taxiiPost(
      src.app,
      `${ROOT}/collections/${await collectionId(src.app, alias)}/objects/`,
      {
        objects,
      },
      as,
    );
    expect(res.statusCode).toBe(202);
    expect(res.json<{ failure_count: number }>().failure_count).toBe(0);
    return objects as { id: string; modified: string }[];
  };

  describe('polling', () => {
    let tg: Awaited<ReturnType<typeof target>>;
    const wire = newWire();
    let coordinator: Auth;
    let kzFeed: string;
    let kzCollection: string;
    const published: string[] = [];
    /** Publishes n indicators at the source's cert-kz collection, and remembers each id and version. */
    const publishKz = async (n: number) => {
      const sent = await publish(
        'cert-kz',
        Array.from({ length: n }, () => indicator()),
        srcKz,
      );
      published.push(...sent.map((o) => `${o.id}@${o.modified}`));
    };

    beforeAll(async () => {
      tg = await target(() => src.app, wire);
      coordinator = await bearer(tg.t.app, 'cyber.coordinator@example.org');
      kzCollection = await collectionId(tg.t.app, 'cert-kz');
    });
    afterAll(async () => tg.t.close());

    const health = async (id: string) => {
      const res = await tg.t.app.inject({
        method: 'GET',
        url: `/api/v1/cyber/feeds/${id}`,
        headers: coordinator,
      });
      expect(res.statusCode).toBe(200);
      return res.json<{ status: string; health: Record<string, unknown> }>();
    };

    it('a restart in the middle of a feed poll loses and duplicates nothing', async () => {
      await publishKz(23);
      wire.dropFrom = 4; // three pages of five are stored, then the connection drops
      const created = await tg.t.app.inject({
        method: 'POST',
        url: '/api/v1/cyber/feeds',
        headers: coordinator,
        payload: {
          title: 'CERT-KZ own TAXII server',
          apiRootUrl: `${HOST}/taxii2/exchange/`,
          remoteCollectionId: await collectionId(src.app, 'cert-kz', srcKz),
          stateCode: 'KZ',
          credentials: { kind: 'bearer', token: sourceToken },
          intervalMinutes: 15,
        },
      });
      expect(created.statusCode).toBe(201);
      kzFeed = created.json<{ id: string }>().id;
      expect(created.json<{ collectionAlias: string }>().collectionAlias).toBe('cert-kz');
      await tg.pollAt(0);

      const broken = await health(kzFeed);
      expect(broken.health).toMatchObject({
        lastError: 'socket hang up',
        lastSuccessAt: null,
        objectsTotal: 15,
        objectsLastRun: 15,
        resuming: true,
      });
      expect((await storedIds(tg.t, kzCollection)).length).toBe(15);
      const stopped = await feedRow(tg.t, kzFeed);

      wire.dropFrom = null;
      const before = wire.calls.length;
      await tg.pollAt(15);
      const resumed = wire.calls[before]!;
      expect(resumed.searchParams.get('next')).toBe(stopped.next_token);
      expect(resumed.searchParams.has('added_after')).toBe(false);
      const ids = await storedIds(tg.t, kzCollection);
      expect(ids.sort()).toEqual([...published].sort());
      expect(new Set(ids).size).toBe(ids.length);
      const healthy = await health(kzFeed);
      expect(healthy.health).toMatchObject({
        lastError: null,
        objectsTotal: 23,
        objectsLastRun: 8,
        rejectedLastRun: 0,
        resuming: false,
      });
      expect(healthy.health.lastSuccessAt).toBe(new Date(tg.clock.now).toISOString());
      expect(healthy.health.lastAttemptAt).toBe(new Date(tg.clock.now).toISOString());
    });

    it('starts the next poll after the last date_added it stored, with added_after', async () => {
      const row = await feedRow(tg.t, kzFeed);
      expect(row.next_token).toBeNull();
      expect(row.last_added).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      await publishKz(2);
      const before = wire.calls.length;
      await tg.pollAt(15);
      expect(wire.calls.length - before).toBe(1);
      expect(wire.calls[before]!.searchParams.get('added_after')).toBe(row.last_added);
      expect(wire.calls[before]!.searchParams.get('match[version]')).toBe('all');
      expect((await storedIds(tg.t, kzCollection)).sort()).toEqual([...published].sort());
      expect((await health(kzFeed)).health).toMatchObject({ objectsTotal: 25, objectsLastRun: 2 });
    });

    it('falls back to added_after when the source no longer honours the next it gave', async () => {
      await publishKz(12);
      wire.dropFrom = wire.calls.length + 3; // two pages stored
      await tg.pollAt(15);
      const stopped = await feedRow(tg.t, kzFeed);
      expect(stopped.next_token).not.toBeNull();
      wire.dropFrom = null;
      wire.expireCursors = true;
      const before = wire.calls.length;
      await tg.pollAt(15);
      wire.expireCursors = false;
      const [refused, fallback] = wire.calls.slice(before);
      expect(refused!.searchParams.has('next')).toBe(true);
      expect(fallback!.searchParams.has('next')).toBe(false);
      expect(fallback!.searchParams.get('added_after')).toBe(stopped.last_added);
      const ids = await storedIds(tg.t, kzCollection);
      expect(ids.sort()).toEqual([...published].sort());
      expect((await health(kzFeed)).health).toMatchObject({ objectsTotal: 37, lastError: null });
    });

    it('pages with added_after when the server says more without next, and validates every object as a POST', async () => {
      const communityHere = await collectionId(tg.t.app, 'community');
      const sent = await publish(
        'community',
        Array.from({ length: 12 }, () => indicator()),
        srcKg,
      );
      wire.stripNext = true;
      const bad = indicator({ modified: '2026-10-01T00:00:00.000Z' }); // modified before created
      wire.inject.push(bad);
      const created = await tg.t.app.inject({
        method: 'POST',
        url: '/api/v1/cyber/feeds',
        headers: coordinator,
        payload: {
          title: 'CERT-KG community feed',
          apiRootUrl: `${HOST}/taxii2/exchange/`,
          remoteCollectionId: await collectionId(src.app, 'community', srcKg),
          stateCode: 'KG',
          collectionId: communityHere,
          credentials: { kind: 'basic', username: 'cert.kg@example.org', password: PASSWORD_OF_SOURCE },
          intervalMinutes: 60,
        },
      });
      expect(created.statusCode).toBe(201);
      const kgFeed = created.json<{ id: string }>().id;
      const before = wire.calls.length;
      await tg.pollAt(0);
      wire.stripNext = false;
      const calls = wire.calls.slice(before);
      expect(calls.length).toBe(3);
      expect(calls.every((c) => !c.searchParams.has('next'))).toBe(true);
      expect(calls[1]!.searchParams.get('added_after')).not.toBeNull();
      const ids = await storedIds(tg.t, communityHere);
      expect(ids.sort()).toEqual(sent.map((o) => `${o.id}@${o.modified}`).sort());
      expect((await health(kgFeed)).health).toMatchObject({ objectsTotal: 12, rejectedLastRun: 1 });
      const audit = await tg.t.database.db
        .selectFrom('core_audit_entry')
        .select('data')
        .where('action', '=', 'cyber.feed_page_stored')
        .where('target_id', '=', kgFeed)
        .execute();
      expect(audit.map((a) => JSON.stringify(a.data)).join()).toContain('modified');
      const publisher = await tg.t.database.db
        .selectFrom('cyber_object')
        .select(['publisher_state', 'added_by'])
        .where('collection_id', '=', communityHere)
        .distinct()
        .execute();
      expect(publisher).toEqual([{ publisher_state: 'KG', added_by: `feed:${kgFeed}` }]);

      // A server that ignores added_after sends everything again: each version is stored once.
      const [first] = sent;
      await publish(
        'community',
        [{ ...indicator(), id: first!.id, modified: '2026-11-02T10:00:00.000Z' }],
        srcKg,
      );
      wire.ignoreAddedAfter = true;
      await tg.pollAt(60);
      wire.ignoreAddedAfter = false;
      const again = await storedIds(tg.t, communityHere);
      expect(again.length).toBe(13);
      expect(new Set(again).size).toBe(13);
      expect(again).toContain(`${first!.id}@2026-11-02T10:00:00.000Z`);
      expect((await health(kgFeed)).health).toMatchObject({ objectsTotal: 13, objectsLastRun: 1 });
    });

    it('is not polled while paused, and continues from where it stopped once resumed', async () => {
      const paused = await tg.t.app.inject({
        method: 'POST',
        url: `/api/v1/cyber/feeds/${kzFeed}/pause`,
        headers: coordinator,
      });
      expect(paused.statusCode).toBe(200);
      expect(paused.json()).toMatchObject({ status: 'paused', health: { nextPollAt: null } });
      const sent = await publish('cert-kz', [indicator()], srcKz);
      const before = wire.calls.length;
      await tg.pollAt(60);
      expect(
        wire.calls
          .slice(before)
          .some((c) => c.pathname.includes(paused.json<{ remoteCollectionId: string }>().remoteCollectionId)),
      ).toBe(false);
      const resumed = await tg.t.app.inject({
        method: 'POST',
        url: `/api/v1/cyber/feeds/${kzFeed}/resume`,
        headers: coordinator,
      });
      expect(resumed.json()).toMatchObject({ status: 'active' });
      await tg.pollAt(0);
      expect(await storedIds(tg.t, kzCollection)).toContain(`${sent[0]!.id}@${sent[0]!.modified}`);
      const actions = await tg.t.database.db
        .selectFrom('core_audit_entry')
        .select('action')
        .where('target_id', '=', kzFeed)
        .where('action', 'in', ['cyber.feed_created', 'cyber.feed_paused', 'cyber.feed_resumed'])
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'cyber.feed_created',
        'cyber.feed_paused',
        'cyber.feed_resumed',
      ]);
    });

    it('keeps credentials encrypted at rest and out of every answer and audit entry', async () => {
      const row = await feedRow(tg.t, kzFeed);
      expect(row.credentials).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9+/=]+$/);
      const secrets = [sourceToken, PASSWORD_OF_SOURCE];
      const raw = JSON.stringify(await tg.t.database.db.selectFrom('cyber_feed').selectAll().execute());
      const decoded = Buffer.from(row.credentials!.split('.')[2]!, 'base64').toString('latin1');
      const list = await tg.t.app.inject({ method: 'GET', url: '/api/v1/cyber/feeds', headers: coordinator });
      const audit = JSON.stringify(
        await tg.t.database.db
          .selectFrom('core_audit_entry')
          .selectAll()
          .where('action', 'like', 'cyber.feed%')
          .execute(),
      );
      for (const s of secrets) {
        expect(raw).not.toContain(s);
        expect(decoded).not.toContain(s);
        expect(list.body).not.toContain(s);
        expect(audit).not.toContain(s);
      }
      expect(list.body).not.toContain('cert.kg@example.org');
      expect(list.json<{ items: { authKind: string }[] }>().items.map((f) => f.authKind)).toEqual([
        'bearer',
        'basic',
      ]);
    });

    it('changes a feed and its credentials through the API, audited without them', async () => {
      const res = await tg.t.app.inject({
        method: 'PATCH',
        url: `/api/v1/cyber/feeds/${kzFeed}`,
        headers: coordinator,
        payload: { intervalMinutes: 30, credentials: { kind: 'bearer', token: 'a-rotated-token-value' } },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ intervalMinutes: 30, authKind: 'bearer' });
      expect(res.body).not.toContain('a-rotated-token-value');
      const entry = await tg.t.database.db
        .selectFrom('core_audit_entry')
        .select('data')
        .where('action', '=', 'cyber.feed_updated')
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(entry.data)).not.toContain('a-rotated-token-value');
      expect(JSON.stringify(entry.data)).toContain('credentials');
      expect((await feedRow(tg.t, kzFeed)).last_added).not.toBeNull();

      // Another collection of the server: its positions mean nothing there, so the feed starts afresh.
      const moved = await tg.t.app.inject({
        method: 'PATCH',
        url: `/api/v1/cyber/feeds/${kzFeed}`,
        headers: coordinator,
        payload: { remoteCollectionId: await collectionId(src.app, 'community', srcKz) },
      });
      expect(moved.statusCode).toBe(200);
      expect(await feedRow(tg.t, kzFeed)).toMatchObject({
        added_after: null,
        next_token: null,
        last_added: null,
      });
      const invalid = await tg.t.app.inject({
        method: 'PATCH',
        url: `/api/v1/cyber/feeds/${kzFeed}`,
        headers: coordinator,
        payload: { collectionId: await collectionId(tg.t.app, 'cert-kg') },
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().code).toBe('cyber.feed_invalid');
    });
  });

  it('polls a real TAXII server over HTTP with Basic authentication through fetch', async () => {
    const listening = await buildTestApp();
    const pub = await listening.app.inject({
      method: 'POST',
      url: `${ROOT}/collections/${await collectionId(listening.app, 'cert-uz')}/objects/`,
      headers: {
        accept: 'application/taxii+json;version=2.1',
        'content-type': 'application/taxii+json;version=2.1',
        ...basic('cert.uz@example.org'),
      },
      payload: JSON.stringify({ objects: [indicator(), indicator(), indicator()] }),
    });
    expect(pub.statusCode).toBe(202);
    const base = await listening.app.listen({ port: 0, host: '127.0.0.1' });
    const t = await buildTestApp();
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cyber/feeds',
        headers: await bearer(t.app, 'secretariat@example.org'),
        payload: {
          title: 'CERT-UZ',
          apiRootUrl: `${base}/taxii2/exchange/`,
          remoteCollectionId: await collectionId(listening.app, 'cert-uz'),
          stateCode: 'UZ',
          credentials: { kind: 'basic', username: 'cert.uz@example.org', password: PASSWORD_OF_SOURCE },
          intervalMinutes: 5,
        },
      });
      expect(res.statusCode).toBe(201);
      await t.restart();
      const row = await feedRow(t, res.json<{ id: string }>().id);
      expect(row.last_error).toBeNull();
      expect(Number(row.objects_total)).toBe(3);
    } finally {
      await t.close();
      await listening.close();
    }
  });

  describe('keys and permissions', () => {
    let tg: Awaited<ReturnType<typeof target>>;
    const wire = newWire();
    const KEY_A = 'a'.repeat(64);
    const KEY_B = Buffer.alloc(32, 7).toString('base64');
    const body = (over: Record<string, unknown> = {}) => ({
      title: 'A feed',
      apiRootUrl: `${HOST}/taxii2/exchange/`,
      remoteCollectionId: 'c0ffee00-0000-4000-8000-000000000001',
      stateCode: 'KZ',
      credentials: { kind: 'basic', username: 'taxii', password: 'correct horse battery staple' },
      intervalMinutes: 60,
      ...over,
    });
    beforeAll(async () => {
      tg = await target(() => src.app, wire, { CYBER_FEED_KEY: KEY_A });
    });
    afterAll(async () => tg.t.close());

    it('lets only the exchange coordinator and the Secretariat administrator manage feeds', async () => {
      const t = tg.t;
      const before = await snapshotCounts(t.database);
      for (const email of ['cert.kz@example.org', 'coordinator.kz@example.org']) {
        const h = await bearer(t.app, email);
        for (const req of [
          { method: 'GET' as const, url: '/api/v1/cyber/feeds' },
          { method: 'POST' as const, url: '/api/v1/cyber/feeds', payload: body() },
          { method: 'POST' as const, url: '/api/v1/cyber/feeds/anything/pause' },
        ]) {
          const res = await t.app.inject({ ...req, headers: h });
          expect(res.statusCode, `${email} ${req.method} ${req.url}`).toBe(403);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json().code).toBe('auth.forbidden');
        }
      }
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/cyber/feeds' });
      expect(anonymous.statusCode).toBe(401);
      const after = await snapshotCounts(t.database);
      delete before.core_session;
      delete after.core_session;
      expect(after.cyber_feed).toBe(before.cyber_feed);
      const admin = await t.app.inject({
        method: 'GET',
        url: '/api/v1/cyber/feeds',
        headers: await bearer(t.app, 'secretariat@example.org'),
      });
      expect(admin.statusCode).toBe(200);
    });

    it('refuses bad feeds with a problem and changes nothing', async () => {
      const t = tg.t;
      const h = await bearer(t.app, 'cyber.coordinator@example.org');
      const kg = await collectionId(t.app, 'cert-kg');
      const cases: [Record<string, unknown>, number, string][] = [
        [body({ apiRootUrl: 'ftp://x.example/taxii2/' }), 400, 'http.validation_failed'],
        [body({ apiRootUrl: `${HOST}/taxii2/exchange` }), 400, 'http.validation_failed'],
        [body({ apiRootUrl: 'https://user:pw@x.example/taxii2/' }), 400, 'http.validation_failed'],
        [body({ intervalMinutes: 1 }), 400, 'http.validation_failed'],
        [body({ stateCode: 'LK' }), 400, 'cyber.feed_invalid'],
        [body({ collectionId: kg }), 400, 'cyber.feed_invalid'],
      ];
      const before = await snapshotCounts(t.database);
      for (const [payload, status, code] of cases) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/cyber/feeds', headers: h, payload });
        expect(res.statusCode, JSON.stringify(payload)).toBe(status);
        expect(res.json().code).toBe(code);
      }
      expect(await snapshotCounts(t.database)).toEqual(before);
      const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/cyber/feeds/nope', headers: h });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('cyber.feed_not_found');
      const first = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cyber/feeds',
        headers: h,
        payload: body(),
      });
      expect(first.statusCode).toBe(201);
      const twice = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cyber/feeds',
        headers: h,
        payload: body(),
      });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe('cyber.feed_exists');
    });

    it('names a wrong key as such, and makes no request with credentials it cannot read', async () => {
      await tg.pollAt(0);
      const calls = wire.calls.length;
      await tg.t.app.close();
      const config = { ...tg.t.config, cyberFeedKey: KEY_B };
      tg.clock.now += 120 * 60_000;
      tg.t.app = await buildApp(config, {
        database: tg.t.database,
        logger: false,
        modules: tg.t.modules,
        now: () => new Date(tg.clock.now),
      });
      expect(wire.calls.length).toBe(calls);
      const [row] = await tg.t.database.db.selectFrom('cyber_feed').select('last_error').execute();
      expect(row!.last_error).toMatch(
        /encrypted with key [0-9a-f]{8}, but CYBER_FEED_KEY is key [0-9a-f]{8}/,
      );
    });

    it('refuses to start in production without CYBER_FEED_KEY once feeds exist, and refuses a malformed key', async () => {
      await tg.t.app.close();
      const config = { ...tg.t.config, nodeEnv: 'production' as const, demo: false, cyberFeedKey: null };
      await expect(
        buildApp(config, { database: tg.t.database, logger: false, modules: tg.t.modules }),
      ).rejects.toThrow(/CYBER_FEED_KEY: required in production once feeds exist/);
      tg.t.app = await buildApp(tg.t.config, {
        database: tg.t.database,
        logger: false,
        modules: tg.t.modules,
      });
      expect(() => loadConfig({ CYBER_FEED_KEY: 'too-short' })).toThrow(/CYBER_FEED_KEY/);
      expect(() => loadConfig({ CYBER_FEED_KEY: Buffer.alloc(31).toString('base64') })).toThrow(
        /CYBER_FEED_KEY/,
      );
      expect(loadConfig({ CYBER_FEED_KEY: KEY_A }).cyberFeedKey).toBe(KEY_A);
      expect(loadConfig({ CYBER_FEED_KEY: KEY_B }).cyberFeedKey).toBe(KEY_B);
    });
  });
});
