import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useSendQuery } from '../api/cbm';

/** A query to other states, on the answer clock of the rule set in force (shorter when urgent). */
export function QueryForm({ state }: { state: string }) {
  const { t } = useTranslation('cbm');
  const send = useSendQuery();
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [urgent, setUrgent] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({
      state,
      to: to
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((s) => s.toUpperCase()),
      subject,
      text,
      urgent,
    });
  };
  return (
    <MutationForm
      mutation={send}
      onSubmit={onSubmit}
      submitLabel={t('cbm:query.submit')}
      success={t('cbm:query.done')}
      aria-label={t('cbm:query.title')}
    >
      <TextField
        label={t('cbm:query.to')}
        hint={t('cbm:declare.concernedHint')}
        name="/to"
        value={to}
        onChange={setTo}
      />
      <TextField label={t('cbm:query.subject')} name="/subject" value={subject} onChange={setSubject} />
      <TextAreaField label={t('cbm:query.text')} name="/text" value={text} onChange={setText} />
      <label className="checkbox">
        <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} />{' '}
        {t('cbm:query.urgent')}
      </label>
    </MutationForm>
  );
}
