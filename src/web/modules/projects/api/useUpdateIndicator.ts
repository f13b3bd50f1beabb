import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { projectsKeys, updateIndicator, type IndicatorUpdate } from './projectsApi';

export interface IndicatorChange {
  indicatorId: string;
  body: IndicatorUpdate;
}

export function useUpdateIndicator(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ indicatorId, body }: IndicatorChange) => updateIndicator(id, indicatorId, body, csrfToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.indicators(id) }),
  });
}
