import { describe, expect, it } from 'vitest';
import { addMonths, isMonth, monthGrid, spansDay } from './monthGrid';

describe('monthGrid', () => {
  it('lays out July 2024 in five weeks from Monday 1 July to Sunday 4 August', () => {
    const weeks = monthGrid('2024-07');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2024-07-01', day: 1, inMonth: true });
    expect(weeks[4]![6]).toEqual({ date: '2024-08-04', day: 4, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('pads the first week with the end of the month before', () => {
    const weeks = monthGrid('2025-09'); // 1 September 2025 is a Monday
    expect(weeks[0]![0]!.date).toBe('2025-09-01');
    const june = monthGrid('2024-06'); // 1 June 2024 is a Saturday
    expect(june[0]!.map((d) => d.date)).toEqual([
      '2024-05-27',
      '2024-05-28',
      '2024-05-29',
      '2024-05-30',
      '2024-05-31',
      '2024-06-01',
      '2024-06-02',
    ]);
    expect(june).toHaveLength(5);
  });

  it('needs six weeks for a month that starts on a Sunday and has 31 days', () => {
    expect(monthGrid('2024-12')).toHaveLength(6);
    expect(monthGrid('2021-02')).toHaveLength(4); // 28 days from a Monday
  });

  it('knows 29 February in a leap year', () => {
    expect(
      monthGrid('2024-02')
        .flat()
        .filter((d) => d.inMonth)
        .at(-1)!.date,
    ).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-07', 0)).toBe('2024-07');
  });
});

describe('isMonth', () => {
  it('accepts YYYY-MM with a real month only', () => {
    expect(isMonth('2024-07')).toBe(true);
    expect(isMonth('2024-13')).toBe(false);
    expect(isMonth('2024-7')).toBe(false);
    expect(isMonth(202407)).toBe(false);
  });
});

describe('spansDay', () => {
  it('puts a two-day summit on both of its days and no other', () => {
    const astana = { startDate: '2024-07-03', endDate: '2024-07-04' };
    expect(spansDay(astana, '2024-07-03')).toBe(true);
    expect(spansDay(astana, '2024-07-04')).toBe(true);
    expect(spansDay(astana, '2024-07-05')).toBe(false);
    expect(spansDay(astana, '2024-07-02')).toBe(false);
  });
});
