import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateFeedBody, FeedDto } from '../../../../contracts/cyber-feeds';
import type { MeDto } from '../../../../contracts/auth';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

/** Mirrors the server's `cyber.feed.manage` only to decide what to show; the server decides. */
export function canManageFeeds(me: MeDto | null | undefined): boolean {
  return !!me?.mandates.some((m) => m.role === 'cyber_coordinator' || m.role === 'secretariat_admin');
}

export const feedKeys = { list: ['cyber', 'feeds'] as const };

export function useFeeds(enabled: boolean) {
  return useQuery({
    queryKey: feedKeys.list,
    queryFn: () => apiFetch<{ items: FeedDto[] }>('/api/v1/cyber/feeds'),
    enabled,
    staleTime: 0,
  });
}

export function useCreateFeed() {
  const client = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: CreateFeedBody) =>
      apiFetch<FeedDto>('/api/v1/cyber/feeds', { method: 'POST', body, csrfToken }),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.list }),
  });
}

export function useSetFeedStatus() {
  const client = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'pause' | 'resume' }) =>
      apiFetch<FeedDto>(`/api/v1/cyber/feeds/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        csrfToken,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.list }),
  });
}
