import { Link } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useFormDraft } from '../../../ui/useFormDraft';
import { useLanguage } from '../../../ui/useLanguage';
import {
  CONTENT_LANGUAGES,
  MARKINGS,
  useProposePractice,
  type ContentLanguage,
  type NewPractice,
  type PracticeMarking,
  type TranslationKind,
} from '../api/practices';
import { TranslationSelect } from './TranslationSelect';

interface LanguageDraft {
  title: string;
  summary: string;
  body: string;
  translation: TranslationKind;
}

const emptyText = (): LanguageDraft => ({ title: '', summary: '', body: '', translation: 'original' });

interface Draft {
  texts: Record<ContentLanguage, LanguageDraft>;
  marking: PracticeMarking;
  tags: string;
}

/** What the form sends: only the languages the proposer wrote something in. */
function toBody(d: Draft): NewPractice {
  const content: NewPractice['content'] = {};
  for (const l of CONTENT_LANGUAGES) {
    const x = d.texts[l];
    if (x.title.trim() || x.summary.trim() || x.body.trim()) content[l] = x;
  }
  const tags = d.tags
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { content, marking: d.marking, tags, planItems: [] };
}

/** A member CERT proposes a practice in one to three languages, each marked original or translated. */
export function ProposePracticeForm() {
  const { t } = useTranslation('cyberPractices');
  const { content: uiLanguage } = useLanguage();
  const propose = useProposePractice();
  const { draft, set, reset } = useFormDraft<Draft>(
    () => ({
      texts: { en: emptyText(), ru: emptyText(), zh: emptyText() },
      marking: 'clear',
      tags: '',
    }),
    propose,
  );
  // The reader's own language first: that is the one they are most likely to write in.
  const languages = [uiLanguage, ...CONTENT_LANGUAGES.filter((l) => l !== uiLanguage)];
  const setText = (l: ContentLanguage, patch: Partial<LanguageDraft>) =>
    set({ texts: { ...draft.texts, [l]: { ...draft.texts[l], ...patch } } });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    propose.mutate(toBody(draft), { onSuccess: () => reset() });
  }

  return (
    <MutationForm
      mutation={propose}
      onSubmit={submit}
      submitLabel={t('cyberPractices:propose.submit')}
      className="form form--wide"
      data-testid="propose-form"
      statusTestId="propose-status"
      fieldLabels={{ '/content': t('cyberPractices:propose.hint'), '/tags': t('cyberPractices:field.tags') }}
      success={
        propose.data && (
          <>
            {t('cyberPractices:propose.done')}{' '}
            <Link to="/cyber/practices/$id" params={{ id: propose.data.id }}>
              {t('cyberPractices:propose.openIt')}
            </Link>
          </>
        )
      }
    >
      <p className="field__hint">{t('cyberPractices:propose.hint')}</p>
      {languages.map((l, i) => (
        <fieldset key={l} className="fieldset" lang={l}>
          <legend>
            {t('cyberPractices:propose.inLanguage', { language: t(`cyberPractices:language.${l}`) })}
          </legend>
          {i > 0 && <p className="field__hint">{t('cyberPractices:propose.optional')}</p>}
          <TextField
            label={t('cyberPractices:field.title')}
            name={`/content/${l}/title`}
            value={draft.texts[l].title}
            onChange={(title) => setText(l, { title })}
            maxLength={300}
          />
          <TextAreaField
            label={t('cyberPractices:field.summary')}
            name={`/content/${l}/summary`}
            value={draft.texts[l].summary}
            onChange={(summary) => setText(l, { summary })}
            rows={2}
            maxLength={2000}
          />
          <TextAreaField
            label={t('cyberPractices:field.body')}
            name={`/content/${l}/body`}
            value={draft.texts[l].body}
            onChange={(body) => setText(l, { body })}
            rows={6}
            maxLength={50_000}
          />
          <TranslationSelect
            label={t('cyberPractices:field.translation')}
            name={`/content/${l}/translation`}
            value={draft.texts[l].translation}
            onChange={(translation) => setText(l, { translation })}
          />
        </fieldset>
      ))}
      <SelectField
        label={t('cyberPractices:field.marking')}
        name="/marking"
        value={draft.marking}
        onChange={(v) => set({ marking: v as PracticeMarking })}
      >
        {MARKINGS.map((m) => (
          <option key={m} value={m}>
            {t(`cyberPractices:marking.${m}`)} — {t(`cyberPractices:marking.${m}Hint`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('cyberPractices:field.tags')}
        hint={t('cyberPractices:field.tagsHint')}
        name="/tags"
        value={draft.tags}
        onChange={(tags) => set({ tags })}
      />
    </MutationForm>
  );
}
