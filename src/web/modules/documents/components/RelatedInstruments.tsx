import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { RelatedInstrumentLink } from './RelatedInstrumentLink';

/** Instruments this one amends, implements, replaces or requires, and those that do so to it. */
export function RelatedInstruments({ related }: { related: InstrumentDto['related'] }) {
  const { t } = useTranslation('documents');
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t('documents:related.title')}</h2>
      <ul className="related" data-testid="related">
        {related.map((r) => (
          <li key={`${r.direction}-${r.kind}-${r.instrumentId}`}>
            <span className="related__kind">
              {r.direction === 'outgoing'
                ? t(`documents:relation.${r.kind}`, { defaultValue: r.kind })
                : t(`documents:relationIncoming.${r.kind}`, { defaultValue: r.kind })}
            </span>{' '}
            <RelatedInstrumentLink id={r.instrumentId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
