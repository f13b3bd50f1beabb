import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useBodyNames, useStateNames } from '../../states';
import { EffectText } from './EffectText';
import { MeetingLink } from './MeetingLink';

export function DecisionFacts({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const bodyName = useBodyNames();
  const stateName = useStateNames();
  return (
    <dl className="facts" data-testid="decision-facts">
      <div>
        <dt>{t('decisions:facts.body')}</dt>
        <dd>{bodyName(decision.body)}</dd>
      </div>
      <div>
        <dt>{t('decisions:facts.procedure')}</dt>
        <dd>
          {t(`decisions:procedure.${decision.procedure}`)}
          <span className="facts__hint">{t(`decisions:procedureHint.${decision.procedure}`)}</span>
        </dd>
      </div>
      {decision.meetingId && (
        <div>
          <dt>{t('decisions:facts.meeting')}</dt>
          <dd>
            <MeetingLink meetingId={decision.meetingId} />
          </dd>
        </div>
      )}
      {decision.concernedState && (
        <div>
          <dt>{t('decisions:facts.concernedState')}</dt>
          <dd>{stateName(decision.concernedState)}</dd>
        </div>
      )}
      {decision.effect && !decision.outcome && (
        <div>
          <dt>{t('decisions:facts.effect')}</dt>
          <dd>
            <EffectText effect={decision.effect} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('decisions:facts.visibility')}</dt>
        <dd>{t(`decisions:visibility.${decision.visibility}`)}</dd>
      </div>
      <div>
        <dt>{t('decisions:facts.createdAt')}</dt>
        <dd>
          <time dateTime={decision.createdAt}>{formatInstant(decision.createdAt, code)}</time>
        </dd>
      </div>
    </dl>
  );
}
