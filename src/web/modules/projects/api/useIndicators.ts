import { useQuery } from '@tanstack/react-query';
import { fetchIndicators, projectsKeys } from './projectsApi';

export function useIndicators(id: string) {
  return useQuery({ queryKey: projectsKeys.indicators(id), queryFn: () => fetchIndicators(id) });
}
