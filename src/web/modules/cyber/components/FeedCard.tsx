import { useTranslation } from 'react-i18next';
import type { FeedDto } from '../../../../contracts/cyber-feeds';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

type Health = 'paused' | 'failing' | 'healthy' | 'waiting';

/** The shared status colours: green when healthy, red when failing, grey when paused. */
const BADGE: Record<Health, { colour: string; label: string }> = {
  healthy: { colour: 'status--member', label: 'cyberFeeds:health.healthy' },
  failing: { colour: 'status--suspended', label: 'cyberFeeds:health.failing' },
  paused: { colour: 'status--former', label: 'cyberFeeds:health.paused' },
  waiting: { colour: 'status--applicant', label: 'cyberFeeds:health.waiting' },
};

function healthOf(f: FeedDto): Health {
  if (f.status === 'paused') return 'paused';
  if (f.health.lastError) return 'failing';
  return f.health.lastSuccessAt ? 'healthy' : 'waiting';
}

interface FeedCardProps {
  feed: FeedDto;
  onToggle: (action: 'pause' | 'resume') => void;
  busy: boolean;
}

/** One feed's health: when it last succeeded and tried, what it took, what went wrong, what comes next. */
export function FeedCard({ feed: f, onToggle, busy }: FeedCardProps) {
  const { t } = useTranslation('cyberFeeds');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const health = healthOf(f);
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatInstant(iso, code)}</time> : t('cyberFeeds:never');
  const headingId = `feed-${f.id}`;
  return (
    <article className="card" aria-labelledby={headingId} data-testid="feed-card">
      <h3 id={headingId}>{f.title}</h3>
      <p>
        <span className={`status-badge ${BADGE[health].colour}`} data-testid="feed-health">
          {t(BADGE[health].label)}
        </span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('cyberFeeds:cert')}</dt>
          <dd>{stateName(f.stateCode)}</dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:source')}</dt>
          <dd>
            <code>{f.apiRootUrl}</code> · <code>{f.remoteCollectionId}</code>
          </dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:publishesInto')}</dt>
          <dd>
            <code>{f.collectionAlias}</code>
          </dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:lastSuccess')}</dt>
          <dd>{when(f.health.lastSuccessAt)}</dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:lastAttempt')}</dt>
          <dd>{when(f.health.lastAttemptAt)}</dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:taken')}</dt>
          <dd data-testid="feed-taken">
            {t('cyberFeeds:takenValue', { total: f.health.objectsTotal, last: f.health.objectsLastRun })}
            {f.health.rejectedLastRun > 0 &&
              ` · ${t('cyberFeeds:rejected', { count: f.health.rejectedLastRun })}`}
          </dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:lastError')}</dt>
          <dd lang={f.health.lastError ? 'en' : undefined} data-testid="feed-error">
            {f.health.lastError ?? t('cyberFeeds:noError')}
          </dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:nextPoll')}</dt>
          <dd>
            {f.health.nextPollAt ? when(f.health.nextPollAt) : t('cyberFeeds:pausedNoPoll')}
            {f.health.resuming && ` · ${t('cyberFeeds:resuming')}`}
          </dd>
        </div>
        <div>
          <dt>{t('cyberFeeds:interval')}</dt>
          <dd>{t('cyberFeeds:minutes', { count: f.intervalMinutes })}</dd>
        </div>
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => onToggle(f.status === 'active' ? 'pause' : 'resume')}
        >
          {f.status === 'active' ? t('cyberFeeds:pause') : t('cyberFeeds:resume')}
        </button>
      </div>
    </article>
  );
}
