import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { storeProject, withdrawInterest } from './projectsApi';

export function useWithdrawInterest(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (state: string) => withdrawInterest(id, state, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
