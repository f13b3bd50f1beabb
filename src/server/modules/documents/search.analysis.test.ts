import { describe, expect, it } from 'vitest';
import { ftsContent, ftsQuery, queryTerm } from './search.analysis';

describe('search analysis', () => {
  it('reduces Russian and English words to the same stem whatever their form', () => {
    expect(ftsContent(['Стратегия энергетического сотрудничества'])).toBe(
      ftsContent(['стратегии энергетического сотрудничеству']),
    );
    expect(ftsQuery('strategies')).toBe(ftsQuery('Strategy'));
  });

  it('cuts a Russian query word to the root its derived words share and searches it as a prefix', () => {
    for (const w of ['энергетика', 'энергетического', 'энергет', 'Энергетике'])
      expect(queryTerm(w)).toEqual({ text: 'энергет', prefix: true });
    expect(queryTerm('транспортный')).toEqual({ text: 'транспорт', prefix: true });
    expect(ftsQuery('энергетика 2030')).toBe('"энергет"* AND "2030"');
  });

  it('keeps short Russian words and English words whole', () => {
    expect(queryTerm('мир')).toEqual({ text: 'мир', prefix: false });
    expect(queryTerm('energy')).toEqual({ text: 'energi', prefix: false });
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
