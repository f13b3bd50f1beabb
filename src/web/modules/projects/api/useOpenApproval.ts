import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { openApproval, storeProject } from './projectsApi';

export function useOpenApproval(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: () => openApproval(id, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
