import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { formatFileSize } from '../../../ui/files';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { evidenceUrl, type PlanItem } from '../api/plansApi';
import { EvidenceUpload } from './EvidenceUpload';
import { formatPercent } from './percent';

interface ItemReportsProps {
  planId: string;
  item: PlanItem;
  /** The states the user reports for; they may attach evidence to those states' reports. */
  reporterStates: readonly string[];
}

/** Each responsible state's latest report on a leaf item, with its evidence files. */
export function ItemReports({ planId, item, reporterStates }: ItemReportsProps) {
  const { t } = useTranslation('plans');
  const { code } = useLanguage();
  const stateName = useStateNames();
  if (item.latestReports.length === 0) return null;
  return (
    <ul className="reports" data-testid="item-reports">
      {item.latestReports.map((r) => (
        <li key={r.id} className="reports__item" data-report-state={r.state}>
          <p className="reports__head">
            <strong>{stateName(r.state)}</strong>
            <span className={`report-status report-status--${r.status}`}>
              {t(`plans:status.${r.status}`)}
            </span>
            <span>{formatPercent(r.percent, code)}</span>
            <time className="muted" dateTime={r.reportedAt}>
              {formatInstant(r.reportedAt, code)}
            </time>
          </p>
          {r.narrative && <p className="reports__narrative">{r.narrative}</p>}
          {r.files.length > 0 && (
            <ul className="reports__files">
              {r.files.map((f) => (
                <li key={f.id}>
                  <a href={evidenceUrl(planId, f.id)} download={f.filename}>
                    {f.filename}
                  </a>{' '}
                  <span className="muted">({formatFileSize(f.size, code)})</span>
                </li>
              ))}
            </ul>
          )}
          {reporterStates.includes(r.state) && (
            <EvidenceUpload planId={planId} reportId={r.id} stateName={stateName(r.state)} />
          )}
        </li>
      ))}
    </ul>
  );
}
