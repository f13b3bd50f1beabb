import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { recordAction, storeInstrument, type RecordActionBody } from './documentsApi';

export function useRecordAction(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: RecordActionBody) => recordAction(id, body, csrfToken),
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
