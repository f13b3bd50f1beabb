import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { plansKeys, uploadEvidence } from './plansApi';

export function useUploadEvidence(planId: string, reportId: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (file: File) => uploadEvidence(planId, reportId, file, csrfToken),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: plansKeys.detail(planId) }),
  });
}
