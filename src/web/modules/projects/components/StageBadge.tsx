import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../contracts/projects';

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('projects');
  return (
    <span className={`status-badge stage--${stage}`} data-testid="project-stage">
      {t(`projects:stage.${stage}`)}
    </span>
  );
}
