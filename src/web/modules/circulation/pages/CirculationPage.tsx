import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useAuth } from '../../auth';
import { useCirculation } from '../api/circulationApi';
import { ReceiptForms } from '../components/ReceiptForms';
import { ReceiptMatrix } from '../components/ReceiptMatrix';

const route = getRouteApi('/circulations/$id');

/** A circulation: its subject, purpose and the receipt matrix; a recipient's focal point answers here. */
export function CirculationPage() {
  const { id } = route.useParams();
  const { t } = useTranslation('circulation');
  const { me } = useAuth();
  const localized = useLocalized();
  const c = useCirculation(id);
  useDocumentTitle(
    c.data ? `${c.data.number} ${localized(c.data.subject.title)}` : t('circulation:desk.title'),
  );

  if (c.isError) return <ProblemAlert error={c.error} />;
  if (!c.data) return <Loading />;
  const recipients = new Set(c.data.states.map((s) => s.state));
  const focal = [
    ...new Set(
      (me?.mandates ?? [])
        .filter((m) => m.role === 'national_coordinator' && m.state && recipients.has(m.state))
        .map((m) => m.state!),
    ),
  ];
  return (
    <div className="page">
      <p>
        <Link to="/circulations">{t('circulation:back')}</Link>
      </p>
      <h1>
        {c.data.number} · {localized(c.data.subject.title)} {c.data.demo && <DemoBadge />}
      </h1>
      <p className="lead" data-testid="circulation-purpose">
        {t(`circulation:purpose.${c.data.purpose}`)}
        {c.data.deadline &&
          ` · ${t('circulation:deadlineLocal', { deadline: c.data.deadline.replace('T', ' ') })}`}
      </p>
      <ReceiptMatrix circulation={c.data} />
      {focal.map((state) => (
        <ReceiptForms key={state} circulation={c.data} state={state} />
      ))}
    </div>
  );
}
