import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modules } from './index';

/**
 * A module's manifest says which modules it depends on; the boot order and the cycle check trust it.
 * This reads every module's runtime files (tests excluded: a test may set up another module's data) and
 * holds the manifest to what the code does, both ways. A module depends on the modules it imports and
 * on those whose events it handles (`events.on('decisions.decision_closed', …)`: the payload's type is
 * the other module's, merged into PlatformEvents).
 */
const MODULES_DIR = path.dirname(fileURLToPath(import.meta.url));

function runtimeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return runtimeFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier: static imports and re-exports (type-only ones too) and dynamic imports. */
export function importSpecifiers(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((m) => m[1]!);
}

/** The modules whose events a file handles. */
export function handledEventModules(source: string): string[] {
  return [...source.matchAll(/\bevents\.on\(\s*['"]([a-z_]+)\.[a-z_]+['"]/g)].map((m) => m[1]!);
}

/** The other modules a module's files import or handle events of, by name. */
function usedModules(name: string): Set<string> {
  const own = path.join(MODULES_DIR, name);
  const found = new Set<string>();
  for (const file of runtimeFiles(own)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const other of handledEventModules(source)) if (other !== name) found.add(other);
    for (const spec of importSpecifiers(source)) {
      if (!spec.startsWith('.')) continue;
      const rel = path.relative(MODULES_DIR, path.resolve(path.dirname(file), spec));
      const [target] = rel.split(path.sep);
      if (!rel.startsWith('..') && target && target !== name && target !== 'index.ts') found.add(target);
    }
  }
  return found;
}

describe('module dependencies', () => {
  it('reads imports of every form', () => {
    const source = [
      "import { a } from '../states';",
      "import type { B } from '../users/index';",
      "export { c } from '../decisions';",
      "import {\n  d,\n  e,\n} from '../plans';",
      "const f = await import('../finance');",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual([
      '../decisions',
      '../finance',
      '../plans',
      '../states',
      '../users/index',
    ]);
  });

  it("reads which modules' events a module handles", () => {
    const source =
      "kernel.events.on('decisions.decision_closed', (e) => notify(e));\nkernel.events.on(\n  'plans.reminders_requested', f);";
    expect(handledEventModules(source)).toEqual(['decisions', 'plans']);
  });

  for (const m of modules) {
    it(`${m.name} declares in dependsOn exactly the modules it imports or handles events of`, () => {
      expect([...usedModules(m.name)].sort()).toEqual([...m.dependsOn].sort());
    });
  }
});
