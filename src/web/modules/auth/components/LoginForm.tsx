import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { TextField } from '../../../ui/TextField';
import { useFormDraft } from '../../../ui/useFormDraft';
import { useLogin } from '../api/useLogin';

interface LoginFormProps {
  onSignedIn: () => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const login = useLogin();
  const { draft, set } = useFormDraft({ email: '', password: '' }, login);

  return (
    <MutationForm
      mutation={login}
      onSubmit={() => login.mutate(draft, { onSuccess: onSignedIn })}
      submitLabel={t('common:signIn')}
      pendingLabel={t('auth:signingIn')}
      aria-labelledby="login-heading"
    >
      <TextField
        label={t('auth:field.email')}
        name="/email"
        type="email"
        autoComplete="username"
        required
        value={draft.email}
        onChange={(email) => set({ email })}
      />
      <TextField
        label={t('auth:field.password')}
        name="/password"
        type="password"
        autoComplete="current-password"
        required
        value={draft.password}
        onChange={(password) => set({ password })}
      />
    </MutationForm>
  );
}
