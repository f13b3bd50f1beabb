import { useTranslation } from 'react-i18next';
import type { StateStatus } from '../../../../contracts/states';

export function StatusBadge({ status }: { status: StateStatus }) {
  const { t } = useTranslation('states');
  return <span className={`status-badge status--${status}`}>{t(`states:status.${status}`)}</span>;
}
