import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchProjects, projectsKeys, type ProjectFilters } from './projectsApi';

/** Newest first; each page continues after the last project of the one before. */
export function useProjects(filters: ProjectFilters) {
  return useInfiniteQuery({
    queryKey: projectsKeys.list(filters),
    queryFn: ({ pageParam }) => fetchProjects(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });
}
