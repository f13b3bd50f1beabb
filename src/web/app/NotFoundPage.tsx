import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('common:notFound.title'));
  return (
    <div className="page">
      <h1>{t('common:notFound.title')}</h1>
      <p>{t('common:notFound.text')}</p>
      <p>
        <Link to="/">{t('common:notFound.home')}</Link>
      </p>
    </div>
  );
}
