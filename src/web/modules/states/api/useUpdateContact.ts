import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StateDto, UpdateContactBody } from '../../../../contracts/states';
import { useAuth } from '../../auth';
import { statesKeys, updateContact } from './statesApi';

export function useUpdateContact(code: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (body: UpdateContactBody) => updateContact(code, body, csrfToken),
    onSuccess: (contact) => {
      queryClient.setQueryData<StateDto>(statesKeys.detail(code), (state) => state && { ...state, contact });
    },
  });
}
