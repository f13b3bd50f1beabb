import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { projectsKeys, recordRate, type Keyed, type RecordRateBody } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

/** A rate serves every project's report: all finance summaries are refetched once it is recorded. */
export function useRecordRate() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (rate: Keyed<RecordRateBody>) => recordRate(rate, csrfToken),
    retry: resendLostWrite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.finances() }),
  });
}
