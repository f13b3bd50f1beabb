import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth';
import { projectsKeys, registerOrganisation, type Keyed, type NewOrganisation } from './projectsApi';
import { resendLostWrite } from './resendLostWrite';

/** Once registered, an organisation is offered as a sponsor and as a funder everywhere. */
export function useRegisterOrganisation() {
  const queryClient = useQueryClient();
  const { csrfToken } = useAuth();
  return useMutation({
    mutationFn: (organisation: Keyed<NewOrganisation>) => registerOrganisation(organisation, csrfToken),
    retry: resendLostWrite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKeys.organisations() }),
  });
}
