import type { z } from 'zod';
import type { AuditEntryDto, AuditVerifyDto } from '../../../../contracts/audit';
import { apiFetch } from '../../../app/apiFetch';

export type AuditVerification = z.infer<typeof AuditVerifyDto>;

export interface AuditPage {
  items: AuditEntryDto[];
  nextBeforeSeq: number | null;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: () => [...auditKeys.all, 'list'] as const,
};

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditPage(beforeSeq: number | null): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (beforeSeq !== null) query.set('beforeSeq', String(beforeSeq));
  return apiFetch<AuditPage>(`/api/v1/audit?${query.toString()}`);
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiFetch<AuditVerification>('/api/v1/audit/verify');
}
