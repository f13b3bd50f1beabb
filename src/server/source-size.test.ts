import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * House style: a source file past ~400 lines splits by entity (`position.service.ts`). The soft limit is
 * for people; this holds the hard one, 450 lines, for every non-test file under src/ (server, web and
 * contracts), so a file cannot grow past it unnoticed.
 */
export const MAX_LINES = 450;

const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Lines as `wc -l` counts them: a last line without a newline still counts. */
export function lineCount(source: string): number {
  if (source === '') return 0;
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

/** The files longer than `max` lines, as `path: lines`. */
export function oversized(files: { path: string; source: string }[], max: number): string[] {
  return files.filter((f) => lineCount(f.source) > max).map((f) => `${f.path}: ${lineCount(f.source)}`);
}

describe('source file size', () => {
  it('counts lines as wc -l does and reports what passes the limit', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    const files = [
      { path: 'short.ts', source: 'x\n'.repeat(3) },
      { path: 'exact.ts', source: 'x\n'.repeat(4) },
      { path: 'long.ts', source: 'x\n'.repeat(5) },
    ];
    expect(oversized(files, 4)).toEqual(['long.ts: 5']);
  });

  it(`keeps every non-test source file under src/ within ${MAX_LINES} lines`, () => {
    const files = sourceFiles(SRC_DIR).map((f) => ({
      path: path.relative(SRC_DIR, f),
      source: fs.readFileSync(f, 'utf8'),
    }));
    expect(files.some((f) => f.path.endsWith(path.join('server', 'app.ts')))).toBe(true);
    expect(files.some((f) => f.path.endsWith('.tsx'))).toBe(true);
    expect(oversized(files, MAX_LINES)).toEqual([]);
  });
});
