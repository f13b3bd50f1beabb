import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { addComment, decisionsKeys, type Comment, type NewComment } from './decisionsApi';

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (comment: NewComment) => addComment(id, comment, csrfToken),
    onSuccess: (comment) => {
      queryClient.setQueryData<Comment[]>(decisionsKeys.comments(id), (list) => list && [...list, comment]);
    },
  });
}
