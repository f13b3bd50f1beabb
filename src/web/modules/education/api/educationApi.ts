import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementDto,
  ApplicantDto,
  ApplicationDto,
  CallDto,
  CallOverviewDto,
  OutboxMailDto,
  ProgrammeDto,
  UniversityDto,
} from '../../../../contracts/education';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

type Items<T> = { items: T[] };
export type Applicant = z.infer<typeof ApplicantDto>;
export type Mail = z.infer<typeof OutboxMailDto>;
export type Overview = z.infer<typeof CallOverviewDto>;
export type Agreement = z.infer<typeof AgreementDto>;
export type { ApplicationDto, CallDto, ProgrammeDto, UniversityDto };

export const educationKeys = {
  all: ['education'] as const,
  universities: () => [...educationKeys.all, 'universities'] as const,
  programmes: (q: string) => [...educationKeys.all, 'programmes', q] as const,
  calls: () => [...educationKeys.all, 'calls'] as const,
  call: (id: string) => [...educationKeys.all, 'call', id] as const,
  applications: (id: string) => [...educationKeys.all, 'applications', id] as const,
  overview: (id: string) => [...educationKeys.all, 'overview', id] as const,
  me: () => [...educationKeys.all, 'me'] as const,
};

export const useUniversities = () =>
  useQuery({
    queryKey: educationKeys.universities(),
    queryFn: () => apiFetch<Items<UniversityDto>>('/api/v1/education/universities'),
  });

export function useProgrammes(q: Record<string, string>) {
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== '')).toString();
  return useQuery({
    queryKey: educationKeys.programmes(params),
    queryFn: () => apiFetch<Items<ProgrammeDto>>(`/api/v1/education/programmes?${params}`),
  });
}

export const useCalls = () =>
  useQuery({
    queryKey: educationKeys.calls(),
    queryFn: () => apiFetch<Items<CallDto>>('/api/v1/education/calls'),
  });

export const useCall = (id: string) =>
  useQuery({
    queryKey: educationKeys.call(id),
    queryFn: () => apiFetch<CallDto>(`/api/v1/education/calls/${id}`),
  });

export const useCallApplications = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: educationKeys.applications(id),
    queryFn: () => apiFetch<Items<ApplicationDto>>(`/api/v1/education/calls/${id}/applications`),
    enabled,
  });

export const useOverview = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: educationKeys.overview(id),
    queryFn: () => apiFetch<Overview>(`/api/v1/education/calls/${id}/overview`),
    enabled,
  });

/** The signed-in user's applicant profile, their applications and their mail; null when not an applicant. */
export function useMyApplicant(enabled: boolean) {
  return useQuery({
    queryKey: educationKeys.me(),
    enabled,
    queryFn: async () => {
      const mail = await apiFetch<Items<Mail>>('/api/v1/education/outbox');
      try {
        const data = await apiFetch<{ applicant: Applicant; applications: ApplicationDto[] }>(
          '/api/v1/education/applicants/me/export',
        );
        return { ...data, mail: mail.items };
      } catch {
        return { applicant: null, applications: [], mail: mail.items };
      }
    },
  });
}

/** A write of the module; every one refreshes what the module shows. */
export function useEducationWrite<B, R = unknown>(
  path: (b: B) => string,
  body: (b: B) => unknown = (b) => b,
) {
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: B) => apiFetch<R>(path(b), { method: 'POST', body: body(b), csrfToken }),
    onSuccess: () => client.invalidateQueries({ queryKey: educationKeys.all }),
  });
}
