import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { closeDecision, storeDecision } from './decisionsApi';

export function useCloseDecision(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: () => closeDecision(id, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
