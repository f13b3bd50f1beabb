import { useInfiniteQuery } from '@tanstack/react-query';
import { documentsKeys, fetchDocuments, searchDocuments, type DocumentFilters } from './documentsApi';

/**
 * Newest first, a page at a time, when browsing; the best matches at once when searching (the
 * search has no pages, so there is no next one).
 */
export function useDocuments(filters: DocumentFilters) {
  return useInfiniteQuery({
    queryKey: documentsKeys.list(filters),
    queryFn: ({ pageParam }) => (filters.q ? searchDocuments(filters) : fetchDocuments(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
}
