import { useQuery } from '@tanstack/react-query';
import { fetchPlans, plansKeys } from './plansApi';

/** The implementation plans of an instrument. */
export function useInstrumentPlans(instrumentId: string) {
  return useQuery({
    queryKey: plansKeys.forInstrument(instrumentId),
    queryFn: () => fetchPlans(instrumentId),
  });
}
