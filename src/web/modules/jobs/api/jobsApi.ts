import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParkedDeliveryDto } from '../../../../contracts/jobs';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

export const jobsKeys = {
  parked: ['jobs', 'parked'] as const,
};

export function useParkedDeliveries(enabled: boolean) {
  return useQuery({
    queryKey: jobsKeys.parked,
    queryFn: () => apiFetch<{ items: ParkedDeliveryDto[] }>('/api/v1/jobs/parked?limit=500'),
    enabled,
    staleTime: 0,
  });
}

export function useRetryDelivery() {
  const client = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<null>(`/api/v1/jobs/parked/${encodeURIComponent(id)}/retry`, { method: 'POST', csrfToken }),
    onSuccess: () => client.invalidateQueries({ queryKey: jobsKeys.parked }),
  });
}
