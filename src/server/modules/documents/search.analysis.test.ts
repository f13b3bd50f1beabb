import { describe, expect, it } from 'vitest';
import { ftsContent, ftsQuery } from './search.analysis';

describe('search analysis', () => {
  it('reduces Russian and English words to the same stem whatever their form', () => {
    expect(ftsContent(['Стратегия энергетического сотрудничества'])).toBe(
      ftsContent(['стратегии энергетического сотрудничеству']),
    );
    expect(ftsQuery('strategies')).toBe(ftsQuery('Strategy'));
  });

  it('indexes Chinese character by character and searches a term as a phrase', () => {
    expect(ftsContent(['能源合作'])).toBe('能 源 合 作');
    expect(ftsQuery('能源')).toBe('"能 源"');
  });

  it('leaves no query syntax through', () => {
    expect(ftsQuery('energy" OR *')).toBe('"energi" AND "or"');
    expect(ftsQuery('***')).toBeNull();
  });
});
