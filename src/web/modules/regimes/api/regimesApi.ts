import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  ImportDto,
  ImportPreviewDto,
  RegimeDto,
  RegimeListDto,
  VisaMatrixDto,
} from '../../../../contracts/regimes';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

export interface RegimesSearch {
  q?: string;
  type?: string;
  state?: string;
  inForceOn?: string;
}

export const regimesKeys = {
  list: (s: RegimesSearch) => ['regimes', 'list', s] as const,
  one: (code: string) => ['regimes', 'one', code] as const,
  visa: (on: string) => ['regimes', 'visa', on] as const,
  import: (id: string) => ['regimes', 'import', id] as const,
  worldAtlas: () => ['regimes', 'world-atlas'] as const,
};

const query = (s: object) =>
  new URLSearchParams(Object.entries(s).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);

export function useRegimes(s: RegimesSearch) {
  return useQuery({
    queryKey: regimesKeys.list(s),
    queryFn: () => apiFetch<RegimeListDto>(`/api/v1/regimes?${query(s)}`),
  });
}

export function useRegime(code: string) {
  return useQuery({
    queryKey: regimesKeys.one(code),
    queryFn: () => apiFetch<RegimeDto>(`/api/v1/regimes/${encodeURIComponent(code)}`),
  });
}

export function useVisaMatrix(on: string) {
  return useQuery({
    queryKey: regimesKeys.visa(on),
    queryFn: () => apiFetch<VisaMatrixDto>(`/api/v1/regimes/visa-matrix?${query({ on })}`),
  });
}

export function usePreviewImport() {
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (csv: string) =>
      apiFetch<ImportPreviewDto>('/api/v1/regimes/imports?dryRun=true', {
        method: 'POST',
        body: { csv },
        csrfToken,
      }),
  });
}

export function useStartImport() {
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: ({ csv, importGoodRows }: { csv: string; importGoodRows: boolean }) =>
      apiFetch<ImportDto>(`/api/v1/regimes/imports?${query({ importGoodRows: String(importGoodRows) })}`, {
        method: 'POST',
        body: { csv },
        csrfToken,
      }),
  });
}

/** The import's progress, asked again every half second until it is written or failed. */
export function useImport(id: string | undefined) {
  return useQuery({
    queryKey: regimesKeys.import(id ?? ''),
    queryFn: () => apiFetch<ImportDto>(`/api/v1/regimes/imports/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data && ['done', 'failed'].includes(q.state.data.status) ? false : 500),
  });
}
