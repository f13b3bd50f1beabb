import { useTranslation } from 'react-i18next';
import type { UpdateContactBody } from '../../../../contracts/states';
import { MutationForm } from '../../../ui/MutationForm';
import { TextField } from '../../../ui/TextField';
import { useFormDraft } from '../../../ui/useFormDraft';
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
  const { draft, set } = useFormDraft<Draft>(() => toDraft(contact), update);

  return (
    <MutationForm
      mutation={update}
      onSubmit={() => update.mutate(toBody(draft))}
      submitLabel={t('states:contact.save')}
      success={t('states:contact.saved')}
      aria-labelledby="contact-form-heading"
      header={
        <>
          <h3 id="contact-form-heading">{t('states:contact.editTitle')}</h3>
          <p className="field__hint">{t('states:contact.editHint')}</p>
        </>
      }
    >
      <TextField
        label={t('states:contact.office')}
        name="/office"
        value={draft.office}
        onChange={(office) => set({ office })}
        autoComplete="organization"
      />
      <TextField
        label={t('states:contact.email')}
        name="/email"
        type="email"
        value={draft.email}
        onChange={(email) => set({ email })}
        autoComplete="email"
      />
      <TextField
        label={t('states:contact.phone')}
        name="/phone"
        hint={t('states:contact.phoneHint')}
        type="tel"
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        autoComplete="tel"
      />
      <TextField
        label={t('states:contact.website')}
        name="/website"
        hint={t('states:contact.websiteHint')}
        type="url"
        value={draft.website}
        onChange={(website) => set({ website })}
        autoComplete="url"
      />
    </MutationForm>
  );
}
