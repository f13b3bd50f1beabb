import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatInstantInZone, readerTimeZoneName } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useExtendDeadline } from '../api/useExtendDeadline';
import { instantToLocalInput, localInputToInstant } from './localDateTime';

/** Moves the deadline of a written procedure later; the new one is entered in the reader's zone. */
export function ExtendDeadlineForm({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const extend = useExtendDeadline(decision.id);
  const [value, setValue] = useState(() => (decision.deadline ? instantToLocalInput(decision.deadline) : ''));
  const instant = localInputToInstant(value);
  const changed = instant !== undefined && instant !== decision.deadline;

  return (
    <div className="form form--inline" data-testid="extend-form">
      <ProblemAlert error={extend.error} fieldLabels={{ '/deadline': t('decisions:actions.newDeadline') }} />
      <TextField
        label={t('decisions:actions.newDeadline')}
        hint={t('decisions:form.deadlineZone', { zone: readerTimeZoneName(code) })}
        type="datetime-local"
        value={value}
        onChange={(v) => {
          extend.reset();
          setValue(v);
        }}
      />
      <ConfirmButton
        title={t('decisions:actions.extendTitle')}
        message={
          instant
            ? t('decisions:actions.extendMessage', { deadline: formatInstantInZone(instant, code) })
            : ''
        }
        irreversible={t('decisions:actions.extendIrreversible')}
        onConfirm={() => instant && extend.mutate(instant)}
        disabled={!changed || extend.isPending}
      >
        {t('decisions:actions.extend')}
      </ConfirmButton>
      <p role="status" className="form__status">
        {extend.isSuccess ? t('decisions:actions.extended') : ''}
      </p>
    </div>
  );
}
