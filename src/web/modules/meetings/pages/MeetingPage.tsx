import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, useAuth } from '../../auth';
import { useStates } from '../../states';
import { useMeeting } from '../api/useMeeting';
import { AgendaBuilder } from '../components/AgendaBuilder';
import { AgendaList } from '../components/AgendaList';
import { MeetingFacts } from '../components/MeetingFacts';
import { MinutesPublication } from '../components/MinutesPublication';
import { MinutesSection } from '../components/MinutesSection';
import { ParticipantsForm } from '../components/ParticipantsForm';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/meetings/$id');

export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { id } = route.useParams();
  const query = useMeeting(id);
  const localized = useLocalized();
  const { code } = useLanguage();
  const { me } = useAuth();
  const manages = isSecretariat(me);
  const states = useStates();
  const meeting = query.data;
  const published = (at: string | null, part: 'agenda' | 'minutes') =>
    at ? (
      <p className="publication" data-testid={`${part}-published`}>
        {part === 'agenda'
          ? t('meetings:agenda.publishedAt', { when: formatInstant(at, code) })
          : t('meetings:minutes.publishedAt', { when: formatInstant(at, code) })}
      </p>
    ) : (
      <p className="muted" data-testid={`${part}-draft`}>
        {part === 'agenda' ? t('meetings:agenda.draft') : t('meetings:minutes.draft')}
      </p>
    );
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
            {manages && (
              <Link to="/meetings/$id/edit" params={{ id }} className="button button--secondary">
                {t('meetings:edit')}
              </Link>
            )}
          </header>
          <PageTools />
          <MeetingFacts meeting={meeting} />
          <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t('meetings:agenda.title')}</h2>
            {(manages || meeting.agendaPublishedAt) && published(meeting.agendaPublishedAt, 'agenda')}
            {manages && !meeting.agendaPublishedAt ? (
              <AgendaBuilder meeting={meeting} />
            ) : (
              <AgendaList agenda={meeting.agenda} />
            )}
          </section>
          {manages && states.data && (
            <section aria-labelledby="participants-heading">
              <h2 id="participants-heading">{t('meetings:participants.title')}</h2>
              <ParticipantsForm meeting={meeting} states={states.data} />
            </section>
          )}
          <section aria-labelledby="minutes-heading">
            <h2 id="minutes-heading">{t('meetings:minutes.title')}</h2>
            {published(meeting.minutesPublishedAt, 'minutes')}
            <MinutesSection minutes={meeting.minutes} />
            {manages && !meeting.minutesPublishedAt && <MinutesPublication meeting={meeting} />}
          </section>
        </>
      )}
    </div>
  );
}
