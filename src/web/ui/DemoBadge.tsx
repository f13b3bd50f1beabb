import { useTranslation } from 'react-i18next';

/** Marks demo content so that nobody mistakes it for real SCO business. */
export function DemoBadge() {
  const { t } = useTranslation('common');
  return (
    <span className="demo-badge" title={t('common:demo.hint')}>
      {t('common:demo.label')}
    </span>
  );
}
