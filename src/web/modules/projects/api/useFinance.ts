import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchFinance, projectsKeys } from './projectsApi';

/** Totals and the funding gap; the previous report stays on screen while another currency loads. */
export function useFinance(id: string, reportCurrency: string | undefined) {
  return useQuery({
    queryKey: projectsKeys.finance(id, reportCurrency),
    queryFn: () => fetchFinance(id, reportCurrency),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
