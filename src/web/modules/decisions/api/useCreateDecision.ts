import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { createDecision, storeDecision, type NewDecision } from './decisionsApi';

export function useCreateDecision() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: NewDecision) => createDecision(body, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
