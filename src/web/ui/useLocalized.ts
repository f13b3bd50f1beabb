import { useCallback } from 'react';
import type { Localized } from '../../contracts/common';
import { localized } from './localized';
import { useLanguage } from './useLanguage';

export function useLocalized(): (value: Localized) => string {
  const { code } = useLanguage();
  return useCallback((value: Localized) => localized(value, code), [code]);
}
