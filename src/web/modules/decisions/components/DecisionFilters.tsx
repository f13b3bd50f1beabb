import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies, useStates } from '../../states';
import type { DecisionFilters as Filters } from '../api/decisionsApi';
import { DECISION_STATUSES, isDecisionStatus, isProcedure, PROCEDURES } from './decisionValues';

interface DecisionFiltersProps {
  value: Filters;
  onChange: (filters: Filters) => void;
}

export function DecisionFilters({ value, onChange }: DecisionFiltersProps) {
  const { t } = useTranslation('decisions');
  const name = useLocalized();
  const bodies = useBodies();
  const states = useStates();
  const members = (states.data ?? []).filter((s) => s.status === 'member' || s.code === value.state);
  const set = (patch: Filters) => onChange({ ...value, ...patch });

  return (
    <form className="filters" role="search" aria-label={t('decisions:filter.label')}>
      <FilterSelect
        label={t('decisions:filter.status')}
        anyLabel={t('decisions:filter.any')}
        value={value.status ?? ''}
        options={DECISION_STATUSES.map((s) => ({
          value: s,
          label: t(`decisions:status.${s}`),
        }))}
        onChange={(v) => set({ status: isDecisionStatus(v) ? v : undefined })}
      />
      <FilterSelect
        label={t('decisions:filter.body')}
        anyLabel={t('decisions:filter.any')}
        value={value.body ?? ''}
        options={(bodies.data ?? []).map((b) => ({ value: b.code, label: name(b.name) }))}
        onChange={(v) => set({ body: v || undefined })}
      />
      <FilterSelect
        label={t('decisions:filter.procedure')}
        anyLabel={t('decisions:filter.any')}
        value={value.procedure ?? ''}
        options={PROCEDURES.map((p) => ({ value: p, label: t(`decisions:procedure.${p}`) }))}
        onChange={(v) => set({ procedure: isProcedure(v) ? v : undefined })}
      />
      <FilterSelect
        label={t('decisions:filter.state')}
        anyLabel={t('decisions:filter.anyState')}
        value={value.state ?? ''}
        options={members.map((s) => ({ value: s.code, label: name(s.name) }))}
        onChange={(v) => set({ state: v || undefined })}
      />
    </form>
  );
}
