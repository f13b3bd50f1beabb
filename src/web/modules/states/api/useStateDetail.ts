import { useQuery } from '@tanstack/react-query';
import { fetchState, statesKeys } from './statesApi';

export function useStateDetail(code: string) {
  return useQuery({ queryKey: statesKeys.detail(code), queryFn: () => fetchState(code) });
}
