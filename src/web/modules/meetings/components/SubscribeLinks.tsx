import { useTranslation } from 'react-i18next';
import { useBodyNames, useStateNames } from '../../states';
import { calendarFeedPath, type MeetingFilters } from '../api/meetingsApi';

/**
 * iCalendar feeds to subscribe to in a calendar app: all public meetings, and the current filter's.
 * Feeds know bodies and states; the level filter has no feed of its own, which the hint says.
 */
export function SubscribeLinks({ filters }: { filters: MeetingFilters }) {
  const { t } = useTranslation('meetings');
  const bodyName = useBodyNames();
  const stateName = useStateNames();
  const filtered = !!(filters.body || filters.state);
  const scope = [filters.body && bodyName(filters.body), filters.state && stateName(filters.state)]
    .filter(Boolean)
    .join(' · ');
  const absolute = (path: string) =>
    typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString();

  return (
    <section aria-labelledby="subscribe-heading" className="subscribe" data-testid="subscribe">
      <h2 id="subscribe-heading">{t('meetings:subscribe.title')}</h2>
      <p className="field__hint">{t('meetings:subscribe.hint')}</p>
      <ul>
        <li>
          <a href={calendarFeedPath()} type="text/calendar">
            {t('meetings:subscribe.all')}
          </a>
          <code className="subscribe__url">{absolute(calendarFeedPath())}</code>
        </li>
        {filtered && (
          <li>
            <a href={calendarFeedPath(filters)} type="text/calendar">
              {t('meetings:subscribe.filtered', { scope })}
            </a>
            <code className="subscribe__url">{absolute(calendarFeedPath(filters))}</code>
          </li>
        )}
      </ul>
      {filters.level && <p className="field__hint">{t('meetings:subscribe.noLevel')}</p>}
    </section>
  );
}
