import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/meetings';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { MeetingCard } from './MeetingCard';
import { addMonths, monthGrid, spansDay } from './monthGrid';

interface MonthViewProps {
  /** 'YYYY-MM' */
  month: string;
  meetings: MeetingSummaryDto[];
  /** 'YYYY-MM-DD' in the reader's zone. */
  today: string;
  onMonthChange: (month: string) => void;
}

/** Monday 1 January 2024, the first of seven days that name the weekday columns. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/**
 * A month as a grid of weeks with each meeting on the days it spans, then the same meetings as a list:
 * on a phone the grid shows a dot per meeting and the list carries the titles. Everything in it is a
 * button or a link, so it works from the keyboard in reading order.
 */
export function MonthView({ month, meetings, today, onMonthChange }: MonthViewProps) {
  const { t } = useTranslation('meetings');
  const { intl } = useLanguage();
  const localized = useLocalized();
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const monthName = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthIndex - 1, 1)),
  );
  const weekday = (style: 'short' | 'long', i: number) =>
    new Intl.DateTimeFormat(intl, { weekday: style, timeZone: 'UTC' }).format(
      new Date(A_MONDAY + i * 86_400_000),
    );
  const weeks = monthGrid(month);
  const inMonth = meetings
    .filter((m) => m.endDate >= `${month}-01` && m.startDate <= `${month}-31`)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const thisMonth = today.slice(0, 7);

  return (
    <section aria-labelledby="month-heading" className="month-view">
      <div className="month-nav">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onMonthChange(addMonths(month, -1))}
        >
          <span aria-hidden="true">← </span>
          {t('meetings:month.previous')}
        </button>
        <h2 id="month-heading" aria-live="polite" data-testid="month-title">
          {monthName}
        </h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onMonthChange(addMonths(month, 1))}
        >
          {t('meetings:month.next')}
          <span aria-hidden="true"> →</span>
        </button>
        {month !== thisMonth && (
          <button type="button" className="link-button" onClick={() => onMonthChange(thisMonth)}>
            {t('meetings:month.today')}
          </button>
        )}
      </div>
      <table className="month" data-testid="month-grid">
        <caption className="visually-hidden">{t('meetings:month.caption', { month: monthName })}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              <th scope="col" key={i}>
                <abbr title={weekday('long', i)}>{weekday('short', i)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => {
                const events = meetings.filter((m) => spansDay(m, day.date));
                const classes = ['month__day'];
                if (!day.inMonth) classes.push('month__day--outside');
                if (day.date === today) classes.push('month__day--today');
                return (
                  <td
                    key={day.date}
                    className={classes.join(' ')}
                    aria-current={day.date === today ? 'date' : undefined}
                    data-day={day.date}
                  >
                    <time dateTime={day.date} className="month__date">
                      {day.day}
                    </time>
                    {events.length > 0 && (
                      <ul className="month__events">
                        {events.map((m) => (
                          <li key={m.id}>
                            <Link to="/meetings/$id" params={{ id: m.id }} className="month__event">
                              <span className="month__dot" aria-hidden="true" />
                              <span className="month__event-title">{localized(m.title)}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="month-list-heading">
        <h3 id="month-list-heading">{t('meetings:month.listTitle', { month: monthName })}</h3>
        {inMonth.length === 0 ? (
          <p className="muted" data-testid="month-empty">
            {t('meetings:month.empty')}
          </p>
        ) : (
          <ol className="meeting-list" data-testid="month-list">
            {inMonth.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
