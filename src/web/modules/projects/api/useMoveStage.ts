import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { moveStage, storeProject, type StageChange } from './projectsApi';

export function useMoveStage(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (change: StageChange) => moveStage(id, change, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
