import type { LoginBody, MeDto } from '../../../../contracts/auth';
import { apiFetch, isProblemError } from '../../../app/apiFetch';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The server's readable companion of the session cookie (no secret): present while a session may be open. */
const SIGNED_IN_COOKIE = 'sco_signed_in';

function maySignedIn(): boolean {
  return document.cookie.split(';').some((c) => c.trim().startsWith(`${SIGNED_IN_COOKIE}=`));
}

/**
 * Who is signed in; null for a visitor. A visitor is known by the missing companion cookie, so the
 * server is asked only when a session may be open (a 401 then clears the cookie: asked once).
 */
export async function fetchMe(): Promise<MeDto | null> {
  if (!maySignedIn()) return null;
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
