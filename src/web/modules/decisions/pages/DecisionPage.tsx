import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, statesSpokenFor, useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { useDecision } from '../api/useDecision';
import { Attachments } from '../components/Attachments';
import { DeadlineCountdown } from '../components/DeadlineCountdown';
import { DecisionFacts } from '../components/DecisionFacts';
import { DecisionStatusBadge } from '../components/DecisionStatusBadge';
import { DecisionText } from '../components/DecisionText';
import { Discussion } from '../components/Discussion';
import { OutcomePanel } from '../components/OutcomePanel';
import { PositionForm } from '../components/PositionForm';
import { PositionMatrix } from '../components/PositionMatrix';
import { positionOf } from '../components/positionOf';
import { PositionsMap } from '../components/PositionsMap';
import { SecretariatActions } from '../components/SecretariatActions';
import { TextVersions } from '../components/TextVersions';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/decisions/$id');

export function DecisionPage() {
  const { t } = useTranslation('decisions');
  const { id } = route.useParams();
  const query = useDecision(id);
  const { me } = useAuth();
  const localized = useLocalized();
  const { intl } = useLanguage();
  const stateName = useStateNames();
  const decision = query.data;
  useDocumentTitle(decision ? localized(decision.title) : t('decisions:decision'));

  if (!decision) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/decisions">{t('decisions:backToList')}</Link>
        </p>
        <h1>{t('decisions:decision')}</h1>
        {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
      </div>
    );
  }

  const open = decision.status === 'open';
  const mine = statesSpokenFor(me);
  const speaksFor = mine.filter((s) => decision.participants.includes(s));
  const outside = mine.filter((s) => !decision.participants.includes(s));
  const list = (codes: string[]) =>
    new Intl.ListFormat(intl, { type: 'conjunction' }).format(codes.map(stateName));

  return (
    <div className="page decision-page">
      <p className="breadcrumb">
        <Link to="/decisions">{t('decisions:backToList')}</Link>
      </p>
      <header className="page-head">
        <h1>{localized(decision.title)}</h1>
        <p className="page-head__meta">
          <DecisionStatusBadge status={decision.status} />
          {decision.number && <span className="page-head__number">{decision.number}</span>}
          {decision.demo && <DemoBadge />}
        </p>
      </header>
      <PageTools
        exports={[
          { href: `/api/v1/decisions/${decision.id}/positions.csv`, label: t('decisions:positionsCsv') },
        ]}
      />

      <div className="decision-summary">
        <DecisionFacts decision={decision} />
        {decision.deadline && <DeadlineCountdown deadline={decision.deadline} running={open} />}
      </div>
      {decision.openToPartners && (
        <p className="notice" data-testid="open-to-partners">
          {t('decisions:partners.notice')}
        </p>
      )}

      <OutcomePanel decision={decision} />
      <DecisionText
        title={decision.title}
        text={decision.text}
        authenticLanguages={decision.authenticLanguages}
      />
      <Attachments decision={decision} />

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('decisions:positions.title')}</h2>
        <div className="decision-positions">
          <PositionMatrix decision={decision} />
          <PositionsMap decision={decision} />
        </div>
      </section>

      {open && (speaksFor.length > 0 || outside.length > 0) && (
        <section aria-labelledby="your-position-heading">
          <h2 id="your-position-heading">{t('decisions:positions.yours')}</h2>
          {speaksFor.map((state) => (
            <PositionForm
              key={state}
              decisionId={decision.id}
              state={state}
              current={positionOf(decision, state)}
            />
          ))}
          {outside.length > 0 && (
            <p className="notice" data-testid="not-participating">
              {t('decisions:positions.notParticipating', { states: list(outside) })}
            </p>
          )}
        </section>
      )}

      {open && isSecretariat(me) && <SecretariatActions decision={decision} />}
      <TextVersions decision={decision} canRevise={open && isSecretariat(me)} />
      <Discussion decision={decision} />
    </div>
  );
}
