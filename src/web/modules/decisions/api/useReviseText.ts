import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { reviseText, storeDecision, type TextRevision } from './decisionsApi';

export function useReviseText(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (revision: TextRevision) => reviseText(id, revision, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
