import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { createProject, storeProject, type Keyed, type NewProject } from './projectsApi';

export function useCreateProject() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (project: Keyed<NewProject>) => createProject(project, csrfToken),
    onSuccess: (project) => storeProject(queryClient, project),
  });
}
