import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from './apiFetch';

/** A 4xx answer will not change on retry; network failures and 5xx get two more chances. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
