import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { correctAction, storeInstrument, type CorrectAction } from './documentsApi';

export function useCorrectAction(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ actionId, ...body }: CorrectAction & { actionId: string }) =>
      correctAction(id, actionId, body, csrfToken),
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
