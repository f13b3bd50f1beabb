import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreatePlanBody,
  PlanDto,
  PlanItemDto,
  PlanSummaryDto,
  ReportBody,
} from '../../../../contracts/plans';
import { apiFetch } from '../../../app/apiFetch';

export type PlanSummary = z.infer<typeof PlanSummaryDto>;
export type PlanItem = z.infer<typeof PlanItemDto>;
export type PlanReport = PlanItem['latestReports'][number];
export type EvidenceFile = PlanReport['files'][number];
export type ReportStatus = PlanReport['status'];
/** What a state sends; evidence links may be left out. */
export type NewReport = z.input<typeof ReportBody>;
/** What the Secretariat sends to create a plan; fields with a default may be left out. */
export type NewPlan = z.input<typeof CreatePlanBody>;

export const plansKeys = {
  all: ['plans'] as const,
  list: () => [...plansKeys.all, 'list'] as const,
  forInstrument: (instrumentId: string) => [...plansKeys.all, 'list', instrumentId] as const,
  detail: (id: string) => [...plansKeys.all, 'detail', id] as const,
};

const path = (id: string, sub = '') => `/api/v1/plans/${encodeURIComponent(id)}${sub}`;

/** The plans the reader may see: of one instrument, or all of them. */
export async function fetchPlans(instrumentId?: string): Promise<PlanSummary[]> {
  const query = instrumentId ? `?${new URLSearchParams({ instrumentId }).toString()}` : '';
  return (await apiFetch<{ items: PlanSummary[] }>(`/api/v1/plans${query}`)).items;
}

export function fetchPlan(id: string): Promise<PlanDto> {
  return apiFetch<PlanDto>(path(id));
}

export function createPlan(body: NewPlan, csrfToken: string | null): Promise<PlanDto> {
  return apiFetch<PlanDto>('/api/v1/plans', { method: 'POST', body, csrfToken });
}

export function submitReport(
  planId: string,
  itemId: string,
  body: NewReport,
  csrfToken: string | null,
): Promise<PlanDto> {
  return apiFetch<PlanDto>(path(planId, `/items/${encodeURIComponent(itemId)}/reports`), {
    method: 'POST',
    body,
    csrfToken,
  });
}

export function uploadEvidence(
  planId: string,
  reportId: string,
  file: File,
  csrfToken: string | null,
): Promise<EvidenceFile> {
  const form = new FormData();
  form.set('file', file);
  return apiFetch<EvidenceFile>(path(planId, `/reports/${encodeURIComponent(reportId)}/evidence`), {
    method: 'POST',
    body: form,
    csrfToken,
  });
}

export function sendReminders(planId: string, csrfToken: string | null): Promise<{ states: string[] }> {
  return apiFetch<{ states: string[] }>(path(planId, '/reminders'), { method: 'POST', csrfToken });
}

export function exportUrl(id: string): string {
  return path(id, '/export.json');
}

export function evidenceUrl(planId: string, evidenceId: string): string {
  return path(planId, `/evidence/${encodeURIComponent(evidenceId)}`);
}

export function storePlan(queryClient: QueryClient, plan: PlanDto) {
  queryClient.setQueryData(plansKeys.detail(plan.id), plan);
}
