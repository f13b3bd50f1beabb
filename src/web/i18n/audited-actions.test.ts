// @vitest-environment node
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAuditedActions } from '../../../scripts/audited-actions';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audited-actions-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

describe('the audited actions read from the server source', () => {
  it("finds a new module's actions, its thread's actions, and refuses one it cannot read", () => {
    write(
      'server/core/threads/threads.service.ts',
      "const a = action('added');\nconst b = action('hidden');\n",
    );
    write(
      'server/modules/grain/grain.service.ts',
      [
        "await deps.audit.record(trx, actor, { action: 'grain.quota_set', targetType: 'quota' });",
        "const x = { action: ok ? 'grain.quota_met' : 'grain.quota_missed' };",
        'const y = { action: `grain.${verb}` };',
      ].join('\n'),
    );
    write('server/modules/grain/grain.thread.ts', "defineThread({ owner: 'grain', entity: 'note' });\n");
    write('server/modules/grain/grain.service.test.ts', "const z = { action: 'grain.in_a_test' };\n");
    const found = findAuditedActions(path.join(dir, 'server'));
    expect(found.actions).toEqual([
      'grain.note_added',
      'grain.note_hidden',
      'grain.quota_met',
      'grain.quota_missed',
      'grain.quota_set',
    ]);
    expect(found.unresolved).toEqual(['modules/grain/grain.service.ts:3']);
  });

  it('finds every action the platform audits today, each readable', () => {
    const found = findAuditedActions(path.join(ROOT, 'src/server'));
    expect(found.unresolved).toEqual([]);
    expect(found.actions).toContain('decisions.position_recorded');
    expect(found.actions).toContain('decisions.comment_added');
    expect(found.actions).toContain('transport.node_created');
  });

  it('makes the i18n check fail when an audited action has no label', async () => {
    const locales = path.join(dir, 'locales');
    fs.cpSync(path.join(ROOT, 'src/web/i18n/locales'), locales, { recursive: true });
    for (const language of ['en', 'ru', 'zh-CN']) {
      const file = path.join(locales, language, 'audit.json');
      const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      delete catalog['action.decisions.position_recorded'];
      fs.writeFileSync(file, JSON.stringify(catalog));
    }
    const result = await run('npx', ['tsx', 'scripts/i18n-check.ts'], {
      cwd: ROOT,
      env: { ...process.env, I18N_LOCALES_DIR: locales },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('audit:action.decisions.position_recorded: missing');
  }, 120_000);
});
