import { useQuery } from '@tanstack/react-query';
import { fetchMilestones, projectsKeys } from './projectsApi';

export function useMilestones(id: string) {
  return useQuery({ queryKey: projectsKeys.milestones(id), queryFn: () => fetchMilestones(id) });
}
