import { createContext } from 'react';
import type { MeDto } from '../../../../contracts/auth';

export interface AuthState {
  /** undefined while the session is being looked up, null for a visitor. */
  me: MeDto | null | undefined;
  /** Sent as X-CSRF-Token on every write made with the session cookie. */
  csrfToken: string | null;
}

export const AuthContext = createContext<AuthState | null>(null);
