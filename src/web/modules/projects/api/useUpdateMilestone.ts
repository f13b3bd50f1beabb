import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { projectsKeys, updateMilestone, type MilestoneUpdate } from './projectsApi';

export interface MilestoneChange {
  milestoneId: string;
  body: MilestoneUpdate;
}

export function useUpdateMilestone(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ milestoneId, body }: MilestoneChange) => updateMilestone(id, milestoneId, body, csrfToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.milestones(id) }),
  });
}
