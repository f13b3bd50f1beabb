import { useCallback, useMemo } from 'react';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from './useStates';

/** A state's name in the UI language by its code; the code itself until the list has loaded. */
export function useStateNames(): (code: string) => string {
  const states = useStates();
  const localized = useLocalized();
  const byCode = useMemo(() => new Map((states.data ?? []).map((s) => [s.code, s.name])), [states.data]);
  return useCallback(
    (code: string) => {
      const name = byCode.get(code);
      return name ? localized(name) : code;
    },
    [byCode, localized],
  );
}
