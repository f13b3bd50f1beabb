import { describe, expect, it } from 'vitest';
import { EMPTY_LOCALIZED, toCreateBody, type DecisionDraft } from './decisionDraft';

const draft: DecisionDraft = {
  body: 'HSC',
  title: { en: 'On the admission of Azerbaijan', ru: 'О приёме Азербайджана', zh: '关于接纳阿塞拜疆' },
  text: EMPTY_LOCALIZED,
  procedure: 'consensus',
  deadline: '',
  participants: ['CN', 'KZ'],
  concernedState: 'KZ',
  effect: { enabled: false, state: '', status: 'member', step: 'memorandum_signed' },
  visibility: 'public',
  openToPartners: false,
  meetingId: '',
};

describe('toCreateBody', () => {
  it('leaves out the text, deadline, state concerned, effect and meeting when they are not given', () => {
    expect(toCreateBody(draft)).toEqual({
      body: 'HSC',
      title: draft.title,
      procedure: 'consensus',
      participants: ['CN', 'KZ'],
      visibility: 'public',
      openToPartners: false,
    });
  });

  it('sends the meeting chosen and whether the draft is open to partners', () => {
    const body = toCreateBody({ ...draft, openToPartners: true, meetingId: 'm-1' });
    expect(body.openToPartners).toBe(true);
    expect(body.meetingId).toBe('m-1');
  });

  it('sends the state concerned only under consensus minus one', () => {
    expect(toCreateBody({ ...draft, procedure: 'consensus_minus_one' }).concernedState).toBe('KZ');
  });

  it('turns the deadline into an instant and keeps the step only for an applicant', () => {
    const body = toCreateBody({
      ...draft,
      deadline: '2026-12-01T13:00',
      effect: { enabled: true, state: 'AZ', status: 'applicant', step: 'memorandum_signed' },
    });
    expect(body.deadline).toBe(new Date(2026, 11, 1, 13, 0).toISOString());
    expect(body.effect).toEqual({
      kind: 'status_change',
      state: 'AZ',
      status: 'applicant',
      step: 'memorandum_signed',
    });
    const member = toCreateBody({ ...draft, effect: { ...draft.effect, enabled: true, state: 'AZ' } });
    expect(member.effect).toEqual({ kind: 'status_change', state: 'AZ', status: 'member' });
  });
});
