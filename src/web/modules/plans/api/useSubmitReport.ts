import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { storePlan, submitReport, type NewReport } from './plansApi';

export function useSubmitReport(planId: string, itemId: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: NewReport) => submitReport(planId, itemId, body, csrfToken),
    onSuccess: (plan) => storePlan(queryClient, plan),
  });
}
