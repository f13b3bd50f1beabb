import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { recordChecklistItem, storeProject, type ChecklistRecord } from './projectsApi';

export function useRecordChecklistItem(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (record: ChecklistRecord) => recordChecklistItem(id, record, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
