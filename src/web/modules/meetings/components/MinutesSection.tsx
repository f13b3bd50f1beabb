import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MinutesDto } from '../../../../contracts/meetings';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { DecisionStatusBadge } from '../../decisions';
import { useStateNames } from '../../states';

/** The decisions taken at the meeting with their register numbers, and each state's statements. */
export function MinutesSection({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('meetings');
  const { code, intl } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const numberOf = new Map(minutes.decisions.map((d) => [d.id, d.number]));
  const collator = new Intl.Collator(intl);
  const states = [...new Set(minutes.statements.map((s) => s.state))].sort((a, b) =>
    collator.compare(stateName(a), stateName(b)),
  );

  if (minutes.decisions.length === 0) return <p className="muted">{t('meetings:minutes.empty')}</p>;
  return (
    <div className="minutes" data-testid="minutes">
      <h3>{t('meetings:minutes.decisions')}</h3>
      <ul className="minutes__decisions">
        {minutes.decisions.map((d) => (
          <li key={d.id}>
            <strong className="minutes__number">{d.number}</strong>{' '}
            <Link to="/decisions/$id" params={{ id: d.id }}>
              {localized(d.title)}
            </Link>{' '}
            <DecisionStatusBadge status={d.result} />{' '}
            <time dateTime={d.closedAt} className="muted">
              {formatInstant(d.closedAt, code)}
            </time>
          </li>
        ))}
      </ul>
      <h3>{t('meetings:minutes.statements')}</h3>
      {states.length === 0 ? (
        <p className="muted">{t('meetings:minutes.noStatements')}</p>
      ) : (
        <dl className="statements">
          {states.map((state) => (
            <div key={state}>
              <dt>{stateName(state)}</dt>
              {minutes.statements
                .filter((s) => s.state === state)
                .map((s) => (
                  <dd key={s.decisionId}>
                    <Link to="/decisions/$id" params={{ id: s.decisionId }}>
                      {numberOf.get(s.decisionId) ?? t('meetings:agenda.decision')}
                    </Link>
                    {': '}
                    {s.text ?? <span className="muted">{t('meetings:minutes.noText')}</span>}
                  </dd>
                ))}
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
