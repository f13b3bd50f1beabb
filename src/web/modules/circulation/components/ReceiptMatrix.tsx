import { useTranslation } from 'react-i18next';
import type { CirculationDto } from '../../../../contracts/circulation';
import { formatInstant, formatInstantInZone } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

/** States × opened, acknowledged, replied: the rows the reader may see, each deadline in its state's zone. */
export function ReceiptMatrix({ circulation }: { circulation: CirculationDto }) {
  const { t } = useTranslation('circulation');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const when = (at: string | null) => (at ? formatInstant(at, code) : '—');
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="table" data-testid="receipt-matrix">
        <caption id="matrix-caption">{t('circulation:matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('circulation:matrix.state')}</th>
            <th scope="col">{t('circulation:matrix.deadline')}</th>
            <th scope="col">{t('circulation:matrix.opened')}</th>
            <th scope="col">{t('circulation:matrix.acknowledged')}</th>
            <th scope="col">{t('circulation:matrix.replied')}</th>
          </tr>
        </thead>
        <tbody>
          {circulation.states.map((s) => (
            <tr key={s.state} data-state={s.state} className={s.overdue ? 'task--overdue' : undefined}>
              <th scope="row">{stateName(s.state)}</th>
              <td>
                {s.deadlineAt ? formatInstantInZone(s.deadlineAt, code, s.zone) : '—'}
                {s.overdue && <p className="task__overdue">{t('circulation:matrix.overdue')}</p>}
              </td>
              <td>{when(s.openedAt)}</td>
              <td>{when(s.acknowledgedAt)}</td>
              <td>
                {when(s.repliedAt)}
                {s.replies.map((r) => (
                  <blockquote key={r.id} className="reply">
                    {r.text}
                    {r.late && <span className="muted"> {t('circulation:matrix.late')}</span>}
                  </blockquote>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
