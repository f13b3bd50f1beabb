import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { projectsKeys, reverseTransaction, type Keyed, type Reversal } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

export interface KeyedReversal extends Keyed<Reversal> {
  entryId: string;
}

/** Books the reverse of an entry; like a booking, a lost answer is resent under the same key. */
export function useReverseTransaction(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ entryId, ...reversal }: KeyedReversal) =>
      reverseTransaction(id, entryId, reversal, csrfToken),
    retry: resendLostWrite,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectsKeys.financeOf(id) });
      void queryClient.invalidateQueries({ queryKey: projectsKeys.ledger(id) });
    },
  });
}
