import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordPositionBody } from '../../../../contracts/decisions';
import { useAuth } from '../../auth';
import { recordPosition, storeDecision } from './decisionsApi';

export function useRecordPosition(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: RecordPositionBody) => recordPosition(id, body, csrfToken),
    onSuccess: (decision) => storeDecision(queryClient, decision),
  });
}
