import { useMutation } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { sendReminders } from './plansApi';

export function useSendReminders(planId: string) {
  const { csrfToken } = useAuth();
  return useMutation({ mutationFn: () => sendReminders(planId, csrfToken) });
}
