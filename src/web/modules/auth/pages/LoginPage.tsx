import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../api/useAuth';
import { LoginForm } from '../components/LoginForm';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { me } = useAuth();
  const navigate = useNavigate();
  useDocumentTitle(t('auth:title'));

  return (
    <div className="page page--narrow">
      <h1 id="login-heading">{t('auth:title')}</h1>
      {me ? (
        <p>
          {t('auth:alreadySignedIn', { email: me.email })} <Link to="/">{t('auth:goHome')}</Link>
        </p>
      ) : (
        <>
          <LoginForm onSignedIn={() => void navigate({ to: '/' })} />
          <aside className="hint" aria-labelledby="demo-heading">
            <h2 id="demo-heading">{t('auth:demo.title')}</h2>
            <p>{t('auth:demo.text')}</p>
            <ul>
              <li>
                <code>secretariat@example.org</code> — {t('auth:demo.secretariat')}
              </li>
              <li>
                <code>coordinator.kz@example.org</code>, <code>coordinator.cn@example.org</code>… —{' '}
                {t('auth:demo.coordinator')}
              </li>
            </ul>
            <p>
              {t('auth:demo.password')} <code>demo-password</code>
            </p>
          </aside>
        </>
      )}
    </div>
  );
}
