import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
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
      <SelectField
        label={t('decisions:filter.status')}
        value={value.status ?? ''}
        onChange={(v) => set({ status: isDecisionStatus(v) ? v : undefined })}
      >
        <option value="">{t('decisions:filter.any')}</option>
        {DECISION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`decisions:status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('decisions:filter.body')}
        value={value.body ?? ''}
        onChange={(v) => set({ body: v || undefined })}
      >
        <option value="">{t('decisions:filter.any')}</option>
        {(bodies.data ?? []).map((b) => (
          <option key={b.code} value={b.code}>
            {name(b.name)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('decisions:filter.procedure')}
        value={value.procedure ?? ''}
        onChange={(v) => set({ procedure: isProcedure(v) ? v : undefined })}
      >
        <option value="">{t('decisions:filter.any')}</option>
        {PROCEDURES.map((p) => (
          <option key={p} value={p}>
            {t(`decisions:procedure.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('decisions:filter.state')}
        value={value.state ?? ''}
        onChange={(v) => set({ state: v || undefined })}
      >
        <option value="">{t('decisions:filter.anyState')}</option>
        {members.map((s) => (
          <option key={s.code} value={s.code}>
            {name(s.name)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
