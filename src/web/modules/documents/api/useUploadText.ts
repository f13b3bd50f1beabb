import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { documentsKeys, uploadText, type NewText } from './documentsApi';

export function useUploadText(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (text: NewText) => uploadText(id, text, csrfToken),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: documentsKeys.detail(id) }),
  });
}
