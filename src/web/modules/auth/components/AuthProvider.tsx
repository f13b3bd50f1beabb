import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { AuthContext, type AuthState } from '../api/AuthContext';
import { authKeys, fetchMe } from '../api/authApi';

export function AuthProvider({ children }: { children: ReactNode }) {
  const meQuery = useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
  const me = meQuery.data;
  const value = useMemo<AuthState>(() => ({ me, csrfToken: me?.csrfToken ?? null }), [me]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
