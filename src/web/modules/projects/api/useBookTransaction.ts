import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isProblemError } from '../../../app/apiFetch';
import { useAuth } from '../../auth';
import { bookTransaction, projectsKeys, type BookTransactionBody, type Keyed } from './projectsApi';

/**
 * A booking whose answer was lost (network, 5xx, or its twin still in progress) is sent again with the
 * same Idempotency-Key, so it is booked once however often it travels. The server's refusals are final.
 */
function shouldResend(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isProblemError(error)) return true;
  return error.status >= 500 || error.code === 'finance.idempotency_in_progress';
}

export function useBookTransaction(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (booking: Keyed<BookTransactionBody>) => bookTransaction(id, booking, csrfToken),
    retry: shouldResend,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectsKeys.financeOf(id) });
      void queryClient.invalidateQueries({ queryKey: projectsKeys.ledger(id) });
    },
  });
}
