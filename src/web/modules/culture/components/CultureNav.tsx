import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The culture pages, one link each. */
export function CultureNav() {
  const { t } = useTranslation('culture');
  return (
    <nav className="culture-nav" aria-label={t('culture:nav')}>
      <Link to="/culture">{t('culture:programmes.title')}</Link>
      <Link to="/culture/designations">{t('culture:designations.title')}</Link>
      <Link to="/culture/capitals">{t('culture:capitals.title')}</Link>
      <Link to="/culture/nominations">{t('culture:nominations.title')}</Link>
    </nav>
  );
}
