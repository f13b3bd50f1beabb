import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { extendDeadline, storeDecision } from './decisionsApi';

export function useExtendDeadline(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (deadline: string) => extendDeadline(id, deadline, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
