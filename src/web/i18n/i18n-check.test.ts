// @vitest-environment node
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Runs scripts/i18n-check.ts against a copy of the catalogs with one Russian key removed. */
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  fs.cpSync(path.join(ROOT, 'src/web/i18n/locales'), dir, { recursive: true });
  const file = path.join(dir, 'ru/states.json');
  const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  delete catalog.nav;
  fs.writeFileSync(file, JSON.stringify(catalog));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the i18n check', () => {
  it('fails on a key missing in one language, named by namespace, key and language', async () => {
    const result = await run('npx', ['tsx', 'scripts/i18n-check.ts'], {
      cwd: ROOT,
      env: { ...process.env, I18N_LOCALES_DIR: dir },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('states:nav: missing in ru');
  }, 120_000);
});
