import { useQuery } from '@tanstack/react-query';
import { fetchOrganisations, projectsKeys } from './projectsApi';

export function useOrganisations() {
  return useQuery({ queryKey: projectsKeys.organisations(), queryFn: fetchOrganisations });
}
