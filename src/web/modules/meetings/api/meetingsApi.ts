import type { z } from 'zod';
import type { DecisionSummaryDto } from '../../../../contracts/decisions';
import type {
  AddAgendaItemBody,
  CreateMeetingBody,
  MeetingDto,
  MeetingLevel,
  MeetingSummaryDto,
  PatchMeetingBody,
} from '../../../../contracts/meetings';
import { apiFetch } from '../../../app/apiFetch';

export interface MeetingFilters {
  body?: string;
  level?: MeetingLevel;
  /** Meetings this state hosts or takes part in. */
  state?: string;
}

export interface MeetingRange {
  /** Meetings that end on or after this day. */
  from?: string;
  /** Meetings that start on or before this day. */
  to?: string;
}

export const meetingsKeys = {
  all: ['meetings'] as const,
  list: (filters: MeetingFilters, range: MeetingRange) =>
    [...meetingsKeys.all, 'list', filters, range] as const,
  detail: (id: string) => [...meetingsKeys.all, 'detail', id] as const,
  /** Draft decisions an agenda item may be linked to (read from /decisions). */
  openDecisions: () => [...meetingsKeys.all, 'openDecisions'] as const,
};

/** What the Secretariat sends to plan a meeting; fields with a default may be left out. */
export type NewMeeting = z.input<typeof CreateMeetingBody>;
export type MeetingChanges = z.input<typeof PatchMeetingBody>;
export type NewAgendaItem = z.input<typeof AddAgendaItemBody>;

function query(values: object): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function fetchMeetings(
  filters: MeetingFilters,
  range: MeetingRange,
): Promise<MeetingSummaryDto[]> {
  return (
    await apiFetch<{ items: MeetingSummaryDto[] }>(`/api/v1/meetings${query({ ...filters, ...range })}`)
  ).items;
}

export function fetchMeeting(id: string): Promise<MeetingDto> {
  return apiFetch<MeetingDto>(`/api/v1/meetings/${encodeURIComponent(id)}`);
}

/** The iCalendar feed of public meetings; feeds filter by body and state, not by level. */
export function calendarFeedPath(filters: Pick<MeetingFilters, 'body' | 'state'> = {}): string {
  return `/api/v1/calendar.ics${query({ body: filters.body, state: filters.state })}`;
}

const meetingPath = (id: string, sub = '') => `/api/v1/meetings/${encodeURIComponent(id)}${sub}`;

export function createMeeting(body: NewMeeting, csrfToken: string | null): Promise<MeetingDto> {
  return apiFetch<MeetingDto>('/api/v1/meetings', { method: 'POST', body, csrfToken });
}

export function patchMeeting(id: string, body: MeetingChanges, csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id), { method: 'PATCH', body, csrfToken });
}

export function addAgendaItem(id: string, body: NewAgendaItem, csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id, '/agenda'), { method: 'POST', body, csrfToken });
}

export function removeAgendaItem(id: string, itemId: string, csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id, `/agenda/${encodeURIComponent(itemId)}`), {
    method: 'DELETE',
    csrfToken,
  });
}

export function reorderAgenda(id: string, itemIds: string[], csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id, '/agenda/order'), {
    method: 'PUT',
    body: { itemIds },
    csrfToken,
  });
}

export function publishAgenda(id: string, csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id, '/agenda/publish'), { method: 'POST', csrfToken });
}

export function publishMinutes(id: string, csrfToken: string | null) {
  return apiFetch<MeetingDto>(meetingPath(id, '/minutes/publish'), { method: 'POST', csrfToken });
}

/** Open decisions (drafts under procedure), newest first: the ones an agenda item may take up. */
export async function fetchOpenDecisions(): Promise<DecisionSummaryDto[]> {
  return (await apiFetch<{ items: DecisionSummaryDto[] }>('/api/v1/decisions?status=open&limit=200')).items;
}
