import type { ContentLanguage, Localized } from '../../../../contracts/common';
import type { DecisionDto } from '../../../../contracts/decisions';
import type { TextRevision } from '../api/decisionsApi';
import { EMPTY_LOCALIZED } from './decisionDraft';

/** The revision form's fields, starting from the current title and text. */
export interface RevisionDraft {
  title: Localized;
  text: Localized;
  note: string;
}

type Current = Pick<DecisionDto, 'title' | 'text'>;

export function revisionDraftOf(decision: Current): RevisionDraft {
  return { title: decision.title, text: decision.text ?? EMPTY_LOCALIZED, note: '' };
}

const LANGS: readonly ContentLanguage[] = ['en', 'ru', 'zh'];
const same = (a: Localized, b: Localized) => LANGS.every((l) => a[l] === b[l]);

/** The languages whose title is blank: a draft is titled in all three, as when it was drafted. */
export function blankTitles(draft: RevisionDraft): ContentLanguage[] {
  return LANGS.filter((l) => draft.title[l].trim() === '');
}

/**
 * What to send: only the parts that changed, and the note if there is one; null when neither the
 * title nor the text changed, since a version that changes nothing only adds noise to the history.
 */
export function toRevision(decision: Current, draft: RevisionDraft): TextRevision | null {
  const titleChanged = !same(draft.title, decision.title);
  const textChanged = !same(draft.text, decision.text ?? EMPTY_LOCALIZED);
  if (!titleChanged && !textChanged) return null;
  const note = draft.note.trim();
  return {
    ...(titleChanged ? { title: draft.title } : {}),
    ...(textChanged ? { text: draft.text } : {}),
    ...(note ? { note } : {}),
  };
}
