import { useTranslation } from 'react-i18next';
import type { StatusHistoryEntryDto } from '../../../../contracts/states';
import { useLanguage } from '../../../ui/useLanguage';
import { ConfidenceMarker } from './ConfidenceMarker';
import { periodText } from './periodText';
import { SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';
import { Translated } from '../../../ui/Translated';

/** Oldest first, as the relationship grew; notes are the sources' English, marked so for screen readers. */
export function StatusTimeline({ history }: { history: StatusHistoryEntryDto[] }) {
  const { t } = useTranslation('states');
  const { code } = useLanguage();
  if (history.length === 0) return <p>{t('states:timeline.empty')}</p>;
  return (
    <ol className="timeline" data-testid="status-timeline">
      {history.map((entry, i) => (
        <li key={`${entry.status}-${entry.from ?? i}`} className="timeline__entry">
          <div className="timeline__head">
            <StatusBadge status={entry.status} />
            <span className="timeline__period">{periodText(t, entry.from, entry.to, code)}</span>
          </div>
          <div className="timeline__source">
            <ConfidenceMarker confidence={entry.source.confidence} />
            <SourceLink source={entry.source} />
          </div>
          {entry.source.noteLocalized && (
            <p className="timeline__note">
              <Translated value={entry.source.noteLocalized} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
