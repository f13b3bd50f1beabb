import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../api/useAuth';
import { useLogout } from '../api/useLogout';

export function UserMenu() {
  const { t } = useTranslation('auth');
  const { me } = useAuth();
  const logout = useLogout();
  const navigate = useNavigate();

  if (me === undefined) return null;
  if (me === null) {
    return (
      <Link to="/login" className="user-menu__sign-in">
        {t('common:signIn')}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        {t('auth:signedInAs')} <strong data-testid="signed-in-user">{me.email}</strong>
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate({ to: '/' }) })}
      >
        {t('auth:signOut')}
      </button>
    </div>
  );
}
