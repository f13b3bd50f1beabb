import { useQuery } from '@tanstack/react-query';
import { fetchChairmanships, statesKeys } from './statesApi';

export function useChairmanships() {
  return useQuery({
    queryKey: statesKeys.chairmanships(),
    queryFn: fetchChairmanships,
    staleTime: 60 * 60_000,
  });
}
