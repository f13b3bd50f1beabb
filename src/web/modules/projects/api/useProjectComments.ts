import { useQuery } from '@tanstack/react-query';
import { fetchComments, projectsKeys } from './projectsApi';

export function useProjectComments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: projectsKeys.comments(id),
    queryFn: () => fetchComments(id),
    staleTime: 0,
    enabled,
  });
}
