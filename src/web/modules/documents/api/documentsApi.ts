import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionKind,
  CorrectActionBody,
  CreateInstrumentBody,
  InstrumentDto,
  InstrumentKind,
  InstrumentSummaryDto,
  NotificationDto,
  RecordActionBody,
  SearchHitDto,
  Topic,
} from '../../../../contracts/documents';
import { apiFetch } from '../../../app/apiFetch';

export type InstrumentStatus = InstrumentSummaryDto['status'];
export type SearchHit = z.infer<typeof SearchHitDto>;
export type InstrumentAction = InstrumentDto['actions'][number];
export type InstrumentText = InstrumentDto['texts'][number];
export type StatePosition = InstrumentDto['states'][number];
export type DepositaryNotification = z.infer<typeof NotificationDto>;
export type CorrectAction = z.input<typeof CorrectActionBody>;
/** What the Secretariat sends to register an instrument; fields with a default may be left out. */
export type NewInstrument = z.input<typeof CreateInstrumentBody>;
export type { ActionKind, RecordActionBody };

/** The search words and filters of the documents page; they live in the URL. */
export interface DocumentFilters {
  q?: string;
  kind?: InstrumentKind;
  body?: string;
  year?: number;
  /** Instruments this state has acted on. */
  state?: string;
  topic?: Topic;
  status?: InstrumentStatus;
}

export interface DocumentsPage {
  items: SearchHit[];
  next: string | null;
  /** Every instrument the filters match, whatever has been loaded so far. */
  total: number;
}

export interface NewText {
  language: string;
  authentic: boolean;
  file: File;
}

export const DOCUMENTS_PAGE_SIZE = 25;
/** A search answers its best matches at once; the server's ceiling. */
export const SEARCH_LIMIT = 200;

export const documentsKeys = {
  all: ['documents'] as const,
  lists: () => [...documentsKeys.all, 'list'] as const,
  list: (filters: DocumentFilters) => [...documentsKeys.lists(), filters] as const,
  /** Under the lists, so that whatever refreshes the lists refreshes the years too. */
  years: () => [...documentsKeys.lists(), 'years'] as const,
  detail: (id: string) => [...documentsKeys.all, 'detail', id] as const,
  notifications: (id: string) => [...documentsKeys.all, 'notifications', id] as const,
  /** The matches offered when picking an instrument in a form (not a page of the register). */
  pickers: () => [...documentsKeys.all, 'picker'] as const,
  picker: (q: string) => [...documentsKeys.pickers(), q] as const,
};

const path = (id: string, sub = '') => `/api/v1/documents/${encodeURIComponent(id)}${sub}`;

/** The filters as query parameters, leaving out the search words and anything unset. */
function filterQuery(
  filters: DocumentFilters,
  omit: readonly (keyof DocumentFilters)[] = [],
): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'q' || omit.includes(key as keyof DocumentFilters)) continue;
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query;
}

export function fetchDocuments(filters: DocumentFilters, before: string | null): Promise<DocumentsPage> {
  const query = filterQuery(filters);
  query.set('limit', String(DOCUMENTS_PAGE_SIZE));
  if (before) query.set('before', before);
  return apiFetch<DocumentsPage>(`/api/v1/documents?${query.toString()}`);
}

/**
 * Searches titles, summaries and topics in the three languages. The search takes the same filters
 * except the status, which is applied here to the hits.
 */
export async function searchDocuments(filters: DocumentFilters): Promise<DocumentsPage> {
  const query = filterQuery(filters, ['status']);
  query.set('q', filters.q ?? '');
  query.set('limit', String(SEARCH_LIMIT));
  const { items } = await apiFetch<{ items: SearchHit[] }>(`/api/v1/search?${query.toString()}`);
  const hits = filters.status ? items.filter((x) => x.status === filters.status) : items;
  return { items: hits, next: null, total: hits.length };
}

/** The years that have an instrument the reader may see, newest first. */
export async function fetchYears(): Promise<number[]> {
  return (await apiFetch<{ years: number[] }>('/api/v1/documents/years')).years;
}

/** The CSV export of the list with the same filters (the search words do not apply to it). */
export function documentsCsvUrl(filters: DocumentFilters): string {
  const query = filterQuery(filters).toString();
  return `/api/v1/documents.csv${query ? `?${query}` : ''}`;
}

export function statesCsvUrl(id: string): string {
  return path(id, '/states.csv');
}

export function textUrl(id: string, textId: string): string {
  return path(id, `/texts/${encodeURIComponent(textId)}`);
}

/** The printable page of a depositary notification. */
export function notificationUrl(id: string, notificationId: string): string {
  return path(id, `/notifications/${encodeURIComponent(notificationId)}`);
}

export function fetchInstrument(id: string): Promise<InstrumentDto> {
  return apiFetch<InstrumentDto>(path(id));
}

export async function fetchNotifications(id: string): Promise<DepositaryNotification[]> {
  return (await apiFetch<{ items: DepositaryNotification[] }>(path(id, '/notifications'))).items;
}

export function createInstrument(body: NewInstrument, csrfToken: string | null): Promise<InstrumentDto> {
  return apiFetch<InstrumentDto>('/api/v1/documents', { method: 'POST', body, csrfToken });
}

export function recordAction(
  id: string,
  body: RecordActionBody,
  csrfToken: string | null,
): Promise<InstrumentDto> {
  return apiFetch<InstrumentDto>(path(id, '/actions'), { method: 'POST', body, csrfToken });
}

export function correctAction(
  id: string,
  actionId: string,
  body: CorrectAction,
  csrfToken: string | null,
): Promise<InstrumentDto> {
  return apiFetch<InstrumentDto>(path(id, `/actions/${encodeURIComponent(actionId)}`), {
    method: 'PATCH',
    body,
    csrfToken,
  });
}

export function uploadText(id: string, text: NewText, csrfToken: string | null): Promise<InstrumentText> {
  // The fields go before the file: the server reads them as it meets the file.
  const form = new FormData();
  form.set('language', text.language);
  form.set('authentic', String(text.authentic));
  form.set('file', text.file);
  return apiFetch<InstrumentText>(path(id, '/texts'), { method: 'POST', body: form, csrfToken });
}

/**
 * After a write that answered with the instrument: show it at once, and refetch what it may have
 * changed elsewhere (lists, the numbered notifications, instruments that require this one).
 */
export function storeInstrument(queryClient: QueryClient, instrument: InstrumentDto) {
  queryClient.setQueryData(documentsKeys.detail(instrument.id), instrument);
  void queryClient.invalidateQueries({ queryKey: documentsKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: documentsKeys.notifications(instrument.id) });
  for (const r of instrument.related)
    void queryClient.invalidateQueries({ queryKey: documentsKeys.detail(r.instrumentId) });
}
