import type { LoginBody, MeDto } from '../../../../contracts/auth';
import { apiFetch, isProblemError } from '../../../app/apiFetch';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** Who is signed in; null for a visitor (the server's 401 is the normal answer for them). */
export async function fetchMe(): Promise<MeDto | null> {
  try {
    return await apiFetch<MeDto>('/api/v1/auth/me');
  } catch (error) {
    if (isProblemError(error) && error.status === 401) return null;
    throw error;
  }
}

export function login(body: LoginBody): Promise<MeDto> {
  return apiFetch<MeDto>('/api/v1/auth/login', { method: 'POST', body });
}

export function logout(csrfToken: string | null): Promise<void> {
  return apiFetch<void>('/api/v1/auth/logout', { method: 'POST', csrfToken });
}
