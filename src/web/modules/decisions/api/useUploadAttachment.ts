import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionDto } from '../../../../contracts/decisions';
import { useAuth } from '../../auth';
import { decisionsKeys, uploadAttachment, type NewAttachment } from './decisionsApi';

export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (upload: NewAttachment) => uploadAttachment(id, upload, csrfToken),
    onSuccess: (attachment) => {
      queryClient.setQueryData<DecisionDto>(
        decisionsKeys.detail(id),
        (d) => d && { ...d, attachments: [...d.attachments, attachment] },
      );
    },
  });
}
