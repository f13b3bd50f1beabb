import { useCallback, useMemo } from 'react';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useOrganisations } from './useOrganisations';

/** A funder or sponsor by its reference: a state's name in the UI language, or an organisation's name. */
export function useFunderNames(): (ref: string) => string {
  const stateName = useStateNames();
  const organisations = useOrganisations();
  const name = useLocalized();
  const byId = useMemo(
    () => new Map((organisations.data ?? []).map((o) => [o.id, name(o.nameLocalized)])),
    [organisations.data, name],
  );
  return useCallback((ref: string) => byId.get(ref) ?? stateName(ref), [byId, stateName]);
}
