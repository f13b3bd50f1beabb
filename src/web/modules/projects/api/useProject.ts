import { useQuery } from '@tanstack/react-query';
import { fetchProject, projectsKeys } from './projectsApi';

/** Stages move and interest arrives while the page is open; a stale file would mislead. */
export function useProject(id: string) {
  return useQuery({ queryKey: projectsKeys.detail(id), queryFn: () => fetchProject(id), staleTime: 0 });
}
