import { useQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchVersions } from './decisionsApi';

export function useDecisionVersions(id: string) {
  return useQuery({ queryKey: decisionsKeys.versions(id), queryFn: () => fetchVersions(id) });
}
