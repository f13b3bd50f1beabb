import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useAuth } from '../../auth';

export function RegimesNav() {
  const { t } = useTranslation('regimes');
  const { me } = useAuth();
  return (
    <nav className="regimes-nav" aria-label={t('regimes:sections')}>
      <Link to="/regimes">{t('regimes:search')}</Link>
      <Link to="/regimes/visa-matrix">{t('regimes:visaMatrix')}</Link>
      {isSecretariat(me) && <Link to="/regimes/import">{t('regimes:import.title')}</Link>}
      <a href="/api/v1/regimes.csv">{t('regimes:export')}</a>
    </nav>
  );
}
