import { isProblemError } from '../../../app/apiFetch';

/**
 * For a write that carries an Idempotency-Key: one whose answer was lost (network, 5xx, or its twin
 * still in progress) is sent again with the same key, so it is applied once however often it travels.
 * The server's refusals are final.
 */
export function resendLostWrite(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isProblemError(error)) return true;
  return error.status >= 500 || error.code === 'idempotency.in_progress';
}
