import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';

/** Every stage change with its reason, oldest first; unfolded where it is what is left to read (cancelled). */
export function StageHistory({ history, open }: { history: ProjectDto['history']; open: boolean }) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  if (history.length === 0) return null;
  return (
    <details className="stage-history" open={open} data-testid="stage-history">
      <summary>{t('projects:history.title', { count: history.length })}</summary>
      <ol>
        {history.map((h) => (
          <li key={`${h.at}-${h.to}`}>
            <time dateTime={h.at}>{formatInstant(h.at, code)}</time>:{' '}
            {t('projects:history.change', {
              from: t(`projects:stage.${h.from}`),
              to: t(`projects:stage.${h.to}`),
            })}
            {h.reason && <span className="stage-history__reason"> — {h.reason}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
