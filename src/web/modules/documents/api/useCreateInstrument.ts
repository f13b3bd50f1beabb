import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { createInstrument, documentsKeys, storeInstrument, type NewInstrument } from './documentsApi';

export function useCreateInstrument() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: NewInstrument) => createInstrument(body, csrfToken),
    onSuccess: (instrument) => {
      storeInstrument(queryClient, instrument);
      // A new instrument can be picked as related to the next one.
      void queryClient.invalidateQueries({ queryKey: documentsKeys.pickers() });
    },
  });
}
