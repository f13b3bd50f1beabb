import type { AdmissionStep, DecisionStatus, PositionKind, Procedure } from '../../../../contracts/decisions';

/*
 * The contracts' closed sets, as Records so that a value added to a contract fails to compile here
 * until it has a place (the enums themselves are Zod schemas, kept out of the browser bundle).
 */

const STATUS_ORDER: Record<DecisionStatus, number> = { open: 1, adopted: 2, not_adopted: 3, withdrawn: 4 };
const PROCEDURE_ORDER: Record<Procedure, number> = { consensus: 1, silence: 2, consensus_minus_one: 3 };
const POSITION_ORDER: Record<PositionKind, number> = { support: 1, statement: 2, objection: 3 };
const STEP_ORDER: Record<AdmissionStep, number> = {
  procedure_launched: 1,
  memorandum_signed: 2,
  membership_granted: 3,
};

function ordered<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const DECISION_STATUSES = ordered(STATUS_ORDER);
export const PROCEDURES = ordered(PROCEDURE_ORDER);
export const POSITION_KINDS = ordered(POSITION_ORDER);
export const ADMISSION_STEPS = ordered(STEP_ORDER);

export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_ORDER, value);
}

export function isProcedure(value: unknown): value is Procedure {
  return typeof value === 'string' && Object.hasOwn(PROCEDURE_ORDER, value);
}

export function isPositionKind(value: unknown): value is PositionKind {
  return typeof value === 'string' && Object.hasOwn(POSITION_ORDER, value);
}

export function isAdmissionStep(value: unknown): value is AdmissionStep {
  return typeof value === 'string' && Object.hasOwn(STEP_ORDER, value);
}

/** What the file picker offers for an attachment; the server checks the content whatever it is called. */
export const ATTACHMENT_FILES = '.pdf,.docx,.odt';
