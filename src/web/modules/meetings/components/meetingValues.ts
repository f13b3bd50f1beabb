import type { MeetingKind, MeetingLevel } from '../../../../contracts/meetings';

/* The contract's closed set as a Record: a level added to the contract fails to compile until placed. */

const LEVEL_ORDER: Record<MeetingLevel, number> = {
  heads_of_state: 1,
  heads_of_government: 2,
  ministerial: 3,
  senior_officials: 4,
  expert: 5,
  public: 6,
};

export const MEETING_LEVELS = (Object.keys(LEVEL_ORDER) as MeetingLevel[]).sort(
  (a, b) => LEVEL_ORDER[a] - LEVEL_ORDER[b],
);

export function isMeetingLevel(value: unknown): value is MeetingLevel {
  return typeof value === 'string' && Object.hasOwn(LEVEL_ORDER, value);
}

/** In the order the form offers them: the SCO's bodies first, then the wider events. */
const KIND_ORDER: Record<MeetingKind, number> = {
  summit: 1,
  council: 2,
  ministerial: 3,
  national_coordinators: 4,
  expert_group: 5,
  forum: 6,
  festival: 7,
  other: 8,
};

export const MEETING_KINDS = (Object.keys(KIND_ORDER) as MeetingKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);
