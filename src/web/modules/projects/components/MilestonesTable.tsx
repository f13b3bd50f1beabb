import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import type { Milestone } from '../api/projectsApi';

export function MilestonesTable({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const localized = useLocalized();
  if (milestones.length === 0) return <p className="muted">{t('projects:milestones.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="milestones-caption" tabIndex={0}>
      <table className="table" data-testid="milestones">
        <caption id="milestones-caption">
          {t('projects:milestones.caption', { count: milestones.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:milestones.dueDate')}</th>
            <th scope="col">{t('projects:milestones.milestone')}</th>
            <th scope="col">{t('projects:milestones.status')}</th>
            <th scope="col">{t('projects:milestones.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id}>
              <td>
                <time dateTime={m.dueDate}>{formatPartialDate(m.dueDate, code)}</time>
              </td>
              <th scope="row">{localized(m.title)}</th>
              <td>
                <span className={`status-badge milestone--${m.status}`}>
                  {t(`projects:milestoneStatus.${m.status}`)}
                </span>
              </td>
              <td>
                {m.evidence.text && <span className="evidence__text">{m.evidence.text}</span>}
                {m.evidence.url && (
                  <a href={m.evidence.url} className="evidence__link">
                    {t('projects:milestones.evidenceLink')}
                  </a>
                )}
                {!m.evidence.text && !m.evidence.url && <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
