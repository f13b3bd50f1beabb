import type { DecisionDto } from '../../../../contracts/decisions';
import type { StateStatus } from '../../../../contracts/states';

/** 'secretariat' or the code of a state the author speaks for. */
export type Voice = string;
export const SECRETARIAT_VOICE = 'secretariat';

/** The SCO partners, the legacy observers and dialogue partners among them, as the server counts them. */
const PARTNER_STATUSES: readonly StateStatus[] = ['partner', 'observer', 'dialogue_partner'];

export function isPartnerStatus(status: StateStatus): boolean {
  return PARTNER_STATUSES.includes(status);
}

/** Who the user is: a member of the Secretariat, and the states they speak for (coordinator or delegate). */
export interface Speaker {
  secretariat: boolean;
  states: readonly string[];
}

/**
 * The voices the user may comment in: the Secretariat, each participating state they speak for and,
 * when the draft is open to partners, each partner they speak for. Mirrors the server's rule only to
 * decide what to offer; the server decides.
 */
export function discussionVoices(
  speaker: Speaker,
  decision: Pick<DecisionDto, 'participants' | 'openToPartners'>,
  partners: readonly string[],
): Voice[] {
  return [
    ...(speaker.secretariat ? [SECRETARIAT_VOICE] : []),
    ...speaker.states.filter((s) => decision.participants.includes(s)),
    ...(decision.openToPartners
      ? speaker.states.filter((s) => partners.includes(s) && !decision.participants.includes(s))
      : []),
  ];
}

/** The voices the user may attach a file in: the Secretariat and the participating states only. */
export function attachmentVoices(speaker: Speaker, decision: Pick<DecisionDto, 'participants'>): Voice[] {
  return [
    ...(speaker.secretariat ? [SECRETARIAT_VOICE] : []),
    ...speaker.states.filter((s) => decision.participants.includes(s)),
  ];
}
