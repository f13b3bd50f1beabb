import { defineConfig } from 'vitest/config';

/**
 * Server tests run twice, once per engine: `server-sqlite` on in-memory SQLite and `server-postgres`
 * on a throwaway PostgreSQL started by the global setup. Browser tests drive Debian's Chromium against
 * the built web app.
 */
const serverInclude = ['src/server/**/*.test.ts', 'src/contracts/**/*.test.ts'];
// Server test files share their worker's module cache (ADR 0101): importing the whole platform afresh for
// each file cost more than the tests themselves. Tests therefore leave no global state behind.
// The timeout is generous because the matrix and the OpenAPI example checks grow with every operation,
// and on a loaded 2-core machine they took over 30 s; a test that hangs still fails.
const shared = { isolate: false, testTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server-sqlite',
          include: serverInclude,
          ...shared,
          environment: 'node',
          provide: { dbKind: 'sqlite' },
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: serverInclude,
          ...shared,
          environment: 'node',
          globalSetup: ['src/server/test/postgres.global-setup.ts'],
          provide: { dbKind: 'postgres' },
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
