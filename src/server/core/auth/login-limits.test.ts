import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../db/database';
import type { App } from '../module';
import { buildTestApp, DEMO_PASSWORD, type TestApp } from '../../test/harness';
import { LOGIN_LIMITS } from './login-limits';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (
  email: string,
  password: string,
  remoteAddress = '10.0.0.1',
  app: App = t.app,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress,
    headers,
  });

describe('login limits', () => {
  it('refuses an address for an account after repeated wrong passwords, even with the right one', async () => {
    const email = 'coordinator.tj@example.org';
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++)
      expect((await login(email, `wrong-${i}`, '10.1.1.1')).statusCode).toBe(401);
    const blocked = await login(email, DEMO_PASSWORD, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json().code).toBe('auth.too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The owner signing in from elsewhere is not locked out by someone guessing from one address.
    expect((await login(email, DEMO_PASSWORD, '10.2.2.2')).statusCode).toBe(200);
  });

  it('checks at most the limit of 40 simultaneous wrong passwords, across processes on one database', async () => {
    const email = 'coordinator.kg@example.org';
    // A second platform on the same database stands for a second process; SQLite serves one process only.
    const other =
      t.kind === 'postgres'
        ? await buildApp(t.config, {
            database: openDatabase(t.config.databaseUrl),
            logger: false,
            prepare: false,
            background: false,
          })
        : t.app;
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(email, `wrong-${i}`, '10.5.5.5', i % 2 ? other : t.app)),
      );
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((c) => c === 401)).toHaveLength(LOGIN_LIMITS.perAccountFromAddress);
      expect(codes.filter((c) => c === 429)).toHaveLength(40 - LOGIN_LIMITS.perAccountFromAddress);
    } finally {
      if (other !== t.app) {
        await other.close();
        await other.kernel.db.destroy();
      }
    }
  });

  it('refuses an address that tries one password on each of many accounts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 30; i++)
      codes.push((await login(`guess-${i}@example.org`, 'x', '10.6.6.6')).statusCode);
    expect(codes.slice(0, LOGIN_LIMITS.perAddress)).toEqual(Array(LOGIN_LIMITS.perAddress).fill(401));
    expect(codes.slice(LOGIN_LIMITS.perAddress)).toEqual(Array(30 - LOGIN_LIMITS.perAddress).fill(429));
    // Another address is not affected.
    expect((await login('coordinator.cn@example.org', DEMO_PASSWORD, '10.6.6.7')).statusCode).toBe(200);
  });

  it('never locks the right password out because of failures from other addresses', async () => {
    const email = 'coordinator.uz@example.org';
    for (let i = 0; i < LOGIN_LIMITS.slowAccountAfter + 2; i++)
      expect((await login(email, `wrong-${i}`, `10.3.${i}.1`)).statusCode).toBe(401);
    expect((await login(email, DEMO_PASSWORD, '10.4.4.4')).statusCode).toBe(200);
  });

  it('gives back the tries of a right password, so that signing in often is never refused', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAddress + 5; i++)
      expect((await login('coordinator.in@example.org', DEMO_PASSWORD, '10.8.8.8')).statusCode).toBe(200);
  });
});

describe('behind a proxy', () => {
  it('trusts only the proxy hop: a forged X-Forwarded-For is not a new address', async () => {
    const behind = await buildTestApp({ TRUST_PROXY: 'true' });
    try {
      const email = 'coordinator.pk@example.org';
      // The proxy (10.0.0.2) appends the client it saw; what the client wrote before that is not believed.
      const via = (forged: string, client: string) => ({ 'x-forwarded-for': `${forged}, ${client}` });
      for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++)
        expect(
          (await login(email, 'wrong', '10.0.0.2', behind.app, via(`198.51.100.${i}`, '203.0.113.7')))
            .statusCode,
        ).toBe(401);
      const forged = await login(email, 'wrong', '10.0.0.2', behind.app, via('198.51.100.99', '203.0.113.7'));
      expect(forged.statusCode).toBe(429);
      // The owner, another client of the same proxy, still signs in.
      const owner = await login(email, DEMO_PASSWORD, '10.0.0.2', behind.app, via('', '203.0.113.8'));
      expect(owner.statusCode).toBe(200);
    } finally {
      await behind.close();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a listed proxy', async () => {
    const listed = await buildTestApp({ TRUST_PROXY: '10.0.0.2' });
    try {
      const email = 'coordinator.ru@example.org';
      for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++) {
        const res = await login(email, 'wrong', '10.0.0.3', listed.app, {
          'x-forwarded-for': `198.51.100.${i}`,
        });
        expect(res.statusCode).toBe(401);
      }
      expect((await login(email, DEMO_PASSWORD, '10.0.0.3', listed.app)).statusCode).toBe(429);
    } finally {
      await listed.close();
    }
  });
});
