import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStatus } from '../../../contracts/states';
import { checkStatusChange, type AdmissionStepKind, type StatusContext } from './status.rules';

const change = (status: StateStatus, extra: Partial<Parameters<typeof checkStatusChange>[1]> = {}) => ({
  status,
  procedure: 'consensus' as const,
  concernedState: null,
  state: 'AZ',
  ...extra,
});

describe('status changes', () => {
  it('walks the admission sequence one step at a time', () => {
    let ctx: StatusContext = { status: 'partner', lastStep: 'application' };
    const launch = checkStatusChange(ctx, change('applicant'));
    expect(launch).toEqual({ ok: true, newStatus: 'applicant', step: 'procedure_launched' });
    ctx = { status: 'applicant', lastStep: 'procedure_launched' };
    expect(checkStatusChange(ctx, change('applicant', { step: 'memorandum_signed' }))).toEqual({
      ok: true,
      newStatus: null,
      step: 'memorandum_signed',
    });
    ctx = { status: 'applicant', lastStep: 'memorandum_signed' };
    expect(checkStatusChange(ctx, change('member'))).toEqual({
      ok: true,
      newStatus: 'member',
      step: 'membership_granted',
    });
  });

  it('refuses any change that skips a step of admission', () => {
    const steps: (AdmissionStepKind | null)[] = [
      null,
      'application',
      'procedure_launched',
      'memorandum_signed',
      'membership_granted',
    ];
    const statuses: (StateStatus | null)[] = [
      null,
      'partner',
      'observer',
      'dialogue_partner',
      'applicant',
      'former',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...steps), (status, lastStep) => {
        const ctx = { status, lastStep };
        const member = checkStatusChange(ctx, change('member'));
        expect(member.ok).toBe(status === 'applicant' && lastStep === 'memorandum_signed');
        const memo = checkStatusChange(ctx, change('applicant', { step: 'memorandum_signed' }));
        expect(memo.ok).toBe(status === 'applicant' && lastStep === 'procedure_launched');
        const launch = checkStatusChange(ctx, change('applicant'));
        expect(launch.ok).toBe(status !== 'applicant' && lastStep === 'application');
      }),
    );
  });

  it('suspends and expels only by consensus minus one concerning that state', () => {
    const member: StatusContext = { status: 'member', lastStep: null };
    expect(checkStatusChange(member, change('suspended')).ok).toBe(false);
    expect(
      checkStatusChange(
        member,
        change('suspended', { procedure: 'consensus_minus_one', concernedState: 'AZ' }),
      ).ok,
    ).toBe(true);
    expect(
      checkStatusChange(
        member,
        change('suspended', { procedure: 'consensus_minus_one', concernedState: 'KZ' }),
      ).ok,
    ).toBe(false);
    const suspended: StatusContext = { status: 'suspended', lastStep: null };
    expect(checkStatusChange(suspended, change('former')).ok).toBe(false);
    expect(
      checkStatusChange(
        suspended,
        change('former', { procedure: 'consensus_minus_one', concernedState: 'AZ' }),
      ).ok,
    ).toBe(true);
    expect(checkStatusChange({ status: 'partner', lastStep: null }, change('suspended')).ok).toBe(false);
  });

  it('grants no legacy status after the merger into "partner"', () => {
    expect(checkStatusChange({ status: null, lastStep: null }, change('observer')).ok).toBe(false);
    expect(checkStatusChange({ status: null, lastStep: null }, change('partner')).ok).toBe(true);
  });
});
