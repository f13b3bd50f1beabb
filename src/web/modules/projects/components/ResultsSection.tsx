import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useAuth } from '../../auth';
import { canKeepFile } from '../api/projectPermissions';
import type { ProjectDto } from '../api/projectsApi';
import { useIndicators } from '../api/useIndicators';
import { useMilestones } from '../api/useMilestones';
import { IndicatorActualForm } from './IndicatorActualForm';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorsTable } from './IndicatorsTable';
import { MilestoneForm } from './MilestoneForm';
import { MilestonesTable } from './MilestonesTable';
import { MilestoneUpdateForm } from './MilestoneUpdateForm';

/**
 * What the project promised and what it has delivered: milestones and result indicators, and for
 * whoever keeps the project's file the forms to add them and record progress.
 */
export function ResultsSection({ project }: { project: ProjectDto }) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const milestones = useMilestones(project.id);
  const indicators = useIndicators(project.id);
  const keepsFile = canKeepFile(me, project);
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading">{t('projects:results.title')}</h2>
      <h3>{t('projects:milestones.title')}</h3>
      <ProblemAlert error={milestones.error} />
      {milestones.data ? (
        <MilestonesTable milestones={milestones.data} />
      ) : (
        milestones.isPending && <Loading />
      )}
      {keepsFile && (
        <div className="form-pair">
          <MilestoneForm projectId={project.id} />
          {milestones.data && milestones.data.length > 0 && (
            <MilestoneUpdateForm projectId={project.id} milestones={milestones.data} />
          )}
        </div>
      )}
      <h3>{t('projects:indicators.title')}</h3>
      <ProblemAlert error={indicators.error} />
      {indicators.data ? (
        <IndicatorsTable indicators={indicators.data} />
      ) : (
        indicators.isPending && <Loading />
      )}
      {keepsFile && (
        <div className="form-pair">
          <IndicatorForm projectId={project.id} />
          {indicators.data && indicators.data.length > 0 && (
            <IndicatorActualForm projectId={project.id} indicators={indicators.data} />
          )}
        </div>
      )}
    </section>
  );
}
