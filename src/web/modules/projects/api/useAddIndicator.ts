import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { addIndicator, projectsKeys, type Keyed, type NewIndicator } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

export function useAddIndicator(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (indicator: Keyed<NewIndicator>) => addIndicator(id, indicator, csrfToken),
    retry: resendLostWrite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.indicators(id) }),
  });
}
