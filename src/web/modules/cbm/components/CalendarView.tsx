import { useTranslation } from 'react-i18next';
import type { CalendarDto } from '../../../../contracts/cbm';
import { formatInstant, formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

/** The year: activities that are or may be notifiable, the yearly exchange by state, visits against quotas. */
export function CalendarView({ cal }: { cal: CalendarDto }) {
  const { t } = useTranslation('cbm');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const unconfirmed = t('cbm:unconfirmed');
  return (
    <div data-testid="cbm-calendar">
      <h3>{t('cbm:calendar.activities')}</h3>
      {cal.activities.length === 0 ? (
        <p className="notice">{t('cbm:calendar.noActivities')}</p>
      ) : (
        <ul>
          {cal.activities.map((a) => (
            <li key={a.declarationId}>
              {formatPartialDate(a.from, code)} – {formatPartialDate(a.to, code)}: {t(`cbm:kind.${a.kind}`)},{' '}
              {stateName(a.state)} ({t('cbm:calendar.troops', { n: a.troops })})
              {a.notifyBy && <> · {t('cbm:obligation.due', { date: formatPartialDate(a.notifyBy, code) })}</>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('cbm:calendar.exchange')}</h3>
      <p>
        {cal.exchange.due
          ? t('cbm:calendar.exchangeDue', { date: formatPartialDate(cal.exchange.due, code) })
          : unconfirmed}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cbm:calendar.state')}</th>
              <th scope="col">{t('cbm:calendar.submitted')}</th>
              <th scope="col">{t('cbm:calendar.visits')}</th>
            </tr>
          </thead>
          <tbody>
            {cal.exchange.states.map((s) => {
              const q = cal.quotas.find((x) => x.state === s.state);
              return (
                <tr key={s.state}>
                  <th scope="row">{stateName(s.state)}</th>
                  <td>{s.submittedAt ? formatInstant(s.submittedAt, code) : '—'}</td>
                  <td>
                    {q?.used ?? 0} / {q?.quota ?? unconfirmed}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
