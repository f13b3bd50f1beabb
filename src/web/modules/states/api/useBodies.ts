import { useQuery } from '@tanstack/react-query';
import { fetchBodies, statesKeys } from './statesApi';

export function useBodies() {
  return useQuery({ queryKey: statesKeys.bodies(), queryFn: fetchBodies, staleTime: 60 * 60_000 });
}
