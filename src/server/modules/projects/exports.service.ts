import type { ProjectDto, Stage } from '../../../contracts/projects';
import type { Actor } from '../../core/auth/actor';
import { listLedger, type Entry } from '../finance';
import { loadStates } from '../states';
import { findOrganisations } from './organisation.repository';
import type * as repo from './project.repository';
import { listIndicators, listMilestones, type Indicator, type Milestone } from './results.repository';
import { loadVisible, projectDto, type ProjectsDeps } from './project.service';

/** Everything an open-data export of one project needs, read once. */
export interface ExportData {
  project: repo.Project;
  dto: ProjectDto;
  entries: Entry[];
  milestones: Milestone[];
  indicators: Indicator[];
  /** English display names of the parties: states by code, organisations by id. */
  names: Map<string, string>;
  /** The first day the project entered each stage. */
  entered: Partial<Record<Stage, string>>;
}

export async function loadExportData(
  deps: ProjectsDeps,
  actor: Actor | null,
  id: string,
): Promise<ExportData> {
  const project = await loadVisible(deps, actor, id);
  const [dto, entries, milestones, indicators, states] = await Promise.all([
    projectDto(deps, actor, project),
    listLedger(deps.db, id),
    listMilestones(deps.db, id),
    listIndicators(deps.db, id),
    loadStates(deps.db),
  ]);
  const names = new Map<string, string>(states.map((s) => [s.code, s.name.en]));
  const parties = [...new Set([...dto.sponsors, ...entries.map((e) => e.funder)])];
  for (const o of await findOrganisations(
    deps.db,
    parties.filter((p) => !names.has(p)),
  ))
    names.set(o.id, o.name);
  const entered: Partial<Record<Stage, string>> = { identification: project.createdAt.slice(0, 10) };
  for (const h of dto.history) entered[h.to] ??= h.at.slice(0, 10);
  return { project, dto, entries, milestones, indicators, names, entered };
}

/** The name to show for a party, falling back to its code or id. */
export const nameOf = (d: ExportData, party: string) => d.names.get(party) ?? party;
