import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import type { ChecklistItem } from '../api/projectsApi';
import { useRecordChecklistItem } from '../api/useRecordChecklistItem';

interface ChecklistFormProps {
  projectId: string;
  /** The current gate's items; a missing one is offered first. */
  items: ChecklistItem[];
}

/** Records a checklist item as met: a document by its reference, a question by a written answer. */
export function ChecklistForm({ projectId, items }: ChecklistFormProps) {
  const { t } = useTranslation('projects');
  const localized = useLocalized();
  const record = useRecordChecklistItem(projectId);
  const headingId = useId();
  const [itemId, setItemId] = useState(() => (items.find((i) => !i.done) ?? items[0])?.item ?? '');
  const [documentRef, setDocumentRef] = useState('');
  const [answer, setAnswer] = useState('');
  const item = items.find((i) => i.item === itemId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!item) return;
    const body =
      item.kind === 'document'
        ? { item: item.item, documentRef: documentRef.trim() }
        : { item: item.item, answer: answer.trim() };
    record.mutate(body, {
      onSuccess: () => {
        setDocumentRef('');
        setAnswer('');
      },
    });
  }

  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      record.reset();
      set(v);
    };

  return (
    <MutationForm
      mutation={record}
      submitLabel={t('projects:checklistForm.submit')}
      submitDisabled={!item}
      success={t('projects:checklistForm.saved')}
      fieldLabels={{
        '/item': t('projects:checklistForm.item'),
        '/documentRef': t('projects:checklistForm.documentRef'),
        '/answer': t('projects:checklistForm.answer'),
      }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid="checklist-form"
    >
      <h3 id={headingId}>{t('projects:checklistForm.title')}</h3>
      <SelectField
        label={t('projects:checklistForm.item')}
        name="/item"
        value={itemId}
        onChange={change(setItemId)}
      >
        {items.map((i) => (
          <option key={i.item} value={i.item}>
            {localized(i.label)}
            {i.done ? ` (${t('projects:gate.met')})` : ''}
          </option>
        ))}
      </SelectField>
      {item?.kind === 'document' ? (
        <TextField
          label={t('projects:checklistForm.documentRef')}
          name="/documentRef"
          hint={t('projects:checklistForm.documentRefHint')}
          value={documentRef}
          onChange={change(setDocumentRef)}
          required
          maxLength={500}
        />
      ) : (
        <TextAreaField
          label={t('projects:checklistForm.answer')}
          name="/answer"
          value={answer}
          onChange={change(setAnswer)}
          required
          maxLength={20_000}
        />
      )}
    </MutationForm>
  );
}
