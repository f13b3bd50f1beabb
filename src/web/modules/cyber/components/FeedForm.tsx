import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateFeedBody, FeedCredentials } from '../../../../contracts/cyber-feeds';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from '../../states';
import { useCreateFeed } from '../api/feeds';

interface Draft {
  title: string;
  apiRootUrl: string;
  remoteCollectionId: string;
  stateCode: string;
  authKind: FeedCredentials['kind'];
  username: string;
  password: string;
  token: string;
  intervalMinutes: string;
}

const EMPTY: Draft = {
  title: '',
  apiRootUrl: '',
  remoteCollectionId: '',
  stateCode: '',
  authKind: 'basic',
  username: '',
  password: '',
  token: '',
  intervalMinutes: '60',
};

function toBody(d: Draft): CreateFeedBody {
  const credentials: FeedCredentials =
    d.authKind === 'basic'
      ? { kind: 'basic', username: d.username, password: d.password }
      : d.authKind === 'bearer'
        ? { kind: 'bearer', token: d.token }
        : { kind: 'none' };
  return {
    title: d.title,
    apiRootUrl: d.apiRootUrl.trim(),
    remoteCollectionId: d.remoteCollectionId.trim(),
    stateCode: d.stateCode,
    credentials,
    intervalMinutes: Number(d.intervalMinutes),
  };
}

/**
 * Registers a member CERT's TAXII 2.1 collection as a feed into that CERT's own collection. The
 * credentials are sent once and never shown again: the form clears them after a success.
 */
export function FeedForm() {
  const { t } = useTranslation('cyberFeeds');
  const localized = useLocalized();
  const states = useStates();
  const create = useCreateFeed();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = (patch: Partial<Draft>) => {
    create.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };
  const members = (states.data ?? []).filter((s) => s.status === 'member');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toBody(draft), { onSuccess: () => setDraft(EMPTY) });
  }

  const labels = {
    '/title': t('cyberFeeds:form.title'),
    '/apiRootUrl': t('cyberFeeds:form.apiRootUrl'),
    '/remoteCollectionId': t('cyberFeeds:form.remoteCollectionId'),
    '/stateCode': t('cyberFeeds:form.state'),
    '/credentials': t('cyberFeeds:form.authKind'),
    '/credentials/username': t('cyberFeeds:form.username'),
    '/credentials/password': t('cyberFeeds:form.password'),
    '/credentials/token': t('cyberFeeds:form.token'),
    '/intervalMinutes': t('cyberFeeds:form.interval'),
  };

  return (
    <MutationForm
      mutation={create}
      onSubmit={submit}
      submitLabel={t('cyberFeeds:form.submit')}
      success={t('cyberFeeds:form.created')}
      statusTestId="feed-form-status"
      fieldLabels={labels}
      codeFields={{ 'cyber.feed_exists': '/remoteCollectionId', 'cyber.feed_invalid': '/stateCode' }}
      className="form form--wide form--card"
      aria-labelledby="feed-form-heading"
      data-testid="feed-form"
      header={<h2 id="feed-form-heading">{t('cyberFeeds:form.heading')}</h2>}
    >
      <TextField
        label={labels['/title']}
        name="/title"
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={200}
        required
      />
      <SelectField
        label={labels['/stateCode']}
        hint={t('cyberFeeds:form.stateHint')}
        name="/stateCode"
        value={draft.stateCode}
        onChange={(stateCode) => set({ stateCode })}
        required
      >
        <option value="">{t('cyberFeeds:form.choose')}</option>
        {members.map((s) => (
          <option key={s.code} value={s.code}>
            {localized(s.name)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={labels['/apiRootUrl']}
        hint={t('cyberFeeds:form.apiRootUrlHint')}
        name="/apiRootUrl"
        type="url"
        inputMode="url"
        value={draft.apiRootUrl}
        onChange={(apiRootUrl) => set({ apiRootUrl })}
        placeholder="https://taxii.cert.example/taxii2/api1/"
        required
      />
      <TextField
        label={labels['/remoteCollectionId']}
        name="/remoteCollectionId"
        value={draft.remoteCollectionId}
        onChange={(remoteCollectionId) => set({ remoteCollectionId })}
        required
      />
      <SelectField
        label={labels['/credentials']}
        name="/credentials"
        value={draft.authKind}
        onChange={(authKind) => set({ authKind: authKind as Draft['authKind'] })}
      >
        <option value="basic">{t('cyberFeeds:form.auth.basic')}</option>
        <option value="bearer">{t('cyberFeeds:form.auth.bearer')}</option>
        <option value="none">{t('cyberFeeds:form.auth.none')}</option>
      </SelectField>
      {draft.authKind === 'basic' && (
        <>
          <TextField
            label={labels['/credentials/username']}
            name="/credentials/username"
            value={draft.username}
            onChange={(username) => set({ username })}
            autoComplete="off"
          />
          <TextField
            label={labels['/credentials/password']}
            hint={t('cyberFeeds:form.secretHint')}
            name="/credentials/password"
            type="password"
            value={draft.password}
            onChange={(password) => set({ password })}
            autoComplete="new-password"
          />
        </>
      )}
      {draft.authKind === 'bearer' && (
        <TextField
          label={labels['/credentials/token']}
          hint={t('cyberFeeds:form.secretHint')}
          name="/credentials/token"
          type="password"
          value={draft.token}
          onChange={(token) => set({ token })}
          autoComplete="off"
        />
      )}
      <TextField
        label={labels['/intervalMinutes']}
        hint={t('cyberFeeds:form.intervalHint')}
        name="/intervalMinutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={10080}
        value={draft.intervalMinutes}
        onChange={(intervalMinutes) => set({ intervalMinutes })}
      />
    </MutationForm>
  );
}
