import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useSendReminders } from '../api/useSendReminders';

/** The Secretariat reminds the states that have not reported or are late, and sees which were reminded. */
export function RemindersPanel({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const { intl } = useLanguage();
  const stateName = useStateNames();
  const remind = useSendReminders(planId);
  const reminded = remind.data?.states;
  return (
    <section aria-labelledby="reminders-heading" className="panel" data-testid="reminders">
      <h2 id="reminders-heading">{t('plans:reminders.title')}</h2>
      <p className="field__hint">{t('plans:reminders.hint')}</p>
      <ProblemAlert error={remind.error} />
      <ConfirmButton
        title={t('plans:reminders.confirmTitle')}
        message={t('plans:reminders.confirmMessage')}
        irreversible={t('plans:reminders.irreversible')}
        confirmLabel={t('plans:reminders.send')}
        onConfirm={() => remind.mutate()}
        disabled={remind.isPending}
      >
        {remind.isPending ? t('plans:reminders.sending') : t('plans:reminders.send')}
      </ConfirmButton>
      <p role="status" className="form__status" data-testid="reminded">
        {reminded
          ? reminded.length
            ? t('plans:reminders.sent', {
                states: new Intl.ListFormat(intl, { type: 'conjunction' }).format(reminded.map(stateName)),
              })
            : t('plans:reminders.nobody')
          : ''}
      </p>
    </section>
  );
}
