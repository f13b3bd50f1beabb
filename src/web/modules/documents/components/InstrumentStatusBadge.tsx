import { useTranslation } from 'react-i18next';
import type { InstrumentStatus } from '../api/documentsApi';

export function InstrumentStatusBadge({ status }: { status: InstrumentStatus }) {
  const { t } = useTranslation('documents');
  return (
    <span className={`status-badge instrument-status--${status}`} data-testid="instrument-status">
      {t(`documents:status.${status}`)}
    </span>
  );
}
