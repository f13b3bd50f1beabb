import { useQuery } from '@tanstack/react-query';
import { documentsKeys, fetchYears } from './documentsApi';

/** The choices of the year filter: only years that have a document. */
export function useDocumentYears() {
  return useQuery({ queryKey: documentsKeys.years(), queryFn: fetchYears });
}
