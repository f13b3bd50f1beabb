import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CorridorDto,
  LinkDto,
  NodeDto,
  PartnerApplicationBody,
  PartnerDto,
  RoutesDto,
  SynergyDto,
} from '../../../../contracts/transport';
import { apiFetch } from '../../../app/apiFetch';
import { useAuth } from '../../auth';

/** The planner's query as it stands in the page's URL and goes to the API. */
export interface PlannerSearch {
  from?: string;
  to?: string;
  criterion?: 'time' | 'cost' | 'co2' | 'pareto';
  avoid?: string;
  include?: 'planned';
  cargo?: string;
  /** A number in the address bar when it is one (the router would quote a numeric string). */
  tonnesPerTeu?: number | string;
}

export const transportKeys = {
  nodes: () => ['transport', 'nodes'] as const,
  node: (id: string) => ['transport', 'nodes', id] as const,
  links: () => ['transport', 'links'] as const,
  corridors: () => ['transport', 'corridors'] as const,
  corridor: (id: string) => ['transport', 'corridors', id] as const,
  synergy: () => ['transport', 'synergy'] as const,
  partners: () => ['transport', 'partners'] as const,
  routes: (q: PlannerSearch) => ['transport', 'routes', q] as const,
  worldAtlas: () => ['transport', 'world-atlas'] as const,
};

/** The registry changes only when a coordinator edits it; a minute of staleness misleads no one. */
const REGISTRY_STALE = 60_000;

export function useNodes() {
  return useQuery({
    queryKey: transportKeys.nodes(),
    queryFn: async () => (await apiFetch<{ items: NodeDto[] }>('/api/v1/transport/nodes')).items,
    staleTime: REGISTRY_STALE,
  });
}

export function useNode(id: string) {
  return useQuery({
    queryKey: transportKeys.node(id),
    queryFn: () => apiFetch<NodeDto>(`/api/v1/transport/nodes/${encodeURIComponent(id)}`),
    staleTime: REGISTRY_STALE,
  });
}

export function useLinks() {
  return useQuery({
    queryKey: transportKeys.links(),
    queryFn: async () => (await apiFetch<{ items: LinkDto[] }>('/api/v1/transport/links')).items,
    staleTime: REGISTRY_STALE,
  });
}

export function useCorridors() {
  return useQuery({
    queryKey: transportKeys.corridors(),
    queryFn: async () => (await apiFetch<{ items: CorridorDto[] }>('/api/v1/transport/corridors')).items,
    staleTime: REGISTRY_STALE,
  });
}

export function useCorridor(id: string) {
  return useQuery({
    queryKey: transportKeys.corridor(id),
    queryFn: () => apiFetch<CorridorDto>(`/api/v1/transport/corridors/${encodeURIComponent(id)}`),
    staleTime: REGISTRY_STALE,
  });
}

export function useSynergy() {
  return useQuery({
    queryKey: transportKeys.synergy(),
    queryFn: () => apiFetch<z.infer<typeof SynergyDto>>('/api/v1/transport/corridors/synergy'),
    staleTime: REGISTRY_STALE,
  });
}

export function usePartners() {
  return useQuery({
    queryKey: transportKeys.partners(),
    queryFn: async () => (await apiFetch<{ items: PartnerDto[] }>('/api/v1/transport/partners')).items,
  });
}

/** Runs once the URL names both ends (a 4xx naming its parameter is not retried by the client). */
export function useRoutes(q: PlannerSearch) {
  const params = new URLSearchParams(
    Object.entries(q).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
  );
  return useQuery({
    queryKey: transportKeys.routes(q),
    queryFn: () => apiFetch<RoutesDto>(`/api/v1/transport/routes?${params.toString()}`),
    enabled: !!q.from && !!q.to,
    staleTime: REGISTRY_STALE,
  });
}

export function useApplyToPartnership() {
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof PartnerApplicationBody>) =>
      apiFetch<PartnerDto>('/api/v1/transport/partners', { method: 'POST', body, csrfToken }),
    onSuccess: () => client.invalidateQueries({ queryKey: transportKeys.partners() }),
  });
}
