import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLogin } from '../api/useLogin';

interface LoginFormProps {
  onSignedIn: () => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: onSignedIn });
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="login-heading">
      <ProblemAlert
        error={login.error}
        fieldLabels={{ '/email': t('auth:field.email'), '/password': t('auth:field.password') }}
      />
      <div className="field">
        <label htmlFor="login-email">{t('auth:field.email')}</label>
        <input
          id="login-email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t('auth:field.password')}</label>
        <input
          id="login-password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? t('auth:signingIn') : t('auth:signIn')}
      </button>
    </form>
  );
}
