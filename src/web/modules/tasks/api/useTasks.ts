import { useQuery } from '@tanstack/react-query';
import type { TaskListDto } from '../../../../contracts/tasks';
import { apiFetch } from '../../../app/apiFetch';

export const tasksKeys = { mine: ['tasks', 'mine'] as const };

/** What the signed-in user's state (or the Secretariat) must do; always fresh, as work gets done elsewhere. */
export function useTasks(enabled: boolean) {
  return useQuery({
    queryKey: tasksKeys.mine,
    queryFn: () => apiFetch<TaskListDto>('/api/v1/tasks'),
    enabled,
    staleTime: 0,
  });
}
