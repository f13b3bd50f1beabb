import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CyberCollectionsDto,
  CyberObjectDto,
  CyberObjectsDto,
  TlpLevel,
  VolumeInterval,
} from '../../../../contracts/cyber-browse';
import { apiFetch } from '../../../app/apiFetch';

export type { CyberCollectionsDto, CyberObjectDto, CyberObjectsDto, TlpLevel, VolumeInterval };
export type CyberObjectSummary = CyberObjectsDto['items'][number];
export type CyberGraph = CyberObjectDto['graph'];

/** The object browser's filters, as they stand in the address bar. */
export interface ObjectFilters {
  type?: string;
  tlp?: TlpLevel;
  cert?: string;
  collection?: string;
  from?: string;
  to?: string;
  q?: string;
  before?: string;
}

export const OBJECTS_PAGE_SIZE = 25;

export const cyberKeys = {
  all: ['cyber'] as const,
  collections: (interval: VolumeInterval) => [...cyberKeys.all, 'collections', interval] as const,
  objects: (filters: ObjectFilters) => [...cyberKeys.all, 'objects', filters] as const,
  object: (collectionId: string, objectId: string, version: string | undefined) =>
    [...cyberKeys.all, 'object', collectionId, objectId, version ?? null] as const,
};

function query(params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export function useCyberCollections(interval: VolumeInterval) {
  return useQuery({
    queryKey: cyberKeys.collections(interval),
    queryFn: () =>
      apiFetch<CyberCollectionsDto>(
        `/api/v1/cyber/collections${query({ interval, periods: interval === 'week' ? 12 : 30 })}`,
      ),
  });
}

export function useCyberObjects(filters: ObjectFilters) {
  return useQuery({
    queryKey: cyberKeys.objects(filters),
    queryFn: () =>
      apiFetch<CyberObjectsDto>(`/api/v1/cyber/objects${query({ ...filters, limit: OBJECTS_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export function useCyberObject(collectionId: string, objectId: string, version: string | undefined) {
  return useQuery({
    queryKey: cyberKeys.object(collectionId, objectId, version),
    queryFn: () =>
      apiFetch<CyberObjectDto>(
        `/api/v1/cyber/collections/${encodeURIComponent(collectionId)}/objects/${encodeURIComponent(objectId)}${query({ version })}`,
      ),
    retry: false,
  });
}
