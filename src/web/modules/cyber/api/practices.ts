import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContentLanguage } from '../../../../contracts/common';
import type {
  AdoptionStatus,
  PracticeDto,
  PracticeListDto,
  PracticeMarking,
  ProposePracticeBody,
  RecordAdoptionBody,
  TranslationKind,
} from '../../../../contracts/cyberPractices';
import type { ThreadPostDto } from '../../../../contracts/threads';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

export type {
  AdoptionStatus,
  ContentLanguage,
  PracticeDto,
  PracticeListDto,
  PracticeMarking,
  TranslationKind,
};
export type PracticeSummary = PracticeListDto['items'][number];
export type NewPractice = ProposePracticeBody;
export type NewAdoption = RecordAdoptionBody;

export const ADOPTION_STATUSES: readonly AdoptionStatus[] = ['planned', 'in_progress', 'adopted'];
export const MARKINGS: readonly PracticeMarking[] = ['clear', 'green'];
export const TRANSLATION_KINDS: readonly TranslationKind[] = ['original', 'working', 'machine'];
export const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['en', 'ru', 'zh'];

/** The library's filters, as they stand in the URL. */
export interface PracticeFilters {
  q?: string;
  tag?: string;
  state?: string;
  adoptedBy?: string;
  marking?: PracticeMarking;
}

export const practicesKeys = {
  all: ['cyber', 'practices'] as const,
  list: (filters: PracticeFilters) => [...practicesKeys.all, 'list', filters] as const,
  detail: (id: string) => [...practicesKeys.all, 'detail', id] as const,
  comments: (id: string) => [...practicesKeys.all, 'comments', id] as const,
};

const path = (id: string, sub = '') => `/api/v1/cyber/practices/${encodeURIComponent(id)}${sub}`;
/** The discussion's API path, for the ui kit's thread tools. */
export const commentsPath = (id: string) => path(id, '/comments');

export function usePractices(filters: PracticeFilters) {
  return useQuery({
    queryKey: practicesKeys.list(filters),
    queryFn: () => {
      const query = new URLSearchParams({ limit: '100' });
      for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
      return apiFetch<PracticeListDto>(`/api/v1/cyber/practices?${query.toString()}`);
    },
  });
}

export function usePractice(id: string) {
  return useQuery({ queryKey: practicesKeys.detail(id), queryFn: () => apiFetch<PracticeDto>(path(id)) });
}

export function usePracticeComments(id: string) {
  return useQuery({
    queryKey: practicesKeys.comments(id),
    queryFn: async () => (await apiFetch<{ items: ThreadPostDto[] }>(path(id, '/comments'))).items,
    staleTime: 0,
  });
}

export function useProposePractice() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: NewPractice) =>
      apiFetch<PracticeDto>('/api/v1/cyber/practices', { method: 'POST', body, csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practicesKeys.all }),
  });
}

export function useRecordAdoption(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ state, body }: { state: string; body: NewAdoption }) =>
      apiFetch<PracticeDto>(path(id, `/adoptions/${encodeURIComponent(state)}`), {
        method: 'PUT',
        body,
        csrfToken,
      }),
    onSuccess: (practice) => {
      queryClient.setQueryData(practicesKeys.detail(id), practice);
      return queryClient.invalidateQueries({ queryKey: [...practicesKeys.all, 'list'] });
    },
  });
}

export function useAddPracticeComment(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: { body: string; state?: string; parentId?: string }) =>
      apiFetch<ThreadPostDto>(path(id, '/comments'), { method: 'POST', body, csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practicesKeys.comments(id) }),
  });
}

/**
 * A text in the reader's language, else in the language it was written in, else any: with the
 * language actually shown, so that a page can say it fell back.
 */
export function pickLanguage<T extends { translation: TranslationKind }>(
  content: Partial<Record<ContentLanguage, T>>,
  wanted: ContentLanguage,
): { language: ContentLanguage; text: T } | null {
  if (content[wanted]) return { language: wanted, text: content[wanted] };
  const language =
    CONTENT_LANGUAGES.find((l) => content[l]?.translation === 'original') ??
    CONTENT_LANGUAGES.find((l) => content[l]);
  return language ? { language, text: content[language]! } : null;
}

type Mandates = { state: string | null; role: string }[];

/** The member states a signed-in user acts for in one of these roles. */
export function statesWithRole(mandates: Mandates, roles: readonly string[], members: readonly string[]) {
  return [
    ...new Set(
      mandates
        .filter((m) => m.state && roles.includes(m.role) && members.includes(m.state))
        .map((m) => m.state!),
    ),
  ].sort();
}

export const PROPOSE_ROLES = ['cert_analyst'] as const;
export const ADOPTION_ROLES = ['cert_analyst', 'national_coordinator'] as const;
export const COMMENT_ROLES = ['cert_analyst', 'national_coordinator', 'delegate'] as const;
/** Who may write in a discussion without a state: the exchange's coordinator and the Secretariat. */
export const SECRETARIAT_VOICE_ROLES = [
  'cyber_coordinator',
  'secretariat_admin',
  'secretariat_officer',
] as const;
