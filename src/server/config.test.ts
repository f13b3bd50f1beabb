import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('starts on port 3000 with an embedded SQLite database under ./data by default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseKind: 'sqlite',
      databaseUrl: 'sqlite:./data/sco.sqlite',
      demo: true,
    });
    expect(c.demoPassword).toBe('demo-password');
  });

  it('recognises a PostgreSQL URL and never enables demo content in production', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', NODE_ENV: 'production' });
    expect(c.databaseKind).toBe('postgres');
    expect(c.demo).toBe(false);
  });

  it('reports every wrong variable at once, each by name', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', DEMO_PASSWORD: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'NODE_ENV', 'DEMO_PASSWORD'])
      expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('replays idempotent answers for 24 hours unless told otherwise, in whole hours only', () => {
    expect(loadConfig({}).idempotencyTtlHours).toBe(24);
    expect(loadConfig({ IDEMPOTENCY_TTL_HOURS: '48' }).idempotencyTtlHours).toBe(48);
    for (const bad of ['0', '1.5', 'a day', '9000']) {
      expect(() => loadConfig({ IDEMPOTENCY_TTL_HOURS: bad }), bad).toThrow(/IDEMPOTENCY_TTL_HOURS/);
    }
  });

  it('runs several processes only on PostgreSQL, and one by default', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', WORKERS: '4' }).workers).toBe(4);
    expect(() => loadConfig({ WORKERS: '4' })).toThrow(/WORKERS: several processes need PostgreSQL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', WORKERS: '0' })).toThrow(/WORKERS/);
  });

  it('trusts only the configured proxy hops: true is the one proxy in front, never the whole chain', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
    for (const bad of ['yes', '10.0.0.300', '10.0.0.0/33', '-1'])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });

  it('limits anonymous callers and sheds load by default, except under NODE_ENV=test', () => {
    expect(loadConfig({})).toMatchObject({ anonRateLimit: 600, maxEventLoopDelayMs: 100, maxInFlight: 100 });
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
      anonRateLimit: 0,
      maxEventLoopDelayMs: 0,
      maxInFlight: 0,
    });
    expect(loadConfig({ NODE_ENV: 'test', MAX_IN_FLIGHT: '5' }).maxInFlight).toBe(5);
  });
});
