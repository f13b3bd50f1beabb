import { useQuery } from '@tanstack/react-query';
import { fetchPlans, plansKeys } from './plansApi';

/** Every implementation plan the reader may see. */
export function usePlans() {
  return useQuery({ queryKey: plansKeys.list(), queryFn: () => fetchPlans() });
}
