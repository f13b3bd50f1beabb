import type { StateStatus } from '../../../contracts/states';

/**
 * The admission sequence of the SCO's Regulations on admission (HSC Decision No. 1 of 11 June 2010) and
 * the standard memorandum of obligations (2014): application, procedure launched, memorandum signed,
 * membership granted. A change that skips a step is refused; so are changes that make no sense for the
 * state's current status (suspending a partner) and the legacy statuses merged into "partner" in 2025.
 */
export type AdmissionStepKind =
  'application' | 'procedure_launched' | 'memorandum_signed' | 'membership_granted';

export interface StatusContext {
  status: StateStatus | null;
  /** The latest step of the admission case, if one is open or completed. */
  lastStep: AdmissionStepKind | null;
}

export interface StatusChange {
  status: StateStatus;
  step?: 'procedure_launched' | 'memorandum_signed' | 'membership_granted';
  /** The procedure of the decision that carries the change, and the state it concerns. */
  procedure: 'consensus' | 'silence' | 'consensus_minus_one';
  concernedState: string | null;
  state: string;
}

export type StatusCheck =
  { ok: true; newStatus: StateStatus | null; step: AdmissionStepKind | null } | { ok: false; reason: string };

const NON_MEMBER: readonly (StateStatus | null)[] = [
  null,
  'partner',
  'observer',
  'dialogue_partner',
  'former',
];

export function checkStatusChange(ctx: StatusContext, change: StatusChange): StatusCheck {
  const refuse = (reason: string): StatusCheck => ({ ok: false, reason });
  const byMinusOne = change.procedure === 'consensus_minus_one' && change.concernedState === change.state;

  switch (change.status) {
    case 'applicant': {
      const step = change.step ?? 'procedure_launched';
      if (step === 'procedure_launched') {
        if (!NON_MEMBER.includes(ctx.status)) return refuse('only a non-member can become an applicant');
        if (ctx.lastStep !== 'application') return refuse('no official application has been recorded');
        return { ok: true, newStatus: 'applicant', step };
      }
      if (step === 'memorandum_signed') {
        if (ctx.status !== 'applicant' || ctx.lastStep !== 'procedure_launched') {
          return refuse('the memorandum of obligations follows the launch of the admission procedure');
        }
        return { ok: true, newStatus: null, step };
      }
      return refuse('membership is granted with status "member"');
    }
    case 'member':
      if (ctx.status === 'suspended') return { ok: true, newStatus: 'member', step: null };
      if (ctx.status !== 'applicant' || ctx.lastStep !== 'memorandum_signed') {
        return refuse('membership requires an applicant that has signed the memorandum of obligations');
      }
      return { ok: true, newStatus: 'member', step: 'membership_granted' };
    case 'partner':
      if (!NON_MEMBER.includes(ctx.status) || ctx.status === 'partner')
        return refuse('only a non-member can become a partner');
      return { ok: true, newStatus: 'partner', step: null };
    case 'suspended':
      if (ctx.status !== 'member') return refuse('only a member can be suspended');
      if (!byMinusOne) return refuse('suspension is decided by consensus minus one, concerning that state');
      return { ok: true, newStatus: 'suspended', step: null };
    case 'former':
      if (ctx.status === 'suspended') {
        if (!byMinusOne) return refuse('expulsion is decided by consensus minus one, concerning that state');
        return { ok: true, newStatus: 'former', step: null };
      }
      if (ctx.status === 'member') return { ok: true, newStatus: 'former', step: null };
      return refuse('only a member leaves the organisation');
    case 'observer':
    case 'dialogue_partner':
      return refuse('observer and dialogue partner were merged into "partner" on 1 September 2025');
  }
}
