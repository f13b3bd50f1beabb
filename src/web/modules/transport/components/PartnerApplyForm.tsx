import { useTranslation } from 'react-i18next';
import type { NodeDto } from '../../../../contracts/transport';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useFormDraft } from '../../../ui/useFormDraft';
import { useApplyToPartnership } from '../api/transportApi';
import { SERVICE_LABEL } from './labels';

type Service = keyof typeof SERVICE_LABEL;
const SERVICES = Object.keys(SERVICE_LABEL) as Service[];

interface Draft {
  node: string;
  agreement: string;
  agreementDate: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  services: Service[];
  source: string;
}

const EMPTY: Draft = {
  node: '',
  agreement: '',
  agreementDate: '',
  contactName: '',
  contactRole: '',
  contactEmail: '',
  services: [],
  source: '',
};

/** An empty text is "not given" (null), never an empty string the server would have to guess about. */
const value = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * A coordinator applies for a port or logistics centre of their own state; the server opens the
 * member states' decision on it. Only the nodes of the coordinator's states are offered.
 */
export function PartnerApplyForm({ nodes }: { nodes: readonly NodeDto[] }) {
  const { t } = useTranslation('transport');
  const apply = useApplyToPartnership();
  const { draft, set } = useFormDraft<Draft>(EMPTY, apply);
  const toggle = (s: Service) =>
    set({
      services: draft.services.includes(s) ? draft.services.filter((x) => x !== s) : [...draft.services, s],
    });

  return (
    <MutationForm
      mutation={apply}
      onSubmit={() =>
        apply.mutate({
          node: draft.node,
          terms: {
            agreement: value(draft.agreement),
            agreementDate: value(draft.agreementDate),
            contactPoints: value(draft.contactName)
              ? [
                  {
                    name: draft.contactName.trim(),
                    role: value(draft.contactRole),
                    email: value(draft.contactEmail),
                  },
                ]
              : [],
            services: draft.services,
          },
          source: draft.source,
        })
      }
      submitLabel={t('transport:partners.apply')}
      success={t('transport:partners.applied')}
      statusTestId="partner-apply-status"
      aria-labelledby="partner-apply-heading"
      codeFields={{ 'transport.already_applied': '/node' }}
      fieldLabels={{ '/terms/contactPoints': t('transport:partners.contactName') }}
      header={
        <>
          <h2 id="partner-apply-heading">{t('transport:partners.applyTitle')}</h2>
          <p className="field__hint">{t('transport:partners.applyHint')}</p>
        </>
      }
    >
      <SelectField
        label={t('transport:partners.node')}
        name="/node"
        value={draft.node}
        onChange={(node) => set({ node })}
      >
        <option value="">{t('transport:planner.choose')}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('transport:partners.agreement')}
        hint={t('transport:partners.optional')}
        name="/terms/agreement"
        value={draft.agreement}
        onChange={(agreement) => set({ agreement })}
      />
      <TextField
        label={t('transport:partners.agreementDate')}
        hint={t('transport:partners.optional')}
        name="/terms/agreementDate"
        type="date"
        value={draft.agreementDate}
        onChange={(agreementDate) => set({ agreementDate })}
      />
      <TextField
        label={t('transport:partners.contactName')}
        name="/terms/contactPoints/0/name"
        value={draft.contactName}
        onChange={(contactName) => set({ contactName })}
        autoComplete="name"
      />
      <TextField
        label={t('transport:partners.contactRole')}
        name="/terms/contactPoints/0/role"
        value={draft.contactRole}
        onChange={(contactRole) => set({ contactRole })}
      />
      <TextField
        label={t('transport:partners.contactEmail')}
        name="/terms/contactPoints/0/email"
        type="email"
        value={draft.contactEmail}
        onChange={(contactEmail) => set({ contactEmail })}
        autoComplete="email"
      />
      <fieldset className="transport-checks">
        <legend>{t('transport:partners.services')}</legend>
        {SERVICES.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={draft.services.includes(s)} onChange={() => toggle(s)} />
            {t(SERVICE_LABEL[s])}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('transport:partners.source')}
        hint={t('transport:partners.sourceHint')}
        name="/source"
        value={draft.source}
        onChange={(source) => set({ source })}
      />
    </MutationForm>
  );
}
