import { describe, expect, it } from 'vitest';
import { formatFileSize, shortHash } from './files';

describe('formatFileSize', () => {
  it('writes a size in the largest unit that keeps it at or above one', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(12_345, 'en')).toBe('12 kB');
    expect(formatFileSize(1_400_000, 'en')).toBe('1.4 MB');
  });

  it('writes the number and unit the way the UI language does', () => {
    expect(formatFileSize(1_400_000, 'ru')).toBe('1,4 МБ');
  });
});

describe('shortHash', () => {
  it('keeps the first twelve characters of a digest', () => {
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
    expect(shortHash('abc')).toBe('abc');
  });
});
