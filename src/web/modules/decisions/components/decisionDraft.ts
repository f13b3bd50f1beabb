import type { Localized } from '../../../../contracts/common';
import type { AdmissionStep, Procedure } from '../../../../contracts/decisions';
import type { StateStatus } from '../../../../contracts/states';
import type { NewDecision } from '../api/decisionsApi';
import { localInputToInstant } from './localDateTime';

/** The optional status change on adoption, as the form holds it. */
export interface EffectDraft {
  enabled: boolean;
  state: string;
  status: StateStatus;
  step: AdmissionStep | '';
}

export type Visibility = NonNullable<NewDecision['visibility']>;

export interface DecisionDraft {
  body: string;
  title: Localized;
  text: Localized;
  procedure: Procedure;
  /** The value of the datetime-local input, in the reader's zone. */
  deadline: string;
  participants: string[];
  concernedState: string;
  effect: EffectDraft;
  visibility: Visibility;
  /** SCO partners may follow the draft and comment; they never block. */
  openToPartners: boolean;
  /** The meeting the draft is on the agenda of; '' for none. */
  meetingId: string;
}

export const EMPTY_LOCALIZED: Localized = { en: '', ru: '', zh: '' };

/** What the form holds, as the API wants it: empty optional parts left out, the deadline an instant. */
export function toCreateBody(draft: DecisionDraft): NewDecision {
  const hasText = Object.values(draft.text).some((v) => v.trim() !== '');
  const deadline = localInputToInstant(draft.deadline);
  const { effect } = draft;
  return {
    body: draft.body,
    title: draft.title,
    procedure: draft.procedure,
    participants: draft.participants,
    visibility: draft.visibility,
    openToPartners: draft.openToPartners,
    ...(draft.meetingId ? { meetingId: draft.meetingId } : {}),
    ...(hasText ? { text: draft.text } : {}),
    ...(deadline ? { deadline } : {}),
    ...(draft.procedure === 'consensus_minus_one' && draft.concernedState
      ? { concernedState: draft.concernedState }
      : {}),
    ...(effect.enabled
      ? {
          effect: {
            kind: 'status_change' as const,
            state: effect.state,
            status: effect.status,
            ...(effect.status === 'applicant' && effect.step ? { step: effect.step } : {}),
          },
        }
      : {}),
  };
}
