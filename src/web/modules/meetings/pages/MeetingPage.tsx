import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useMeeting } from '../api/useMeeting';
import { AgendaList } from '../components/AgendaList';
import { MeetingFacts } from '../components/MeetingFacts';
import { MinutesSection } from '../components/MinutesSection';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/meetings/$id');

export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { id } = route.useParams();
  const query = useMeeting(id);
  const localized = useLocalized();
  const meeting = query.data;
  useDocumentTitle(meeting ? localized(meeting.title) : t('meetings:meeting'));

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/calendar" search={meeting ? { month: meeting.startDate.slice(0, 7) } : {}}>
          {t('meetings:backToCalendar')}
        </Link>
      </p>
      {!meeting ? (
        <>
          <h1>{t('meetings:meeting')}</h1>
          {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
        </>
      ) : (
        <>
          <header className="page-head">
            <h1>{localized(meeting.title)}</h1>
            {meeting.demo && (
              <p className="page-head__meta">
                <DemoBadge />
              </p>
            )}
          </header>
          <PageTools />
          <MeetingFacts meeting={meeting} />
          <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t('meetings:agenda.title')}</h2>
            <AgendaList agenda={meeting.agenda} />
          </section>
          <section aria-labelledby="minutes-heading">
            <h2 id="minutes-heading">{t('meetings:minutes.title')}</h2>
            <MinutesSection minutes={meeting.minutes} />
          </section>
        </>
      )}
    </div>
  );
}
