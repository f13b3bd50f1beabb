import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLocalized } from '../../../ui/useLocalized';
import { PartialDate } from '../../states';
import type { SearchHit } from '../api/documentsApi';
import { InstrumentStatusBadge } from './InstrumentStatusBadge';
import { TopicList } from './TopicList';

/**
 * Browsed instruments or search hits: both carry the summary, hits also a snippet. `total` is how many
 * match, of which the rows shown may be the first pages only.
 */
export function InstrumentsTable({
  instruments,
  total,
}: {
  instruments: readonly SearchHit[];
  total: number;
}) {
  const { t } = useTranslation('documents');
  const localized = useLocalized();
  return (
    <div className="table-scroll" role="region" aria-labelledby="documents-table-caption" tabIndex={0}>
      <table className="table instruments" data-testid="documents-table">
        <caption id="documents-table-caption">
          {total > instruments.length
            ? t('documents:table.captionShown', { count: total, shown: instruments.length })
            : t('documents:table.caption', { count: total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('documents:table.title')}</th>
            <th scope="col">{t('documents:table.kind')}</th>
            <th scope="col">{t('documents:table.date')}</th>
            <th scope="col">{t('documents:table.status')}</th>
            <th scope="col">{t('documents:table.topics')}</th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((x) => {
            const date = x.signedAt ?? x.adoptedAt;
            return (
              <tr key={x.id} data-document-row={x.id}>
                <th scope="row">
                  <Link to="/documents/$id" params={{ id: x.id }}>
                    {localized(x.title)}
                  </Link>
                  {x.demo && (
                    <>
                      {' '}
                      <DemoBadge />
                    </>
                  )}
                  {x.classification === 'restricted' && (
                    <span className="restricted-marker">{t('documents:classification.restricted')}</span>
                  )}
                  {x.snippet && (
                    <span className="instruments__snippet" lang="en">
                      {x.snippet}
                    </span>
                  )}
                </th>
                <td>{t(`documents:kind.${x.kind}`)}</td>
                <td className="instruments__date">{date ? <PartialDate value={date} /> : '—'}</td>
                <td>
                  <InstrumentStatusBadge status={x.status} />
                </td>
                <td>
                  <TopicList topics={x.topics} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
