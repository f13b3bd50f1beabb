import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { storeDecision, withdrawDecision } from './decisionsApi';

export function useWithdrawDecision(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: () => withdrawDecision(id, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
