import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '../../../../contracts/decisions';

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation('decisions');
  return (
    <span className={`status-badge decision-status--${status}`} data-testid="decision-status">
      {t(`decisions:status.${status}`)}
    </span>
  );
}
