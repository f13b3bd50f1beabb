import type { EntryKind } from '../../../../contracts/finance';
import type { ApprovalDto, Sector, Stage } from '../../../../contracts/projects';
import type { MilestoneStatus, OrganisationKind } from '../api/projectsApi';

/*
 * The contracts' closed sets, as Records so that a value added to a contract fails to compile here
 * until it has a place (the enums themselves are Zod schemas, kept out of the browser bundle).
 */

const STAGE_ORDER: Record<Stage, number> = {
  identification: 1,
  preparation: 2,
  appraisal: 3,
  approval: 4,
  implementation: 5,
  completion: 6,
  cancelled: 7,
};
const SECTOR_ORDER: Record<Sector, number> = {
  transport_logistics: 1,
  energy: 2,
  water_saving: 3,
  environment: 4,
  digital: 5,
  agriculture: 6,
  industry: 7,
  health: 8,
  education: 9,
  tourism: 10,
  other: 11,
};
const KIND_ORDER: Record<EntryKind, number> = { pledge: 1, commitment: 2, disbursement: 3, expenditure: 4 };
const MILESTONE_STATUS_ORDER: Record<MilestoneStatus, number> = {
  planned: 1,
  in_progress: 2,
  done: 3,
  delayed: 4,
};
const ORGANISATION_KIND_ORDER: Record<OrganisationKind, number> = {
  development_bank: 1,
  bank: 2,
  fund: 3,
  company: 4,
  other: 5,
};

export type ApprovalStatus = ApprovalDto['status'];

function ordered<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

/** Every stage a project can be at: the cycle, then cancelled. */
export const STAGES = ordered(STAGE_ORDER);
/** The project cycle, which a project walks one stage at a time. */
export const CYCLE: readonly Stage[] = STAGES.filter((s) => s !== 'cancelled');
export const SECTORS = ordered(SECTOR_ORDER);
/** From the loosest promise to money spent: the order of the financing chart. */
export const ENTRY_KINDS = ordered(KIND_ORDER);

/** A milestone's course: planned, under way, done, or late. */
export const MILESTONE_STATUSES = ordered(MILESTONE_STATUS_ORDER);
/** Lenders first, then funds and companies. */
export const ORGANISATION_KINDS = ordered(ORGANISATION_KIND_ORDER);

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && Object.hasOwn(STAGE_ORDER, value);
}

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && Object.hasOwn(SECTOR_ORDER, value);
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && Object.hasOwn(KIND_ORDER, value);
}

export function isMilestoneStatus(value: unknown): value is MilestoneStatus {
  return typeof value === 'string' && Object.hasOwn(MILESTONE_STATUS_ORDER, value);
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && Object.hasOwn(ORGANISATION_KIND_ORDER, value);
}

/** The stage after this one in the cycle, if any (none after completion, none from cancelled). */
export function nextStage(stage: Stage): Stage | undefined {
  const i = CYCLE.indexOf(stage);
  return i >= 0 ? CYCLE[i + 1] : undefined;
}

/** The stage before this one in the cycle, if any. */
export function previousStage(stage: Stage): Stage | undefined {
  const i = CYCLE.indexOf(stage);
  return i > 0 ? CYCLE[i - 1] : undefined;
}
