import type { ProjectDto, Stage } from '../../../../contracts/projects';
import type { ChecklistItem, Gate } from '../api/projectsApi';

/**
 * The checklist of one stage's gate as this project has met it: the items and their labels from the
 * stage gates (GET /projects/stage-gates), and what was recorded from the project. Until the gates have
 * loaded the project's own copy of the labels stands in.
 */
export function gateItems(
  project: Pick<ProjectDto, 'checklist'>,
  gates: readonly Gate[] | undefined,
  stage: Stage,
): ChecklistItem[] {
  const recorded = project.checklist.find((g) => g.stage === stage)?.items ?? [];
  const definitions = gates?.find((g) => g.stage === stage)?.items ?? recorded;
  return definitions.map((d) => {
    const r = recorded.find((x) => x.item === d.item);
    return {
      ...d,
      done: r?.done ?? false,
      documentRef: r?.documentRef ?? null,
      answer: r?.answer ?? null,
      recordedAt: r?.recordedAt ?? null,
    };
  });
}
