import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useNow } from '../../../ui/useNow';
import { isSecretariat, useAuth } from '../../auth';
import type { MeetingFilters, MeetingRange } from '../api/meetingsApi';
import { useMeetings } from '../api/useMeetings';
import { CalendarFilters } from '../components/CalendarFilters';
import { MeetingList } from '../components/MeetingList';
import { dayOf, monthGrid } from '../components/monthGrid';
import { MonthView } from '../components/MonthView';
import { SubscribeLinks } from '../components/SubscribeLinks';

const route = getRouteApi('/calendar');

export function CalendarPage() {
  const { t } = useTranslation('meetings');
  const { me } = useAuth();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const today = dayOf(new Date(useNow(60_000)));
  const view = search.view ?? 'month';
  const month = search.month ?? today.slice(0, 7);
  const filters: MeetingFilters = { body: search.body, level: search.level, state: search.state };
  const weeks = monthGrid(month);
  const range: MeetingRange =
    view === 'month' ? { from: weeks[0]![0]!.date, to: weeks.at(-1)!.at(-1)!.date } : {};
  const meetings = useMeetings(filters, range);
  useDocumentTitle(t('meetings:title'));

  function filter(next: MeetingFilters) {
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  }

  return (
    <div className="page">
      <div className="page-head page-head--with-action">
        <h1>{t('meetings:title')}</h1>
        {isSecretariat(me) && (
          <Link to="/meetings/new" className="button">
            {t('meetings:plan')}
          </Link>
        )}
      </div>
      <p className="lead">{t('meetings:intro')}</p>
      <nav className="view-switch" aria-label={t('meetings:view.label')}>
        <Link
          to="/calendar"
          search={(prev) => ({ ...prev, view: undefined })}
          activeOptions={{ explicitUndefined: true }}
        >
          {t('meetings:view.month')}
        </Link>
        <Link to="/calendar" search={(prev) => ({ ...prev, view: 'list' as const, month: undefined })}>
          {t('meetings:view.list')}
        </Link>
      </nav>
      <CalendarFilters value={filters} onChange={filter} />
      <ProblemAlert error={meetings.error} />
      {!meetings.data ? (
        meetings.isPending && <Loading />
      ) : view === 'month' ? (
        <MonthView
          month={month}
          meetings={meetings.data}
          today={today}
          onMonthChange={(next) => void navigate({ search: (prev) => ({ ...prev, month: next }) })}
        />
      ) : (
        <MeetingList meetings={meetings.data} today={today} />
      )}
      <SubscribeLinks filters={filters} />
    </div>
  );
}
