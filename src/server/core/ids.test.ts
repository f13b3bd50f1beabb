import { validate, version } from 'uuid';
import { describe, expect, it, vi } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('makes valid, unique, strictly increasing UUIDv7s, also many within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
  });

  it('carries the current time in its first 48 bits', async () => {
    // A fresh generator: ids stay increasing after a test moved the clock ahead, and test files share modules.
    vi.resetModules();
    const fresh = (await import('./ids')).newId;
    const before = Date.now();
    const ms = parseInt(fresh().replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });
});
