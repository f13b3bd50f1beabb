import { useInfiniteQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchDecisions, type DecisionFilters } from './decisionsApi';

/** Newest first; each page continues after the last decision of the one before. */
export function useDecisions(filters: DecisionFilters) {
  return useInfiniteQuery({
    queryKey: decisionsKeys.list(filters),
    queryFn: ({ pageParam }) => fetchDecisions(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });
}
