import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { formatPartialDate } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useCorrectAction } from '../api/useCorrectAction';

/**
 * The Secretariat corrects the date or text of a recorded action, giving a reason; the entry into force
 * is recomputed and the correction notified.
 */
export function CorrectActionForm({ instrument }: { instrument: InstrumentDto }) {
  const { t } = useTranslation('documents');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const correct = useCorrectAction(instrument.id);
  const id = useId();
  const [actionId, setActionId] = useState('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const action = instrument.actions.find((a) => a.id === actionId);

  function choose(next: string) {
    correct.reset();
    setSaved(false);
    setActionId(next);
    const chosen = instrument.actions.find((a) => a.id === next);
    setDate(chosen?.date ?? '');
    setText(chosen?.text ?? '');
  }

  function edit(set: (value: string) => void) {
    return (value: string) => {
      correct.reset();
      setSaved(false);
      set(value);
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!action) return;
    const trimmed = text.trim();
    correct.mutate(
      {
        actionId: action.id,
        reason: reason.trim(),
        ...(date && date !== action.date ? { date } : {}),
        ...(trimmed !== (action.text ?? '') ? { text: trimmed || null } : {}),
      },
      {
        onSuccess: () => {
          setSaved(true);
          setReason('');
        },
      },
    );
  }

  return (
    <MutationForm
      mutation={correct}
      submitLabel={t('documents:correctForm.submit')}
      submitDisabled={!action || !reason.trim()}
      success={saved ? t('documents:correctForm.saved') : ''}
      fieldLabels={{
        '/date': t('documents:correctForm.date'),
        '/text': t('documents:correctForm.text'),
        '/reason': t('documents:correctForm.reason'),
      }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="correct-action-form"
    >
      <h3 id={`${id}-heading`}>{t('documents:correctForm.title')}</h3>
      <p className="field__hint">{t('documents:correctForm.hint')}</p>
      <SelectField label={t('documents:correctForm.action')} value={actionId} onChange={choose} required>
        <option value="">{t('documents:correctForm.choose')}</option>
        {instrument.actions.map((a) => (
          <option key={a.id} value={a.id}>
            {t('documents:correctForm.option', {
              date: formatPartialDate(a.date, code),
              state: stateName(a.state),
              action: t(`documents:action.${a.kind}`),
            })}
          </option>
        ))}
      </SelectField>
      {action && (
        <>
          <TextField
            type="date"
            label={t('documents:correctForm.date')}
            name="/date"
            value={date}
            onChange={edit(setDate)}
            required
          />
          <TextAreaField
            label={t('documents:correctForm.text')}
            name="/text"
            value={text}
            onChange={edit(setText)}
            maxLength={20_000}
            rows={3}
          />
          <TextAreaField
            label={t('documents:correctForm.reason')}
            name="/reason"
            hint={t('documents:correctForm.reasonHint')}
            value={reason}
            onChange={edit(setReason)}
            maxLength={1000}
            rows={2}
            required
          />
        </>
      )}
    </MutationForm>
  );
}
