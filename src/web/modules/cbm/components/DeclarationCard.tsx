import { useTranslation } from 'react-i18next';
import type { DeclarationDto } from '../../../../contracts/cbm';
import { DemoBadge } from '../../../ui/DemoBadge';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useNotify } from '../api/cbm';
import { explainObligation } from './explainObligation';

/** A declared activity with its obligations, their deadlines and why, and the notification to send. */
export function DeclarationCard({ d, canNotify }: { d: DeclarationDto; canNotify: boolean }) {
  const { t } = useTranslation('cbm');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const notify = useNotify();
  const owes = d.obligations.some((o) => o.kind === 'notify' || o.kind === 'undecidable');
  return (
    <li className="card" data-testid="cbm-declaration">
      <h3>
        {t(`cbm:kind.${d.kind}`)} · {stateName(d.state)} · {formatPartialDate(d.from, code)} –{' '}
        {formatPartialDate(d.to, code)} {d.demo && <DemoBadge />}
      </h3>
      <p>
        {t('cbm:declaration.forces', { troops: d.troops, equipment: d.equipment, km: d.borderDistanceKm })}{' '}
        {t('cbm:declaration.ruleSet', { code: d.ruleSet.code, version: d.ruleSet.version })}
      </p>
      <ul className="cbm-obligations">
        {d.obligations.map((o, i) => (
          <li key={i} className={`cbm-obligation cbm-obligation--${o.kind}`} data-testid="cbm-obligation">
            <strong>{t(`cbm:obligationKind.${o.kind}`)}</strong>
            {o.due && <> · {t('cbm:obligation.due', { date: formatPartialDate(o.due, code) })}</>}
            {o.late && <span className="status-badge cbm-warning"> {t('cbm:obligation.late')}</span>}
            <br />
            {explainObligation(o, t, code)}
          </li>
        ))}
      </ul>
      {d.overdue && <p className="status-badge cbm-warning">{t('cbm:declaration.overdue')}</p>}
      {d.notificationId ? (
        <p>{t('cbm:declaration.notified')}</p>
      ) : (
        canNotify &&
        owes && (
          <button
            type="button"
            className="button"
            disabled={notify.isPending}
            onClick={() => notify.mutate(d.id)}
          >
            {t('cbm:declaration.notify')}
          </button>
        )
      )}
      {notify.error ? <ProblemAlert error={notify.error} /> : null}
    </li>
  );
}
