import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useIndicators } from '../api/useIndicators';
import { useMilestones } from '../api/useMilestones';
import { IndicatorsTable } from './IndicatorsTable';
import { MilestonesTable } from './MilestonesTable';

/** What the project promised and what it has delivered: milestones and result indicators. */
export function ResultsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const milestones = useMilestones(projectId);
  const indicators = useIndicators(projectId);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('projects:results.title')}</h2>
      <h3>{t('projects:milestones.title')}</h3>
      <ProblemAlert error={milestones.error} />
      {milestones.data ? (
        <MilestonesTable milestones={milestones.data} />
      ) : (
        milestones.isPending && <Loading />
      )}
      <h3>{t('projects:indicators.title')}</h3>
      <ProblemAlert error={indicators.error} />
      {indicators.data ? (
        <IndicatorsTable indicators={indicators.data} />
      ) : (
        indicators.isPending && <Loading />
      )}
    </section>
  );
}
