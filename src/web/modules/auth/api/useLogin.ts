import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '../../../../contracts/auth';
import { authKeys, login } from './authApi';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: (me) => {
      // What a visitor was shown may differ from what this user may see.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
