import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionKind } from '../../../../contracts/documents';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useRecordAction } from '../api/useRecordAction';
import { ACTION_KINDS, isActionKind } from './documentValues';

interface ActionFormProps {
  instrumentId: string;
  /** The states the user may record for: their own for a coordinator, any for the Secretariat. */
  states: readonly string[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Records a state's signature, notification, accession, reservation or withdrawal. */
export function ActionForm({ instrumentId, states }: ActionFormProps) {
  const { t } = useTranslation('documents');
  const stateName = useStateNames();
  const { intl } = useLanguage();
  const collator = new Intl.Collator(intl);
  const sortedStates = [...states].sort((a, b) => collator.compare(stateName(a), stateName(b)));
  const record = useRecordAction(instrumentId);
  const id = useId();
  const [state, setState] = useState(states.length === 1 ? states[0]! : '');
  const [kind, setKind] = useState<ActionKind>('signature');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');

  function change<T>(set: (value: T) => void) {
    return (value: T) => {
      record.reset();
      setSaved('');
      set(value);
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state) return;
    const trimmed = text.trim();
    record.mutate(
      { state, kind, date, ...(trimmed ? { text: trimmed } : {}) },
      {
        onSuccess: () => {
          setSaved(
            t('documents:actionForm.saved', {
              action: t(`documents:action.${kind}`),
              state: stateName(state),
            }),
          );
          setText('');
        },
      },
    );
  }

  return (
    <MutationForm
      mutation={record}
      submitLabel={t('documents:actionForm.submit')}
      submitDisabled={!state}
      success={saved}
      fieldLabels={{
        '/state': t('documents:actionForm.state'),
        '/kind': t('documents:actionForm.kind'),
        '/date': t('documents:actionForm.date'),
        '/text': t('documents:actionForm.text'),
      }}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="action-form"
    >
      <h3 id={`${id}-heading`}>{t('documents:actionForm.title')}</h3>
      <SelectField
        label={t('documents:actionForm.state')}
        name="/state"
        value={state}
        onChange={change(setState)}
        required
      >
        {states.length !== 1 && <option value="">{t('documents:actionForm.chooseState')}</option>}
        {sortedStates.map((s) => (
          <option key={s} value={s}>
            {stateName(s)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('documents:actionForm.kind')}
        name="/kind"
        value={kind}
        onChange={change((v: string) => setKind(isActionKind(v) ? v : 'signature'))}
      >
        {ACTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`documents:action.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        type="date"
        label={t('documents:actionForm.date')}
        name="/date"
        value={date}
        onChange={change(setDate)}
        max={today()}
        required
      />
      <TextAreaField
        label={t('documents:actionForm.text')}
        name="/text"
        hint={t('documents:actionForm.textHint')}
        value={text}
        onChange={change(setText)}
        maxLength={20_000}
        rows={3}
      />
    </MutationForm>
  );
}
