import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useCyberCollections, type VolumeInterval } from '../api/cyberApi';
import { useCollectionTitle } from '../components/useCollectionTitle';
import { VolumeChart } from '../components/VolumeChart';

/**
 * The exchange's home: every collection the reader may see, how many objects they receive there and
 * how many were added per week or day. Counts are the reader's own: an anonymous visitor counts
 * TLP:CLEAR only.
 */
export function ExchangePage() {
  const { t } = useTranslation('cyber');
  const { me } = useAuth();
  const [interval, setInterval] = useState<VolumeInterval>('week');
  const collections = useCyberCollections(interval);
  const title = useCollectionTitle();
  useDocumentTitle(t('cyber:home.title'));

  return (
    <div className="page">
      <h1>{t('cyber:home.title')}</h1>
      <p className="lead">{t('cyber:home.intro')}</p>
      {me === null && (
        <p className="notice" data-testid="cyber-anonymous">
          {t('cyber:home.anonymous')} <Link to="/login">{t('common:signIn')}</Link>
        </p>
      )}
      <p>
        <Link to="/cyber/objects">{t('cyber:home.browse')}</Link>
      </p>
      <div className="segmented" role="group" aria-label={t('cyber:home.interval')}>
        {(['week', 'day'] as const).map((i) => (
          <button
            key={i}
            type="button"
            className="segmented__option"
            aria-pressed={interval === i}
            onClick={() => setInterval(i)}
          >
            {i === 'week' ? t('cyber:home.weeks') : t('cyber:home.days')}
          </button>
        ))}
      </div>
      {collections.data ? (
        <ul className="cyber-collections" data-testid="cyber-collections">
          {collections.data.collections.map((c) => (
            <li key={c.id} className="cyber-collection" data-collection={c.alias}>
              <h2>{title(c)}</h2>
              <p>
                <Link to="/cyber/objects" search={{ collection: c.id }}>
                  {t('cyber:home.objects', { count: c.objects })}
                </Link>
              </p>
              <VolumeChart volume={c.volume} periods={collections.data.periods} interval={interval} />
            </li>
          ))}
        </ul>
      ) : (
        collections.isPending && <Loading />
      )}
      <ProblemAlert error={collections.error} />
      <p className="muted">{t('cyber:home.taxii')}</p>
    </div>
  );
}
