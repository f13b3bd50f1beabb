import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDto, DeclarationBody, DeclarationDto, MessageDto } from '../../../../contracts/cbm';
import type { MeDto } from '../../../../contracts/auth';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

const cbmKeys = { all: ['cbm'] as const };

/** Whether the signed-in user takes part in the CBM exchange; for anyone else its pages do not exist. */
export function isInCbm(me: MeDto | null | undefined): boolean {
  return !!me?.mandates.some((m) => m.role === 'defence_contact');
}

/** The states the user is defence contact for. */
export function contactStates(me: MeDto | null | undefined): string[] {
  return (me?.mandates ?? []).filter((m) => m.role === 'defence_contact' && m.state).map((m) => m.state!);
}

export function useDeclarations(enabled: boolean) {
  return useQuery({
    queryKey: [...cbmKeys.all, 'declarations'],
    queryFn: () => apiFetch<{ items: DeclarationDto[] }>('/api/v1/cbm/declarations'),
    enabled,
  });
}

export function useMessages(enabled: boolean) {
  return useQuery({
    queryKey: [...cbmKeys.all, 'messages'],
    queryFn: () => apiFetch<{ items: MessageDto[] }>('/api/v1/cbm/messages'),
    enabled,
  });
}

export function useCalendar(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...cbmKeys.all, 'calendar', year],
    queryFn: () => apiFetch<CalendarDto>(`/api/v1/cbm/calendar?year=${year}`),
    enabled,
  });
}

function useCbmMutation<B, R>(url: (b: B) => string, body: (b: B) => unknown) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (b: B) => apiFetch<R>(url(b), { method: 'POST', body: body(b), csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cbmKeys.all }),
  });
}

export const useDeclare = () =>
  useCbmMutation<DeclarationBody, DeclarationDto>(
    () => '/api/v1/cbm/declarations',
    (b) => b,
  );

export const useNotify = () =>
  useCbmMutation<string, MessageDto>(
    (id) => `/api/v1/cbm/declarations/${id}/notification`,
    () => ({}),
  );

export interface QueryInput {
  state: string;
  to: string[];
  subject: string;
  text: string;
  urgent: boolean;
}
export const useSendQuery = () =>
  useCbmMutation<QueryInput, MessageDto>(
    () => '/api/v1/cbm/messages',
    (b) => ({ ...b, kind: 'query' }),
  );

export const useAnswer = () =>
  useCbmMutation<{ id: string; state: string; text: string }, MessageDto>(
    (b) => `/api/v1/cbm/messages/${b.id}/answers`,
    (b) => ({ state: b.state, text: b.text }),
  );
