import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { createPlan, plansKeys, storePlan, type NewPlan } from './plansApi';

export function useCreatePlan() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: NewPlan) => createPlan(body, csrfToken),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      void queryClient.invalidateQueries({ queryKey: plansKeys.forInstrument(plan.instrumentId) });
    },
  });
}
