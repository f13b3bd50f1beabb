import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { bookTransaction, projectsKeys, type BookTransactionBody, type Keyed } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

export function useBookTransaction(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (booking: Keyed<BookTransactionBody>) => bookTransaction(id, booking, csrfToken),
    retry: resendLostWrite,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectsKeys.financeOf(id) });
      void queryClient.invalidateQueries({ queryKey: projectsKeys.ledger(id) });
    },
  });
}
