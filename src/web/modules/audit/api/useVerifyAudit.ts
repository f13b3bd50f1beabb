import { useMutation } from '@tanstack/react-query';
import { verifyAuditChain } from './auditApi';

/** A mutation although it is a GET: it runs when asked, and its answer is about that moment. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAuditChain });
}
