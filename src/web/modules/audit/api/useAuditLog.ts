import { useInfiniteQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditPage, type AuditFilters } from './auditApi';

/** Newest first; each page continues below the oldest entry of the one before. */
export function useAuditLog(filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam }) => fetchAuditPage(filters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq,
    enabled,
    staleTime: 0,
  });
}
