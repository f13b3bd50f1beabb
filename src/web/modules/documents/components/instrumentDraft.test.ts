import { describe, expect, it } from 'vitest';
import { emptyInstrumentDraft, toCreateBody, type InstrumentDraft, type RuleDraft } from './instrumentDraft';

const title = { en: ' Agreement on road transport ', ru: 'Соглашение', zh: '协定' };
const charter = { id: 'charter-id', title: { en: 'Charter', ru: 'Хартия', zh: '宪章' } };

describe('toCreateBody', () => {
  it('sends only what was filled in, with the title trimmed and no rule when it is not known', () => {
    const body = toCreateBody({ ...emptyInstrumentDraft(), title });
    expect(body).toEqual({
      kind: 'agreement',
      title: { en: 'Agreement on road transport', ru: 'Соглашение', zh: '协定' },
      depositary: 'secretariat',
      entryIntoForce: null,
      classification: 'public',
      topics: [],
      related: [],
    });
  });

  it('sends "after the notifications of all signatories" with its days and the required instruments', () => {
    const draft: InstrumentDraft = {
      ...emptyInstrumentDraft(),
      title,
      entryIntoForce: { rule: 'after_notifications', all: true, count: '4', days: '30', requires: [charter] },
    };
    expect(toCreateBody(draft).entryIntoForce).toEqual({
      rule: 'after_notifications',
      count: 'all',
      days: 30,
      requires: ['charter-id'],
    });
  });

  it('sends the number of the notification that counts, and on signature without numbers', () => {
    const nth: RuleDraft = { rule: 'after_notifications', all: false, count: '4', days: '0', requires: [] };
    expect(toCreateBody({ ...emptyInstrumentDraft(), entryIntoForce: nth }).entryIntoForce).toEqual({
      rule: 'after_notifications',
      count: 4,
      days: 0,
    });
    const onSignature: RuleDraft = { ...nth, rule: 'on_signature' };
    expect(toCreateBody({ ...emptyInstrumentDraft(), entryIntoForce: onSignature }).entryIntoForce).toEqual({
      rule: 'on_signature',
    });
  });

  it('leaves a missing number of days for the server to name', () => {
    const rule: RuleDraft = { rule: 'after_notifications', all: true, count: '', days: ' ', requires: [] };
    const json = JSON.parse(
      JSON.stringify(toCreateBody({ ...emptyInstrumentDraft(), entryIntoForce: rule })),
    );
    expect(json.entryIntoForce).toEqual({ rule: 'after_notifications', count: 'all', days: null });
  });

  it('sends the adoption, signature, depositary, summary, topics, relations and source', () => {
    const body = toCreateBody({
      ...emptyInstrumentDraft(),
      title,
      summary: { en: 'On roads.', ru: '', zh: '' },
      body: 'HSC',
      signedAt: '2025-09-01',
      signedPlace: { en: ' Tianjin ', ru: 'Тяньцзинь', zh: '' },
      depositary: 'CN',
      withdrawalNoticeDays: '180',
      topics: ['transport', 'economy'],
      related: [{ kind: 'implements', instrument: charter }],
      sourceUrl: 'https://example.org/text',
      sourceNote: '',
    });
    expect(body).toMatchObject({
      summary: { en: 'On roads.', ru: '', zh: '' },
      adoptedBy: { body: 'HSC' },
      signedAt: '2025-09-01',
      signedPlace: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '' },
      depositary: 'CN',
      withdrawalNoticeDays: 180,
      topics: ['transport', 'economy'],
      related: [{ kind: 'implements', instrumentId: 'charter-id' }],
      source: { url: 'https://example.org/text' },
    });
    expect(body).not.toHaveProperty('adoptedAt');
  });

  it('sends the date of the end of a restriction only for a restricted instrument', () => {
    const draft = { ...emptyInstrumentDraft(), restrictedUntil: '2030-01-01' };
    expect(toCreateBody(draft)).not.toHaveProperty('restrictedUntil');
    expect(toCreateBody({ ...draft, classification: 'restricted' })).toMatchObject({
      classification: 'restricted',
      restrictedUntil: '2030-01-01',
    });
  });
});
