import { describe, expect, it } from 'vitest';
import { draftFromSearch, searchFromDraft } from './plannerDraft';

describe('the planner form and the address bar', () => {
  it('reads back what it wrote', () => {
    const search = {
      from: 'xian',
      to: 'baku',
      criterion: 'pareto' as const,
      avoid: 'RU,ferry,aktau',
      include: 'planned' as const,
      cargo: '2teu',
      tonnesPerTeu: 14,
    };
    expect(searchFromDraft(draftFromSearch(search))).toEqual(search);
  });

  it('sorts what to avoid into countries, modes and nodes', () => {
    const d = draftFromSearch({ avoid: 'RU,ferry,aktau' });
    expect([d.avoidCountries, d.avoidModes, d.avoidNodes]).toEqual([['RU'], ['ferry'], ['aktau']]);
  });

  it('sends a wrong cargo amount as typed, for the server to name', () => {
    const d = { ...draftFromSearch({ from: 'a', to: 'b' }), cargoAmount: 'lots' };
    expect(searchFromDraft(d).cargo).toBe('lotst');
  });
});
