import type { MeetingDto, MeetingLevel, MeetingSummaryDto } from '../../../../contracts/meetings';
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
};

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
