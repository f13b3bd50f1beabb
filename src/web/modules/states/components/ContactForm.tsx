import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateContactBody } from '../../../../contracts/states';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import type { StateContact } from '../api/statesApi';
import { useUpdateContact } from '../api/useUpdateContact';

type Draft = Record<keyof UpdateContactBody, string>;

function toDraft(contact: StateContact | null): Draft {
  return {
    office: contact?.office ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    website: contact?.website ?? '',
  };
}

/** An empty field clears the value: the API stores null, not an empty string. */
function toBody(draft: Draft): UpdateContactBody {
  const value = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    office: value(draft.office),
    email: value(draft.email),
    phone: value(draft.phone),
    website: value(draft.website),
  };
}

interface ContactFormProps {
  code: string;
  contact: StateContact | null;
}

export function ContactForm({ code, contact }: ContactFormProps) {
  const { t } = useTranslation('states');
  const update = useUpdateContact(code);
  const [draft, setDraft] = useState<Draft>(() => toDraft(contact));
  const set = (field: keyof Draft) => (value: string) => {
    update.reset();
    setDraft((d) => ({ ...d, [field]: value }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(toBody(draft));
  }

  const labels = {
    '/office': t('states:contact.office'),
    '/email': t('states:contact.email'),
    '/phone': t('states:contact.phone'),
    '/website': t('states:contact.website'),
  };

  // Checked by the server, whose answer names the fields in the UI language; the browser's own
  // bubbles would speak the browser's language instead.
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading">{t('states:contact.editTitle')}</h3>
      <p className="field__hint">{t('states:contact.editHint')}</p>
      <ProblemAlert error={update.error} fieldLabels={labels} />
      <TextField
        label={labels['/office']}
        value={draft.office}
        onChange={set('office')}
        autoComplete="organization"
      />
      <TextField
        label={labels['/email']}
        type="email"
        value={draft.email}
        onChange={set('email')}
        autoComplete="email"
      />
      <TextField
        label={labels['/phone']}
        hint={t('states:contact.phoneHint')}
        type="tel"
        value={draft.phone}
        onChange={set('phone')}
        autoComplete="tel"
      />
      <TextField
        label={labels['/website']}
        hint={t('states:contact.websiteHint')}
        type="url"
        value={draft.website}
        onChange={set('website')}
        autoComplete="url"
      />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? t('states:contact.saving') : t('states:contact.save')}
      </button>
      <p role="status" className="form__status">
        {update.isSuccess ? t('states:contact.saved') : ''}
      </p>
    </form>
  );
}
