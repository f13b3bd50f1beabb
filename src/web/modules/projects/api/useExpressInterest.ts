import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { expressInterest, storeProject } from './projectsApi';

export function useExpressInterest(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (state: string) => expressInterest(id, state, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
