import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateStatus, StateSummaryDto } from '../../../../contracts/states';
import { isStateStatus, STATE_STATUSES } from './statuses';

interface StatusFilterProps {
  states: StateSummaryDto[];
  value: StateStatus | undefined;
  onChange: (status: StateStatus | undefined) => void;
}

export function StatusFilter({ states, value, onChange }: StatusFilterProps) {
  const { t } = useTranslation('states');
  const id = useId();
  const options = STATE_STATUSES.filter(
    (status) => status === value || states.some((s) => s.status === status),
  );
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('states:filter.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(isStateStatus(e.target.value) ? e.target.value : undefined)}
      >
        <option value="">{t('states:filter.all', { n: states.length })}</option>
        {options.map((status) => (
          <option key={status} value={status}>
            {t('states:legend.entry', {
              status: t(`states:status.${status}`),
              n: states.filter((s) => s.status === status).length,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
