import type {
  BodyDto,
  ChairmanshipDto,
  StateDto,
  StateSummaryDto,
  UpdateContactBody,
} from '../../../../contracts/states';
import { apiFetch } from '../../../app/apiFetch';

export type StateContact = NonNullable<StateDto['contact']>;

export const statesKeys = {
  all: ['states'] as const,
  list: () => [...statesKeys.all, 'list'] as const,
  detail: (code: string) => [...statesKeys.all, 'detail', code] as const,
  bodies: () => [...statesKeys.all, 'bodies'] as const,
  chairmanships: () => [...statesKeys.all, 'chairmanships'] as const,
};

export async function fetchStates(): Promise<StateSummaryDto[]> {
  return (await apiFetch<{ items: StateSummaryDto[] }>('/api/v1/states')).items;
}

export function fetchState(code: string): Promise<StateDto> {
  return apiFetch<StateDto>(`/api/v1/states/${encodeURIComponent(code)}`);
}

export async function fetchBodies(): Promise<BodyDto[]> {
  return (await apiFetch<{ items: BodyDto[] }>('/api/v1/bodies')).items;
}

export async function fetchChairmanships(): Promise<ChairmanshipDto[]> {
  return (await apiFetch<{ items: ChairmanshipDto[] }>('/api/v1/chairmanships')).items;
}

export function updateContact(
  code: string,
  body: UpdateContactBody,
  csrfToken: string | null,
): Promise<StateContact> {
  return apiFetch<StateContact>(`/api/v1/states/${encodeURIComponent(code)}/contact`, {
    method: 'PUT',
    body,
    csrfToken,
  });
}
