import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { addComment, projectsKeys, type NewComment } from './projectsApi';

export function useAddProjectComment(id: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (comment: NewComment) => addComment(id, comment, csrfToken),
    // Refetched rather than appended: an answer also marks its question answered.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.comments(id) }),
  });
}
