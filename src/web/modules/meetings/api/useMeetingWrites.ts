import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MeetingDto } from '../../../../contracts/meetings';
import { useAuth } from '../../auth';
import {
  addAgendaItem,
  createMeeting,
  fetchOpenDecisions,
  meetingsKeys,
  patchMeeting,
  publishAgenda,
  publishMinutes,
  removeAgendaItem,
  reorderAgenda,
  type MeetingChanges,
  type NewAgendaItem,
  type NewMeeting,
} from './meetingsApi';

/** Every write answers with the whole meeting: it replaces the page's copy, and the calendar reloads. */
function store(queryClient: QueryClient, meeting: MeetingDto) {
  queryClient.setQueryData(meetingsKeys.detail(meeting.id), meeting);
  void queryClient.invalidateQueries({ queryKey: [...meetingsKeys.all, 'list'] });
}

function useMeetingWrite<V>(send: (vars: V, csrfToken: string | null) => Promise<MeetingDto>) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (vars: V) => send(vars, csrfToken),
    onSuccess: (meeting) => store(queryClient, meeting),
  });
}

export const useCreateMeeting = () => useMeetingWrite((body: NewMeeting, csrf) => createMeeting(body, csrf));

export const usePatchMeeting = (id: string) =>
  useMeetingWrite((body: MeetingChanges, csrf) => patchMeeting(id, body, csrf));

export const useAddAgendaItem = (id: string) =>
  useMeetingWrite((body: NewAgendaItem, csrf) => addAgendaItem(id, body, csrf));

export const useRemoveAgendaItem = (id: string) =>
  useMeetingWrite((itemId: string, csrf) => removeAgendaItem(id, itemId, csrf));

export const useReorderAgenda = (id: string) =>
  useMeetingWrite((itemIds: string[], csrf) => reorderAgenda(id, itemIds, csrf));

export const usePublishAgenda = (id: string) => useMeetingWrite((_: void, csrf) => publishAgenda(id, csrf));

export const usePublishMinutes = (id: string) => useMeetingWrite((_: void, csrf) => publishMinutes(id, csrf));

export function useOpenDecisions(enabled: boolean) {
  return useQuery({ queryKey: meetingsKeys.openDecisions(), queryFn: fetchOpenDecisions, enabled });
}
