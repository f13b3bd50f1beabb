import { useQuery } from '@tanstack/react-query';
import { fetchPlan, plansKeys } from './plansApi';

/** Reports arrive while the page is open; a minute-old roll-up would mislead. */
export function usePlan(id: string) {
  return useQuery({ queryKey: plansKeys.detail(id), queryFn: () => fetchPlan(id), staleTime: 0 });
}
