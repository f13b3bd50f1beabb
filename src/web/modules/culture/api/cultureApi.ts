import { useQuery } from '@tanstack/react-query';
import type {
  DesignationDto,
  NominationDto,
  ProgrammeDto,
  TentativeDto,
} from '../../../../contracts/culture';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

const items = async <T>(url: string) => (await apiFetch<{ items: T[] }>(url)).items;

export function useProgrammes() {
  return useQuery({
    queryKey: ['culture', 'programmes'],
    queryFn: () => items<ProgrammeDto>('/api/v1/culture/programmes'),
    staleTime: 60_000,
  });
}

export function useDesignations(programme?: string) {
  const q = programme ? `?programme=${encodeURIComponent(programme)}` : '';
  return useQuery({
    queryKey: ['culture', 'designations', programme ?? ''],
    queryFn: () => items<DesignationDto>(`/api/v1/culture/designations${q}`),
  });
}

export function useDesignation(id: string) {
  return useQuery({
    queryKey: ['culture', 'designation', id],
    queryFn: () => apiFetch<DesignationDto>(`/api/v1/culture/designations/${encodeURIComponent(id)}`),
  });
}

/** Nominations depend on who reads them (drafts only for their states), so the key carries the user. */
export function useNominations() {
  const { me } = useAuth();
  return useQuery({
    queryKey: ['culture', 'nominations', me?.id ?? ''],
    queryFn: () => items<NominationDto>('/api/v1/culture/nominations'),
  });
}

export function useNomination(id: string) {
  const { me } = useAuth();
  return useQuery({
    queryKey: ['culture', 'nomination', id, me?.id ?? ''],
    queryFn: () => apiFetch<NominationDto>(`/api/v1/culture/nominations/${encodeURIComponent(id)}`),
  });
}

export function useTentative() {
  return useQuery({
    queryKey: ['culture', 'tentative'],
    queryFn: () => items<TentativeDto>('/api/v1/culture/tentative'),
  });
}
