import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { addMilestone, projectsKeys, type Keyed, type NewMilestone } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

export function useAddMilestone(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (milestone: Keyed<NewMilestone>) => addMilestone(id, milestone, csrfToken),
    retry: resendLostWrite,
    // Refetched rather than inserted: the server orders milestones by due date.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.milestones(id) }),
  });
}
