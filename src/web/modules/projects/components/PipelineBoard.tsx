import type { ProjectSummaryDto, Stage } from '../../../../contracts/projects';
import { PipelineColumn } from './PipelineColumn';
import { STAGES } from './projectValues';

interface PipelineBoardProps {
  projects: ProjectSummaryDto[];
  /** With a stage filter only that stage's column is shown. */
  stage?: Stage;
}

/** The pipeline by stage, in the order of the project cycle, then cancelled. */
export function PipelineBoard({ projects, stage }: PipelineBoardProps) {
  const stages = stage ? [stage] : STAGES;
  return (
    <div className="pipeline" data-testid="pipeline">
      {stages.map((s) => (
        <PipelineColumn key={s} stage={s} projects={projects.filter((p) => p.stage === s)} />
      ))}
    </div>
  );
}
