import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  TechListDto,
  TechnologyDto,
  WaterBodyDto,
  WaterBodySummaryDto,
} from '../../../../contracts/environment';
import { apiFetch } from '../../../app/apiFetch';

export interface TechFilters {
  q?: string;
  sector?: string;
  climate?: string;
  country?: string;
  maturity?: string;
}

const query = (f: object) =>
  new URLSearchParams(
    Object.entries(f).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
  ).toString();

export function useTechnologies(f: TechFilters) {
  return useQuery({
    queryKey: ['environment', 'technologies', f],
    queryFn: () => apiFetch<TechListDto>(`/api/v1/environment/technologies?${query({ ...f, limit: '50' })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTechnology(code: string, version?: number) {
  return useQuery({
    queryKey: ['environment', 'technology', code, version ?? null],
    queryFn: () =>
      apiFetch<TechnologyDto>(
        `/api/v1/environment/technologies/${encodeURIComponent(code)}${version ? `?version=${version}` : ''}`,
      ),
  });
}

export function useWaterBodies() {
  return useQuery({
    queryKey: ['environment', 'water-bodies'],
    queryFn: () => apiFetch<{ items: WaterBodySummaryDto[] }>('/api/v1/environment/water-bodies'),
  });
}

export function useWaterBody(id: string) {
  return useQuery({
    queryKey: ['environment', 'water-body', id],
    queryFn: () => apiFetch<WaterBodyDto>(`/api/v1/environment/water-bodies/${encodeURIComponent(id)}`),
  });
}
