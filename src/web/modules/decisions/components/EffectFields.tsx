import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { SelectField } from '../../../ui/SelectField';
import { useLocalized, useSortedByName } from '../../../ui/useLocalized';
import { isStateStatus, STATE_STATUSES } from '../../states';
import type { EffectDraft } from './decisionDraft';
import { ADMISSION_STEPS, isAdmissionStep } from './decisionValues';

interface EffectFieldsProps {
  states: StateSummaryDto[];
  value: EffectDraft;
  onChange: (value: EffectDraft) => void;
}

/** The optional consequence of adoption: a state's status changes (admission, suspension, …). */
export function EffectFields({ states, value, onChange }: EffectFieldsProps) {
  const { t } = useTranslation('decisions');
  const name = useLocalized();
  const sortedStates = useSortedByName(states);
  const id = useId();
  const set = (patch: Partial<EffectDraft>) => onChange({ ...value, ...patch });

  return (
    <fieldset className="fieldset">
      <legend>{t('decisions:form.effect')}</legend>
      <div className="choice">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={value.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
        />
        <label htmlFor={`${id}-on`}>{t('decisions:form.effectEnable')}</label>
      </div>
      {value.enabled && (
        <>
          <SelectField
            label={t('decisions:form.effectState')}
            value={value.state}
            onChange={(v) => set({ state: v })}
          >
            <option value="">{t('decisions:form.choose')}</option>
            {sortedStates.map((s) => (
              <option key={s.code} value={s.code}>
                {name(s.name)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('decisions:form.effectStatus')}
            value={value.status}
            onChange={(v) => isStateStatus(v) && set({ status: v })}
          >
            {STATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`states:status.${s}`)}
              </option>
            ))}
          </SelectField>
          {value.status === 'applicant' && (
            <SelectField
              label={t('decisions:form.effectStep')}
              value={value.step}
              onChange={(v) => set({ step: isAdmissionStep(v) ? v : '' })}
            >
              <option value="">{t('decisions:form.stepDefault')}</option>
              {ADMISSION_STEPS.filter((s) => s !== 'membership_granted').map((s) => (
                <option key={s} value={s}>
                  {t(`decisions:step.${s}`)}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
    </fieldset>
  );
}
