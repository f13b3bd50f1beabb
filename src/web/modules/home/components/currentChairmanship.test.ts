import { describe, expect, it } from 'vitest';
import type { ChairmanshipDto } from '../../../../contracts/states';
import { currentChairmanship } from './currentChairmanship';

const source = { url: null, confidence: 'confirmed' as const, note: null, noteLocalized: null };
const chair = (state: string, from: string, to: string | null): ChairmanshipDto => ({
  state,
  from,
  to,
  summit: null,
  summitLocalized: null,
  source,
});

describe('currentChairmanship', () => {
  const history = [
    chair('KZ', '2023-07', '2024-07'),
    chair('CN', '2024-07', '2025-09'),
    chair('KG', '2025-09', '2026'),
  ];

  it('picks the latest chairmanship that has begun', () => {
    expect(currentChairmanship(history, '2025-01-10')?.state).toBe('CN');
    expect(currentChairmanship(history, '2025-10-01')?.state).toBe('KG');
  });

  it('keeps a chairmanship given by year in office until that year ends, even when the next one is announced', () => {
    const announced = [...history, chair('PK', '2026', '2027')];
    expect(currentChairmanship(announced, '2026-11-26')?.state).toBe('KG');
    expect(currentChairmanship(announced, '2027-01-05')?.state).toBe('PK');
  });

  it('takes an open-ended chairmanship once it has begun', () => {
    expect(
      currentChairmanship([...history.slice(0, 2), chair('KG', '2025-09', null)], '2026-03-01')?.state,
    ).toBe('KG');
  });

  it('returns nothing when there is no chairmanship at all', () => {
    expect(currentChairmanship([], '2025-10-01')).toBeUndefined();
  });
});
