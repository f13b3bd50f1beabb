import { useCallback, useMemo } from 'react';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

/**
 * A country's name in the reader's language. The network reaches states the platform does not list
 * (Poland, the Netherlands); those are named by the browser's own region names rather than by code.
 */
export function useCountryName(): (code: string) => string {
  const stateName = useStateNames();
  const { intl } = useLanguage();
  const regions = useMemo(() => new Intl.DisplayNames([intl], { type: 'region' }), [intl]);
  return useCallback(
    (code: string) => {
      const name = stateName(code);
      return name !== code ? name : (regions.of(code) ?? code);
    },
    [stateName, regions],
  );
}
