import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { useAuth } from '../../auth';
import { canKeepFile, canManageStage, isTerminal } from '../api/projectPermissions';
import { useStageGates } from '../api/useStageGates';
import { CancelledPanel } from './CancelledPanel';
import { ChecklistForm } from './ChecklistForm';
import { GateChecklist } from './GateChecklist';
import { gateItems } from './gateItems';
import { StageForm } from './StageForm';
import { StageHistory } from './StageHistory';
import { StageSteps } from './StageSteps';

/** The stage, what its gate still asks for, and for those allowed the forms to meet it and move on. */
export function StageSection({
  project,
  memberCodes,
}: {
  project: ProjectDto;
  memberCodes: readonly string[];
}) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const gates = useStageGates();
  const items = gateItems(project, gates.data, project.stage);
  const missing = items.filter((i) => !i.done).length;
  const open = !isTerminal(project);
  const cancelledFrom = project.history.findLast((h) => h.to === 'cancelled')?.from;

  return (
    <section aria-labelledby="stage-heading" className="stage-section">
      <h2 id="stage-heading">{t('projects:stages.title')}</h2>
      <StageSteps stage={project.stage} cancelledFrom={cancelledFrom} />
      {project.stage === 'cancelled' && <CancelledPanel project={project} memberCodes={memberCodes} />}
      {open && (
        <>
          <h3>{t('projects:gate.title', { stage: t(`projects:stage.${project.stage}`) })}</h3>
          {items.length === 0 ? (
            <p className="muted">
              {project.stage === 'approval' ? t('projects:gate.byDecision') : t('projects:gate.none')}
            </p>
          ) : (
            <>
              <p data-testid="gate-summary">
                {missing === 0
                  ? t('projects:gate.allMet')
                  : t('projects:gate.summary', { count: missing, total: items.length })}
              </p>
              <GateChecklist items={items} />
            </>
          )}
          <div className="form-pair">
            {items.length > 0 && canKeepFile(me, project) && (
              <ChecklistForm key={project.stage} projectId={project.id} items={items} />
            )}
            {canManageStage(me) && <StageForm key={project.stage} project={project} missing={missing} />}
          </div>
        </>
      )}
      <StageHistory history={project.history} open={project.stage === 'cancelled'} />
    </section>
  );
}
