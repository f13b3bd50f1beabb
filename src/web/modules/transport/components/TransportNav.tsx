import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import './transport.css';

/** The transport pages reach each other from every one of them. */
export function TransportNav() {
  const { t } = useTranslation('transport');
  return (
    <nav className="transport-links" aria-label={t('transport:sections')}>
      <Link to="/transport" activeOptions={{ exact: true }}>
        {t('transport:map')}
      </Link>
      <Link to="/transport/planner">{t('transport:planner.title')}</Link>
      <Link to="/transport/partners">{t('transport:partners.title')}</Link>
    </nav>
  );
}
