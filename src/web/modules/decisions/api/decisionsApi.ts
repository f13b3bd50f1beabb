import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CommentDto,
  CreateDecisionBody,
  DecisionDto,
  DecisionStatus,
  DecisionSummaryDto,
  Procedure,
  RecordPositionBody,
  ReviseTextBody,
  TextVersionDto,
} from '../../../../contracts/decisions';
import type { MeetingSummaryDto } from '../../../../contracts/meetings';
import { apiFetch } from '../../../app/apiFetch';

/** What the Secretariat sends to draft a decision; fields with a default may be left out. */
export type NewDecision = z.input<typeof CreateDecisionBody>;
export type TextVersion = z.infer<typeof TextVersionDto>;
export type Comment = z.infer<typeof CommentDto>;
export type Attachment = DecisionDto['attachments'][number];
/** A revision of the draft: the parts left out stay as they are. */
export type TextRevision = z.infer<typeof ReviseTextBody>;

export interface DecisionFilters {
  status?: DecisionStatus;
  body?: string;
  procedure?: Procedure;
  /** Decisions in which this state participates. */
  state?: string;
}

export interface DecisionsPage {
  items: DecisionSummaryDto[];
  next: string | null;
}

export interface NewComment {
  body: string;
  state?: string;
  parentId?: string;
}

export interface NewAttachment {
  file: File;
  /** The participating state a delegation uploads for; left out by the Secretariat. */
  state?: string;
}

export const DECISIONS_PAGE_SIZE = 20;

export const decisionsKeys = {
  all: ['decisions'] as const,
  lists: () => [...decisionsKeys.all, 'list'] as const,
  list: (filters: DecisionFilters) => [...decisionsKeys.lists(), filters] as const,
  detail: (id: string) => [...decisionsKeys.all, 'detail', id] as const,
  versions: (id: string) => [...decisionsKeys.all, 'versions', id] as const,
  comments: (id: string) => [...decisionsKeys.all, 'comments', id] as const,
  /** Meetings a draft may be linked to, and the one a decision is linked to (read from /meetings). */
  upcomingMeetings: (from: string) => [...decisionsKeys.all, 'upcomingMeetings', from] as const,
  meeting: (id: string) => [...decisionsKeys.all, 'meeting', id] as const,
};

const path = (id: string, sub = '') => `/api/v1/decisions/${encodeURIComponent(id)}${sub}`;
/** The discussion's API path, for the ui kit's thread tools. */
export const commentsPath = (id: string) => path(id, '/comments');

export function fetchDecisions(filters: DecisionFilters, before: string | null): Promise<DecisionsPage> {
  const query = new URLSearchParams({ limit: String(DECISIONS_PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
  if (before) query.set('before', before);
  return apiFetch<DecisionsPage>(`/api/v1/decisions?${query.toString()}`);
}

export function fetchDecision(id: string): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id));
}

export function createDecision(body: NewDecision, csrfToken: string | null): Promise<DecisionDto> {
  return apiFetch<DecisionDto>('/api/v1/decisions', { method: 'POST', body, csrfToken });
}

export function recordPosition(
  id: string,
  body: RecordPositionBody,
  csrfToken: string | null,
): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id, '/positions'), { method: 'POST', body, csrfToken });
}

export function extendDeadline(id: string, deadline: string, csrfToken: string | null): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id, '/extend'), { method: 'POST', body: { deadline }, csrfToken });
}

export function closeDecision(id: string, csrfToken: string | null): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id, '/close'), { method: 'POST', csrfToken });
}

export function withdrawDecision(id: string, csrfToken: string | null): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id, '/withdraw'), { method: 'POST', csrfToken });
}

export async function fetchVersions(id: string): Promise<TextVersion[]> {
  return (await apiFetch<{ items: TextVersion[] }>(path(id, '/versions'))).items;
}

export async function fetchComments(id: string): Promise<Comment[]> {
  return (await apiFetch<{ items: Comment[] }>(path(id, '/comments'))).items;
}

export function addComment(id: string, body: NewComment, csrfToken: string | null): Promise<Comment> {
  return apiFetch<Comment>(path(id, '/comments'), { method: 'POST', body, csrfToken });
}

export function reviseText(id: string, body: TextRevision, csrfToken: string | null): Promise<DecisionDto> {
  return apiFetch<DecisionDto>(path(id, '/text'), { method: 'POST', body, csrfToken });
}

export function uploadAttachment(
  id: string,
  upload: NewAttachment,
  csrfToken: string | null,
): Promise<Attachment> {
  // The fields go before the file: the server reads them as it meets the file.
  const form = new FormData();
  if (upload.state) form.set('state', upload.state);
  form.set('file', upload.file);
  return apiFetch<Attachment>(path(id, '/attachments'), { method: 'POST', body: form, csrfToken });
}

export function attachmentUrl(id: string, attachmentId: string): string {
  return path(id, `/attachments/${encodeURIComponent(attachmentId)}`);
}

/** Meetings that end on or after `from` ('YYYY-MM-DD'), as far as the reader may see them. */
export async function fetchUpcomingMeetings(from: string): Promise<MeetingSummaryDto[]> {
  const query = new URLSearchParams({ from });
  return (await apiFetch<{ items: MeetingSummaryDto[] }>(`/api/v1/meetings?${query.toString()}`)).items;
}

export function fetchMeeting(id: string): Promise<MeetingSummaryDto> {
  return apiFetch<MeetingSummaryDto>(`/api/v1/meetings/${encodeURIComponent(id)}`);
}

/**
 * After a write that answered with the decision: show it at once, and refetch what it may have
 * changed elsewhere (lists, versions, the inbox of decision notices).
 */
export function storeDecision(queryClient: QueryClient, decision: DecisionDto) {
  queryClient.setQueryData(decisionsKeys.detail(decision.id), decision);
  void queryClient.invalidateQueries({ queryKey: decisionsKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: decisionsKeys.versions(decision.id) });
  void queryClient.invalidateQueries({ queryKey: ['notifications'] });
}
