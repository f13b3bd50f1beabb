import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { EffectText } from './EffectText';

/** What the procedure came to: the result, its register number and date, who blocked it, its effect. */
export function OutcomePanel({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const { outcome } = decision;

  if (decision.status === 'withdrawn') {
    return (
      <section aria-labelledby="outcome-heading" className="outcome outcome--withdrawn" data-testid="outcome">
        <h2 id="outcome-heading">{t('decisions:outcome.title')}</h2>
        <p className="outcome__result">{t('decisions:status.withdrawn')}</p>
        {decision.closedAt && (
          <p>{t('decisions:outcome.withdrawnOn', { when: formatInstant(decision.closedAt, code) })}</p>
        )}
      </section>
    );
  }
  if (!outcome) return null;

  const blockers = new Intl.ListFormat(intl, { type: 'conjunction' }).format(
    outcome.blockedBy.map(stateName),
  );
  return (
    <section
      aria-labelledby="outcome-heading"
      className={`outcome outcome--${outcome.result}`}
      data-testid="outcome"
    >
      <h2 id="outcome-heading">{t('decisions:outcome.title')}</h2>
      <p className="outcome__result">{t(`decisions:status.${outcome.result}`)}</p>
      <dl className="facts">
        <div>
          <dt>{t('decisions:outcome.number')}</dt>
          <dd data-testid="decision-number">{outcome.number}</dd>
        </div>
        <div>
          <dt>{t('decisions:outcome.date')}</dt>
          <dd>
            <time dateTime={outcome.date}>{formatInstant(outcome.date, code)}</time>
          </dd>
        </div>
        {outcome.blockedBy.length > 0 && (
          <div>
            <dt>{t('decisions:outcome.blockedBy')}</dt>
            <dd>{blockers}</dd>
          </div>
        )}
        {decision.effect && (
          <div>
            <dt>{t('decisions:outcome.effect')}</dt>
            <dd>
              <EffectText effect={decision.effect} />{' '}
              <span className="muted">
                {outcome.effectApplied
                  ? t('decisions:outcome.effectApplied')
                  : t('decisions:outcome.effectNotApplied')}
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
