import { useQuery } from '@tanstack/react-query';
import { fetchStageGates, projectsKeys } from './projectsApi';

/** The checklist of every gate, with its labels in the three languages; it changes with a release. */
export function useStageGates() {
  return useQuery({ queryKey: projectsKeys.gates(), queryFn: fetchStageGates, staleTime: 60 * 60_000 });
}
