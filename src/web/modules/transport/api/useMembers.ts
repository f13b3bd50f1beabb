import { useMemo } from 'react';
import { usePartners } from './transportApi';

/** The nodes that are members of the partnership network. */
export function useMembers(): ReadonlySet<string> {
  const partners = usePartners();
  return useMemo(
    () => new Set((partners.data ?? []).filter((p) => p.status === 'member').map((p) => p.node)),
    [partners.data],
  );
}
