import type { StateStatus } from '../../../../contracts/states';

/** A Record, so that a status added to the contract fails to compile here until it has a place. */
const STATUS_ORDER: Record<StateStatus, number> = {
  member: 1,
  partner: 2,
  observer: 3,
  dialogue_partner: 4,
  applicant: 5,
  suspended: 6,
  former: 7,
};

/** Statuses from the closest tie to the loosest; lists and the legend follow this order. */
export const STATE_STATUSES: readonly StateStatus[] = (Object.keys(STATUS_ORDER) as StateStatus[]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

export function isStateStatus(value: unknown): value is StateStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_ORDER, value);
}

export function compareStatuses(a: StateStatus, b: StateStatus): number {
  return STATUS_ORDER[a] - STATUS_ORDER[b];
}
