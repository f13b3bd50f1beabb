import type { Localized } from '../../../../contracts/common';
import { CAPITAL_ZONES } from '../../../../contracts/zones';
import type {
  MeetingDto,
  MeetingKind,
  MeetingLevel,
  MeetingVisibility,
} from '../../../../contracts/meetings';
import type { MeetingChanges, NewMeeting } from '../api/meetingsApi';

/** What the meeting form holds: every value a string as its control gives it, '' for none. */
export interface MeetingDraft {
  kind: MeetingKind;
  level: MeetingLevel;
  body: string;
  title: Localized;
  hostState: string;
  city: Localized;
  timeZone: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  participants: string[];
  visibility: MeetingVisibility;
}

const EMPTY: Localized = { en: '', ru: '', zh: '' };

export function newMeetingDraft(participants: string[]): MeetingDraft {
  return {
    kind: 'council',
    level: 'ministerial',
    body: '',
    title: EMPTY,
    hostState: '',
    city: EMPTY,
    timeZone: '',
    startDate: '',
    endDate: '',
    startTime: '',
    endTime: '',
    participants: [...participants].sort(),
    visibility: 'restricted',
  };
}

export function meetingDraftOf(m: MeetingDto): MeetingDraft {
  return {
    kind: m.kind,
    level: m.level,
    body: m.body ?? '',
    title: m.title,
    hostState: m.hostState,
    city: m.city,
    timeZone: m.timeZone,
    startDate: m.startDate,
    endDate: m.endDate,
    startTime: m.startTime ?? '',
    endTime: m.endTime ?? '',
    participants: [...m.participants].sort(),
    visibility: m.visibility,
  };
}

/** Sets the host and, where the zone is still the previous host's capital's or none, the new capital's. */
export function withHost(d: MeetingDraft, hostState: string): MeetingDraft {
  const follows = d.timeZone === '' || d.timeZone === CAPITAL_ZONES[d.hostState];
  return { ...d, hostState, timeZone: follows ? (CAPITAL_ZONES[hostState] ?? d.timeZone) : d.timeZone };
}

/** The body to plan a meeting: the end day defaults to the start day, empty times to an all-day meeting. */
export function toCreateBody(d: MeetingDraft): NewMeeting {
  return {
    kind: d.kind,
    level: d.level,
    ...(d.body ? { body: d.body } : {}),
    title: d.title,
    hostState: d.hostState,
    city: d.city,
    timeZone: d.timeZone,
    startDate: d.startDate,
    endDate: d.endDate || d.startDate,
    startTime: d.startTime || null,
    endTime: d.endTime || null,
    participants: d.participants,
    visibility: d.visibility,
  };
}

/** The changes against the meeting as loaded: only fields that differ are sent (the audit names them). */
export function toChanges(before: MeetingDraft, d: MeetingDraft): MeetingChanges {
  const after = { ...toCreateBody(d), body: d.body || null };
  const was = { ...toCreateBody(before), body: before.body || null };
  return Object.fromEntries(
    Object.entries(after).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify(was[k as keyof typeof was]),
    ),
  ) as MeetingChanges;
}
