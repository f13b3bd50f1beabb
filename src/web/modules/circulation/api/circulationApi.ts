import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CirculationDto, CirculationSummaryDto } from '../../../../contracts/circulation';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

export const circulationKeys = {
  all: ['circulations'] as const,
  list: (status: string, state: string) => ['circulations', 'list', status, state] as const,
  one: (id: string) => ['circulations', 'one', id] as const,
};

/** The desk (Secretariat) or the inbox (a focal point): always fresh, as states answer elsewhere. */
export function useCirculations(status: string, state: string) {
  const q = new URLSearchParams({ status: status || 'all', ...(state ? { state } : {}) });
  return useQuery({
    queryKey: circulationKeys.list(status, state),
    queryFn: () => apiFetch<{ items: CirculationSummaryDto[] }>(`/api/v1/circulations?${q}`),
    staleTime: 0,
  });
}

export function useCirculation(id: string) {
  return useQuery({
    queryKey: circulationKeys.one(id),
    queryFn: () => apiFetch<CirculationDto>(`/api/v1/circulations/${encodeURIComponent(id)}`),
  });
}

/** A focal point's acknowledgement or reply; the answer is the circulation as the state now sees it. */
export function useRecordReceipt(id: string, what: 'acknowledge' | 'replies') {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: { state: string; text?: string }) =>
      apiFetch<CirculationDto>(`/api/v1/circulations/${encodeURIComponent(id)}/${what}`, {
        method: 'POST',
        body,
        csrfToken,
      }),
    onSuccess: (c) => {
      queryClient.setQueryData(circulationKeys.one(id), c);
      void queryClient.invalidateQueries({ queryKey: ['circulations', 'list'] });
    },
  });
}
