import { useCallback, useMemo } from 'react';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies } from './useBodies';

/** An SCO body's name in the UI language by its code; the code itself until the list has loaded. */
export function useBodyNames(): (code: string) => string {
  const bodies = useBodies();
  const localized = useLocalized();
  const byCode = useMemo(() => new Map((bodies.data ?? []).map((b) => [b.code, b.name])), [bodies.data]);
  return useCallback(
    (code: string) => {
      const name = byCode.get(code);
      return name ? localized(name) : code;
    },
    [byCode, localized],
  );
}
