import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../modules/auth';
import { UnreadBadge } from '../modules/notifications';

export function MainNav() {
  const { t } = useTranslation('common');
  const { me } = useAuth();
  return (
    <nav className="main-nav" aria-label={t('common:nav.label')}>
      <ul>
        <li>
          <Link to="/" activeOptions={{ exact: true }}>
            {t('common:nav.home')}
          </Link>
        </li>
        <li>
          <Link to="/states">{t('common:nav.states')}</Link>
        </li>
        <li>
          <Link to="/decisions">{t('common:nav.decisions')}</Link>
        </li>
        <li>
          <Link to="/calendar">{t('common:nav.calendar')}</Link>
        </li>
        <li>
          <Link to="/documents">{t('common:nav.documents')}</Link>
        </li>
        <li>
          <Link to="/projects">{t('common:nav.projects')}</Link>
        </li>
        <li>
          {/* Named in the projects namespace, which owns the register of organisations. */}
          <Link to="/organisations">{t('projects:organisations.nav')}</Link>
        </li>
        {me && (
          <li>
            <Link to="/inbox">
              {t('common:nav.inbox')}
              <UnreadBadge />
            </Link>
          </li>
        )}
        {isSecretariat(me) && (
          <li>
            <Link to="/audit">{t('common:nav.audit')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
