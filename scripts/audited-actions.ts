/**
 * Every action the server writes to the audit log, read from the source, so that the i18n check can
 * require a readable label for each (`audit:action.<action>` in en, ru and zh-CN) and a module added
 * later cannot audit an action the log page would show as a bare code.
 *
 * An audited action is written where the audit input is built, as `action: 'module.entity_verb'` (a
 * ternary of literals is read too). Shared threads build theirs from the thread's owner and entity
 * (`owner.entity_verb`, the verbs of core/threads). Any other `action:` expression in server code is
 * reported as unresolved: the check cannot know its values, so it fails until it is a literal.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface AuditedActions {
  actions: string[];
  /** `file:line` of `action:` expressions whose values cannot be read. */
  unresolved: string[];
}

const ACTION = /'([a-z]+\.[a-z_]+)'/g;
/** The kernel's own code that handles actions as values, not as what is audited. */
const HANDLES_ACTIONS = new Set(['core/audit/audit.ts', 'core/threads/threads.service.ts']);

function serverFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' || e.name === 'test' ? [] : serverFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

export function findAuditedActions(serverDir: string): AuditedActions {
  const actions = new Set<string>();
  const unresolved: string[] = [];
  const threadVerbs = [
    ...fs
      .readFileSync(path.join(serverDir, 'core/threads/threads.service.ts'), 'utf8')
      .matchAll(/\baction\('([a-z_]+)'\)/g),
  ].map((m) => m[1]!);
  for (const file of serverFiles(serverDir)) {
    const rel = path.relative(serverDir, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.thread.ts')) {
      const owner = /\bowner:\s*'([a-z_]+)'/.exec(text)?.[1];
      const entity = /\bentity:\s*'([a-z_]+)'/.exec(text)?.[1];
      if (owner && entity) for (const verb of threadVerbs) actions.add(`${owner}.${entity}_${verb}`);
      else unresolved.push(`${rel}: a thread without a literal owner and entity`);
    }
    if (HANDLES_ACTIONS.has(rel)) continue;
    text.split('\n').forEach((line, i) => {
      const m = /\baction:\s*(.*)$/.exec(line);
      if (!m || /^\s*(\*|\/\/)/.test(line)) return;
      const literals = [...m[1]!.matchAll(ACTION)].map((l) => l[1]!);
      if (literals.length === 0) unresolved.push(`${rel}:${i + 1}`);
      for (const a of literals) actions.add(a);
    });
  }
  return { actions: [...actions].sort(), unresolved };
}
