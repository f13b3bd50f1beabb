import { describe, expect, it } from 'vitest';
import { blankTitles, revisionDraftOf, toRevision } from './textRevision';

const decision = {
  title: { en: 'On youth exchanges', ru: 'О молодёжных обменах', zh: '关于青年交流' },
  text: null,
};

describe('toRevision', () => {
  it('sends only the text when only the text changed, with the note', () => {
    const draft = revisionDraftOf(decision);
    const revision = toRevision(decision, {
      ...draft,
      text: { ...draft.text, ru: '1. Государства-члены…' },
      note: '  after the expert meeting ',
    });
    expect(revision).toEqual({
      text: { en: '', ru: '1. Государства-члены…', zh: '' },
      note: 'after the expert meeting',
    });
  });

  it('sends only the title when only the title changed, and no empty note', () => {
    const draft = revisionDraftOf(decision);
    const title = { ...decision.title, en: 'On youth and student exchanges' };
    expect(toRevision(decision, { ...draft, title })).toEqual({ title });
  });

  it('sends nothing when neither the title nor the text changed, whatever the note', () => {
    expect(toRevision(decision, { ...revisionDraftOf(decision), note: 'no change' })).toBeNull();
  });
});

describe('blankTitles', () => {
  it('names the languages whose title is blank', () => {
    const draft = revisionDraftOf(decision);
    expect(blankTitles(draft)).toEqual([]);
    expect(blankTitles({ ...draft, title: { en: ' ', ru: 'О', zh: '' } })).toEqual(['en', 'zh']);
  });
});
