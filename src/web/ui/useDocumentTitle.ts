import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Screen-reader users hear the title first after a navigation, so each page names itself. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation('common');
  const appName = t('common:appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
