import { useQuery } from '@tanstack/react-query';
import { fetchLedger, projectsKeys } from './projectsApi';

export function useLedger(id: string) {
  return useQuery({ queryKey: projectsKeys.ledger(id), queryFn: () => fetchLedger(id), staleTime: 0 });
}
