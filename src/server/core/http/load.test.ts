import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';
import { watchEventLoop } from './load';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('expensive public answers', () => {
  it('are cached for anonymous callers and revalidated with ETag and Last-Modified', async () => {
    const first = await t.app.inject('/api/v1/calendar.ics');
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const again = await t.app.inject('/api/v1/calendar.ics');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(etag);
    const byTag = await t.app.inject({ url: '/api/v1/calendar.ics', headers: { 'if-none-match': etag } });
    expect(byTag.statusCode).toBe(304);
    expect(byTag.body).toBe('');
    const byDate = await t.app.inject({
      url: '/api/v1/calendar.ics',
      headers: { 'if-modified-since': String(first.headers['last-modified']) },
    });
    expect(byDate.statusCode).toBe(304);
    const changed = await t.app.inject({
      url: '/api/v1/calendar.ics',
      headers: { 'if-none-match': '"other"' },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('are rendered afresh, and kept by no cache, for a signed-in caller', async () => {
    const res = await t.app.inject({
      url: '/api/v1/calendar.ics',
      headers: await bearer(t.app, 'coordinator.kz@example.org'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('anonymous callers', () => {
  it('are limited per address with a 429 problem and Retry-After; others and health are not', async () => {
    const limited = await buildTestApp({ ANON_RATE_LIMIT: '5' });
    try {
      const from = (remoteAddress: string, url = '/api/v1/states') =>
        limited.app.inject({ url, remoteAddress });
      for (let i = 0; i < 5; i++) expect((await from('10.9.0.1')).statusCode).toBe(200);
      const refused = await from('10.9.0.1');
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('http.rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await from('10.9.0.2')).statusCode).toBe(200);
      expect((await from('10.9.0.1', '/api/v1/health')).statusCode).toBe(200);
      const signedIn = await bearer(limited.app, 'coordinator.kz@example.org');
      const res = await limited.app.inject({
        url: '/api/v1/states',
        remoteAddress: '10.9.0.1',
        headers: signedIn,
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After while the event loop is late, and health still answers', async () => {
    let delay = 0;
    const shed = await buildTestApp({ MAX_EVENT_LOOP_DELAY_MS: '200' }, { eventLoopDelay: () => delay });
    try {
      expect((await shed.app.inject('/api/v1/states')).statusCode).toBe(200);
      delay = 1500;
      const busy = await shed.app.inject('/api/v1/states');
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['content-type']).toContain('application/problem+json');
      expect(busy.json().code).toBe('http.overloaded');
      expect(busy.headers['retry-after']).toBe('2');
      expect((await shed.app.inject('/api/v1/health')).statusCode).toBe(200);
      const taxii = await shed.app.inject({
        url: '/taxii2/',
        headers: { accept: 'application/taxii+json;version=2.1' },
      });
      expect(taxii.statusCode).toBe(503);
      expect(taxii.headers['content-type']).toContain('application/taxii+json');
      delay = 0;
      expect((await shed.app.inject('/api/v1/states')).statusCode).toBe(200);
    } finally {
      await shed.close();
    }
  });
});

describe('requests in flight', () => {
  it('past the cap are shed with a 503, and the cap frees up as answers go out', async () => {
    const capped = await buildTestApp({ MAX_IN_FLIGHT: '1' }, { eventLoopDelay: () => 0 });
    try {
      const codes = (
        await Promise.all(Array.from({ length: 6 }, () => capped.app.inject('/api/v1/decisions')))
      ).map((r) => r.statusCode);
      expect(codes).toContain(200);
      expect(codes).toContain(503);
      for (let i = 0; i < 3; i++) expect((await capped.app.inject('/api/v1/decisions')).statusCode).toBe(200);
    } finally {
      await capped.close();
    }
  });
});

describe('queries waiting for a database connection', () => {
  it('past the cap shed new requests with a 503; health still answers', async () => {
    const capped = await buildTestApp({ MAX_DB_WAITING: '4' }, { eventLoopDelay: () => 0 });
    let waiting = 0;
    capped.database.waiting = () => waiting;
    try {
      expect((await capped.app.inject('/api/v1/states')).statusCode).toBe(200);
      waiting = 5;
      const busy = await capped.app.inject('/api/v1/states');
      expect(busy.statusCode).toBe(503);
      expect(busy.json().code).toBe('http.overloaded');
      expect(busy.headers['retry-after']).toBe('1');
      expect((await capped.app.inject('/api/v1/health')).statusCode).toBe(200);
      waiting = 4;
      expect((await capped.app.inject('/api/v1/states')).statusCode).toBe(200);
    } finally {
      await capped.close();
    }
  });
});

describe('the event-loop watch', () => {
  it('counts a turn that runs on without yielding as delay, and forgets it on reset', () => {
    const watch = watchEventLoop();
    try {
      const start = performance.now();
      // Synchronous work: no timer can fire until it ends, however busy the machine is.
      while (performance.now() - start < 150);
      expect(watch.delayMs()).toBeGreaterThanOrEqual(130);
      watch.reset();
      expect(watch.delayMs()).toBeLessThan(130);
    } finally {
      watch.stop();
    }
  });
});
