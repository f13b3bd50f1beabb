import { useQuery } from '@tanstack/react-query';
import { documentsKeys, searchDocuments } from './documentsApi';

/** The instruments matching search words, for picking one in a form; nothing while the words are ''. */
export function useInstrumentMatches(q: string) {
  return useQuery({
    queryKey: documentsKeys.picker(q),
    queryFn: async () => (await searchDocuments({ q })).items,
    enabled: q !== '',
  });
}
