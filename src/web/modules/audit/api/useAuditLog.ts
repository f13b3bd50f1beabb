import { useInfiniteQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditPage } from './auditApi';

/** Newest first; each page continues below the oldest entry of the one before. */
export function useAuditLog(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(),
    queryFn: ({ pageParam }) => fetchAuditPage(pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq,
    enabled,
    staleTime: 0,
  });
}
