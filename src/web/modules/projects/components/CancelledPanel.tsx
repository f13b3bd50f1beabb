import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useAuth } from '../../auth';
import { canKeepFile, canPropose, seesDiscussion } from '../api/projectPermissions';

/**
 * After a cancellation, when and why, and what can still be done: cancelling is final (the API moves a
 * cancelled project nowhere), but its record stays open to read, to export, to discuss, and for those who
 * keep its file, to settle (reverse ledger entries, record results).
 */
export function CancelledPanel({
  project,
  memberCodes,
}: {
  project: ProjectDto;
  memberCodes: readonly string[];
}) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const { me } = useAuth();
  const change = project.history.findLast((h) => h.to === 'cancelled');

  return (
    <div className="notice" data-testid="cancelled-panel">
      <p>
        <strong>
          {change
            ? t('projects:cancelled.when', {
                date: formatInstant(change.at, code),
                stage: t(`projects:stage.${change.from}`),
              })
            : t('projects:stages.cancelled')}
        </strong>
        {change?.reason && <> {t('projects:cancelled.reason', { reason: change.reason })}</>}
      </p>
      <p>{t('projects:cancelled.final')}</p>
      <p>{t('projects:cancelled.stillTitle')}</p>
      <ul>
        <li>{t('projects:cancelled.history')}</li>
        <li>
          <a href="#exports-heading">{t('projects:cancelled.exports')}</a>
        </li>
        {seesDiscussion(me, memberCodes) && (
          <li>
            <a href="#discussion-heading">{t('projects:cancelled.discussion')}</a>
          </li>
        )}
        {canKeepFile(me, project) && (
          <li>
            <a href="#finance-heading">{t('projects:cancelled.settle')}</a>
          </li>
        )}
        {canPropose(me, memberCodes) && (
          <li>
            <Link to="/projects/new">{t('projects:cancelled.proposeAgain')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
