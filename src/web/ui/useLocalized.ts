import { useCallback, useMemo } from 'react';
import type { Localized } from '../../contracts/common';
import { localized } from './localized';
import { useLanguage } from './useLanguage';

export function useLocalized(): (value: Localized) => string {
  const { code } = useLanguage();
  return useCallback((value: Localized) => localized(value, code), [code]);
}

/**
 * Items with a translated name (states, bodies) sorted by that name in the UI language, the way a
 * reader looks for them in a picker: by Intl.Collator, not by code.
 */
export function useSortedByName<T extends { name: Localized }>(items: readonly T[]): T[] {
  const { code, intl } = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(intl);
    return [...items].sort((a, b) => collator.compare(localized(a.name, code), localized(b.name, code)));
  }, [items, code, intl]);
}
