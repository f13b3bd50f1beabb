import { useQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchDecision } from './decisionsApi';

/** Positions arrive while the page is open; a minute-old matrix would mislead. */
export function useDecision(id: string) {
  return useQuery({
    queryKey: decisionsKeys.detail(id),
    queryFn: () => fetchDecision(id),
    staleTime: 0,
    refetchInterval: 60_000,
  });
}
