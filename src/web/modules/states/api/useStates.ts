import { useQuery } from '@tanstack/react-query';
import { fetchStates, statesKeys } from './statesApi';

export function useStates() {
  return useQuery({ queryKey: statesKeys.list(), queryFn: fetchStates });
}
