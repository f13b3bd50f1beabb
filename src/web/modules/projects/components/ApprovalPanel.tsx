import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatInstant } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useAuth } from '../../auth';
import { canManageStage } from '../api/projectPermissions';
import { useOpenApproval } from '../api/useOpenApproval';

const REOPENABLE: readonly string[] = ['not_adopted', 'withdrawn'];

/** The approval decision of the interested member states, with a link to it in the decisions module. */
export function ApprovalPanel({ project }: { project: ProjectDto }) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const { code } = useLanguage();
  const reopen = useOpenApproval(project.id);
  const approval = project.approval;
  const mayReopen =
    canManageStage(me) && project.stage === 'approval' && (!approval || REOPENABLE.includes(approval.status));

  return (
    <section aria-labelledby="approval-heading" className="panel" data-testid="approval">
      <h2 id="approval-heading">{t('projects:approval.title')}</h2>
      {approval ? (
        <>
          <p>
            <span className={`status-badge approval--${approval.status}`}>
              {t(`projects:approvalStatus.${approval.status}`)}
            </span>
            {approval.number && <strong className="approval__number"> {approval.number}</strong>}
            {approval.closedAt && (
              <span className="muted">
                {' '}
                {t('projects:approval.closedAt', { when: formatInstant(approval.closedAt, code) })}
              </span>
            )}
          </p>
          {approval.decisionId && (
            <p>
              <Link to="/decisions/$id" params={{ id: approval.decisionId }}>
                {t('projects:approval.openDecision')}
              </Link>
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('projects:approval.none')}</p>
      )}
      <ProblemAlert error={reopen.error} />
      {mayReopen && (
        <ConfirmButton
          className="button button--secondary"
          title={t('projects:approval.reopenTitle')}
          message={t('projects:approval.reopenMessage')}
          irreversible={t('projects:approval.reopenIrreversible')}
          disabled={reopen.isPending}
          onConfirm={() => reopen.mutate()}
        >
          {t('projects:approval.reopen')}
        </ConfirmButton>
      )}
    </section>
  );
}
