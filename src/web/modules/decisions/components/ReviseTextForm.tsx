import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { MutationForm } from '../../../ui/MutationForm';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useReviseText } from '../api/useReviseText';
import { LocalizedFields } from '../../../ui/LocalizedFields';
import { blankTitles, revisionDraftOf, toRevision, type RevisionDraft } from './textRevision';

interface ReviseTextFormProps {
  decision: DecisionDto;
  onDone: (saved: DecisionDto | null) => void;
}

/**
 * The Secretariat revises the title and text of an open draft, starting from the current version; the
 * server keeps each revision as a new version with its note.
 */
export function ReviseTextForm({ decision, onDone }: ReviseTextFormProps) {
  const { t } = useTranslation('decisions');
  const { intl } = useLanguage();
  const revise = useReviseText(decision.id);
  const id = useId();
  const [draft, setDraft] = useState<RevisionDraft>(() => revisionDraftOf(decision));
  const [problem, setProblem] = useState('');
  const set = (patch: Partial<RevisionDraft>) => {
    revise.reset();
    setProblem('');
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const blank = blankTitles(draft);
    if (blank.length > 0) {
      const language = new Intl.DisplayNames(intl, { type: 'language' });
      const names = blank.map((l) => language.of(l) ?? l);
      setProblem(
        t('decisions:revise.titleRequired', {
          languages: new Intl.ListFormat(intl, { type: 'conjunction' }).format(names),
        }),
      );
      return;
    }
    const revision = toRevision(decision, draft);
    if (!revision) {
      setProblem(t('decisions:revise.unchanged'));
      return;
    }
    revise.mutate(revision, { onSuccess: (saved) => onDone(saved) });
  }

  const labels: Record<string, string> = {
    '/title/en': t('common:form.titleEn'),
    '/title/ru': t('common:form.titleRu'),
    '/title/zh': t('common:form.titleZh'),
    '/text/en': t('decisions:form.textEn'),
    '/text/ru': t('decisions:form.textRu'),
    '/text/zh': t('decisions:form.textZh'),
    '/note': t('decisions:revise.note'),
  };

  return (
    <MutationForm
      mutation={revise}
      submitLabel={t('decisions:revise.submit')}
      fieldLabels={labels}
      actions={
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      }
      className="form form--card form--wide"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="revise-text-form"
    >
      <h3 id={`${id}-heading`}>{t('decisions:revise.title', { version: decision.version + 1 })}</h3>
      <p className="field__hint">{t('decisions:revise.intro')}</p>
      <LocalizedFields
        legend={t('decisions:form.titleLegend')}
        name="/title"
        hint={t('decisions:form.titleHint')}
        labels={{ en: labels['/title/en']!, ru: labels['/title/ru']!, zh: labels['/title/zh']! }}
        value={draft.title}
        onChange={(title) => set({ title })}
      />
      <LocalizedFields
        legend={t('decisions:form.textLegend')}
        name="/text"
        hint={t('decisions:form.textHint')}
        labels={{ en: labels['/text/en']!, ru: labels['/text/ru']!, zh: labels['/text/zh']! }}
        value={draft.text}
        onChange={(text) => set({ text })}
        multiline
      />
      <TextField
        label={labels['/note']!}
        name="/note"
        hint={t('decisions:revise.noteHint')}
        value={draft.note}
        onChange={(note) => set({ note })}
        maxLength={1000}
      />
      {problem && (
        <div className="alert alert--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
    </MutationForm>
  );
}
