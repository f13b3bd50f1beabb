import { useCallback, useMemo } from 'react';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

/**
 * A country's name in the UI language by its ISO 3166 code: the platform's own name for the SCO's
 * states, the browser's (Intl.DisplayNames) for any other, the code itself when neither knows it.
 */
export function useCountryNames(): (code: string) => string {
  const stateName = useStateNames();
  const { intl } = useLanguage();
  const regions = useMemo(() => {
    try {
      return new Intl.DisplayNames(intl, { type: 'region', fallback: 'none' });
    } catch {
      return null;
    }
  }, [intl]);
  return useCallback(
    (code: string) => {
      const state = stateName(code);
      if (state !== code) return state;
      try {
        return regions?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    [stateName, regions],
  );
}
