import { useQuery } from '@tanstack/react-query';
import type { CorridorDto, NodeDto } from '../../../../contracts/transport';
import { apiFetch } from '../../../app/apiFetch';

export const transportKeys = {
  nodes: () => ['transport', 'nodes'] as const,
  corridors: () => ['transport', 'corridors'] as const,
};

/** The registry changes only when a coordinator edits it; a minute of staleness misleads no one. */
export function useNodes() {
  return useQuery({
    queryKey: transportKeys.nodes(),
    queryFn: async () => (await apiFetch<{ items: NodeDto[] }>('/api/v1/transport/nodes')).items,
    staleTime: 60_000,
  });
}

export function useCorridors() {
  return useQuery({
    queryKey: transportKeys.corridors(),
    queryFn: async () => (await apiFetch<{ items: CorridorDto[] }>('/api/v1/transport/corridors')).items,
    staleTime: 60_000,
  });
}
