import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../modules/auth';
import type { NavAudience, NavEntry } from './webModule';
import { webModules } from './modules';

type ModulePath = (typeof webModules)[number]['routes'][number]['fullPath'];

const entries = webModules.flatMap((m): readonly NavEntry<ModulePath>[] => m.nav ?? []);

export function MainNav() {
  const { t } = useTranslation('common');
  const { me } = useAuth();
  const sees: Record<NavAudience, boolean> = {
    everyone: true,
    signedIn: !!me,
    secretariat: isSecretariat(me),
    defenceContact: !!me?.mandates.some((m) => m.role === 'defence_contact'),
  };
  return (
    <nav className="main-nav" aria-label={t('common:nav.label')}>
      <ul>
        {entries
          .filter((entry) => sees[entry.audience ?? 'everyone'])
          .map(({ to, label, exact, badge: Badge }) => (
            <li key={to}>
              <Link to={to} activeOptions={{ exact: !!exact }}>
                {t(label)}
                {Badge && <Badge />}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
