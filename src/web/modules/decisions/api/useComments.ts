import { useQuery } from '@tanstack/react-query';
import { decisionsKeys, fetchComments } from './decisionsApi';

export function useComments(id: string) {
  return useQuery({ queryKey: decisionsKeys.comments(id), queryFn: () => fetchComments(id), staleTime: 0 });
}
