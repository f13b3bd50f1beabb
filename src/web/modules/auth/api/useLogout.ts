import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, logout } from './authApi';
import { useAuth } from './useAuth';

export function useLogout() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: () => logout(csrfToken),
    onSuccess: () => {
      queryClient.setQueryData(authKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}
