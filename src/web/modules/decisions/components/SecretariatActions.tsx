import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useCloseDecision } from '../api/useCloseDecision';
import { useWithdrawDecision } from '../api/useWithdrawDecision';
import { ExtendDeadlineForm } from './ExtendDeadlineForm';

/**
 * What the Secretariat may do with an open draft: close it on the chair's behalf (a written procedure
 * closes itself at its deadline, so it is extended instead), or withdraw it. Each asks first.
 */
export function SecretariatActions({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const close = useCloseDecision(decision.id);
  const withdraw = useWithdrawDecision(decision.id);
  const busy = close.isPending || withdraw.isPending;

  return (
    <section aria-labelledby="actions-heading" className="panel" data-testid="secretariat-actions">
      <h2 id="actions-heading">{t('decisions:actions.title')}</h2>
      <ProblemAlert error={close.error ?? withdraw.error} />
      {decision.procedure === 'silence' ? (
        <ExtendDeadlineForm decision={decision} />
      ) : (
        <p className="field__hint">{t('decisions:actions.closeHint')}</p>
      )}
      <div className="button-row">
        {decision.procedure !== 'silence' && (
          <ConfirmButton
            title={t('decisions:actions.closeTitle')}
            message={t('decisions:actions.closeMessage')}
            irreversible={t('decisions:actions.closeIrreversible')}
            onConfirm={() => close.mutate()}
            disabled={busy}
          >
            {t('decisions:actions.close')}
          </ConfirmButton>
        )}
        <ConfirmButton
          title={t('decisions:actions.withdrawTitle')}
          message={t('decisions:actions.withdrawMessage')}
          irreversible={t('decisions:actions.withdrawIrreversible')}
          onConfirm={() => withdraw.mutate()}
          disabled={busy}
          danger
        >
          {t('decisions:actions.withdraw')}
        </ConfirmButton>
      </div>
    </section>
  );
}
