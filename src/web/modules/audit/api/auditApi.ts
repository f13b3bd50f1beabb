import type { z } from 'zod';
import type { AuditEntryDto, AuditQuery, AuditVerifyDto } from '../../../../contracts/audit';
import { apiFetch } from '../../../app/apiFetch';

export type AuditVerification = z.infer<typeof AuditVerifyDto>;

export interface AuditPage {
  items: AuditEntryDto[];
  nextBeforeSeq: number | null;
}

/** What the log is narrowed to, as in the address bar and the API's query (days are UTC). */
export type AuditFilters = Omit<AuditQuery, 'limit' | 'beforeSeq'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

export const AUDIT_PAGE_SIZE = 50;

function filterQuery(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (typeof v === 'string' && v) query.set(k, v);
  return query;
}

export function fetchAuditPage(filters: AuditFilters, beforeSeq: number | null): Promise<AuditPage> {
  const query = filterQuery(filters);
  query.set('limit', String(AUDIT_PAGE_SIZE));
  if (beforeSeq !== null) query.set('beforeSeq', String(beforeSeq));
  return apiFetch<AuditPage>(`/api/v1/audit?${query.toString()}`);
}

/** The CSV export of the entries the page shows: the same filters, every page. */
export function auditCsvHref(filters: AuditFilters): string {
  const query = filterQuery(filters).toString();
  return query ? `/api/v1/audit.csv?${query}` : '/api/v1/audit.csv';
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiFetch<AuditVerification>('/api/v1/audit/verify');
}
