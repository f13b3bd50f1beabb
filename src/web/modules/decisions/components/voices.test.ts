import { describe, expect, it } from 'vitest';
import { attachmentVoices, discussionVoices, isPartnerStatus, SECRETARIAT_VOICE } from './voices';

const draft = { participants: ['CN', 'KZ', 'RU'], openToPartners: false };
const partners = ['TR', 'AZ'];

describe('discussionVoices', () => {
  it('offers the Secretariat first, then the participating states the user speaks for', () => {
    expect(discussionVoices({ secretariat: true, states: ['KZ', 'IN'] }, draft, partners)).toEqual([
      SECRETARIAT_VOICE,
      'KZ',
    ]);
  });

  it("offers a partner's voice only when the draft is open to partners", () => {
    const turkey = { secretariat: false, states: ['TR'] };
    expect(discussionVoices(turkey, draft, partners)).toEqual([]);
    expect(discussionVoices(turkey, { ...draft, openToPartners: true }, partners)).toEqual(['TR']);
  });

  it('offers nothing to a state that is neither participating nor a partner', () => {
    expect(
      discussionVoices({ secretariat: false, states: ['IN'] }, { ...draft, openToPartners: true }, partners),
    ).toEqual([]);
  });
});

describe('attachmentVoices', () => {
  it('never offers a partner, even on a draft open to partners', () => {
    expect(attachmentVoices({ secretariat: false, states: ['TR', 'KZ'] }, draft)).toEqual(['KZ']);
    expect(attachmentVoices({ secretariat: true, states: [] }, draft)).toEqual([SECRETARIAT_VOICE]);
  });
});

describe('isPartnerStatus', () => {
  it('counts the legacy observers and dialogue partners as partners', () => {
    expect(isPartnerStatus('partner')).toBe(true);
    expect(isPartnerStatus('observer')).toBe(true);
    expect(isPartnerStatus('dialogue_partner')).toBe(true);
    expect(isPartnerStatus('member')).toBe(false);
    expect(isPartnerStatus('applicant')).toBe(false);
  });
});
