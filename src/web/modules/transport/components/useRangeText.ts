import { useCallback } from 'react';
import { useLanguage } from '../../../ui/useLanguage';

/** A range as the reader writes numbers: one value when both ends agree, else "min–max". */
export function useRangeText(): (range: { min: number; max: number }, digits?: number) => string {
  const { intl } = useLanguage();
  return useCallback(
    ({ min, max }, digits = 0) => {
      const f = new Intl.NumberFormat(intl, { maximumFractionDigits: digits });
      const a = f.format(min);
      const b = f.format(max);
      return a === b ? a : `${a}–${b}`;
    },
    [intl],
  );
}
