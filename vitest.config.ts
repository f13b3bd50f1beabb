import { defineConfig } from 'vitest/config';

/**
 * Server tests run twice, once per engine: `server-sqlite` on in-memory SQLite and `server-postgres`
 * on a throwaway PostgreSQL started by the global setup. Browser tests drive Debian's Chromium against
 * the built web app.
 */
const serverInclude = ['src/server/**/*.test.ts', 'src/contracts/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server-sqlite',
          include: serverInclude,
          environment: 'node',
          provide: { dbKind: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: serverInclude,
          environment: 'node',
          globalSetup: ['src/server/test/postgres.global-setup.ts'],
          provide: { dbKind: 'postgres' },
          testTimeout: 30_000,
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
