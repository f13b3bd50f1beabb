import { useQuery } from '@tanstack/react-query';
import { documentsKeys, fetchInstrument } from './documentsApi';

/** An instrument; nothing is fetched while the id is still unknown (''). */
export function useInstrument(id: string) {
  return useQuery({
    queryKey: documentsKeys.detail(id),
    queryFn: () => fetchInstrument(id),
    enabled: id !== '',
    staleTime: 0,
  });
}
