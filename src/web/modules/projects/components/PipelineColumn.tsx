import { useTranslation } from 'react-i18next';
import type { ProjectSummaryDto, Stage } from '../../../../contracts/projects';
import { ProjectCard } from './ProjectCard';

interface PipelineColumnProps {
  stage: Stage;
  projects: ProjectSummaryDto[];
}

export function PipelineColumn({ stage, projects }: PipelineColumnProps) {
  const { t } = useTranslation('projects');
  const headingId = `pipeline-${stage}`;
  return (
    <section className={`pipeline__column stage--${stage}`} aria-labelledby={headingId} data-stage={stage}>
      <h2 id={headingId} className="pipeline__heading">
        {t(`projects:stage.${stage}`)}{' '}
        <span className="pipeline__count">{t('projects:pipeline.count', { count: projects.length })}</span>
      </h2>
      {projects.length === 0 ? (
        <p className="pipeline__empty">{t('projects:pipeline.emptyStage')}</p>
      ) : (
        <ul className="pipeline__cards">
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} />
          ))}
        </ul>
      )}
    </section>
  );
}
