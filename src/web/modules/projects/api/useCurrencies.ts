import { useQuery } from '@tanstack/react-query';
import { fetchCurrencies, projectsKeys } from './projectsApi';

/** ISO 4217 codes the server accepts, in code order; the list changes with a release. */
export function useCurrencies() {
  return useQuery({
    queryKey: projectsKeys.currencies(),
    queryFn: fetchCurrencies,
    staleTime: 24 * 60 * 60_000,
    select: (items) => [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  });
}
