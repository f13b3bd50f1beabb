import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { formatInstant } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { defined } from '../../../ui/searchParams';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useCyberCollections, useCyberObjects, type ObjectFilters as Filters } from '../api/cyberApi';
import { ObjectFilters } from '../components/ObjectFilters';
import { TlpLabel } from '../components/TlpLabel';
import { useCollectionTitle } from '../components/useCollectionTitle';

const route = getRouteApi('/cyber/objects');

/** The object browser: what the reader receives, newest first, filtered by type, marking, CERT and date. */
export function ObjectsPage() {
  const { t } = useTranslation('cyber');
  const { code } = useLanguage();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const list = useCyberObjects(filters);
  const collections = useCyberCollections('week');
  const stateName = useStateNames();
  const title = useCollectionTitle();
  useDocumentTitle(t('cyber:browser.title'));

  const filter = (next: Filters) => void navigate({ search: defined(next), replace: true });
  const certs = (collections.data?.collections ?? [])
    .filter((c) => c.kind === 'cert' && c.ownerState)
    .map((c) => ({ code: c.ownerState!, name: stateName(c.ownerState!) }));
  const collection = collections.data?.collections.find((c) => c.id === filters.collection);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/cyber">{t('cyber:home.title')}</Link>
      </p>
      <h1>{t('cyber:browser.title')}</h1>
      {collection && (
        <p data-testid="cyber-collection-filter">
          {t('cyber:browser.inCollection', { collection: title(collection) })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => filter({ ...filters, collection: undefined })}
          >
            {t('cyber:browser.allCollections')}
          </button>
        </p>
      )}
      <ObjectFilters value={filters} certs={certs} onChange={filter} />
      <ProblemAlert error={list.error} />
      {list.data ? (
        <>
          <p role="status" data-testid="cyber-total">
            {t('cyber:browser.total', { count: list.data.total })}
          </p>
          {list.data.items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="cyber-objects-caption" tabIndex={0}>
              <table className="table table--compact" data-testid="cyber-objects">
                <caption id="cyber-objects-caption" className="visually-hidden">
                  {t('cyber:browser.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cyber:object.name')}</th>
                    <th scope="col">{t('cyber:object.type')}</th>
                    <th scope="col">{t('cyber:object.tlp')}</th>
                    <th scope="col">{t('cyber:object.cert')}</th>
                    <th scope="col">{t('cyber:object.added')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((o) => (
                    <tr key={`${o.collectionId}/${o.id}`}>
                      <td>
                        <Link
                          to="/cyber/collections/$collectionId/objects/$objectId"
                          params={{ collectionId: o.collectionId, objectId: o.id }}
                        >
                          {o.label ?? o.id}
                        </Link>{' '}
                        {o.demo && <DemoBadge />}
                      </td>
                      <td>
                        <code>{o.type}</code>
                      </td>
                      <td>
                        <TlpLabel level={o.tlp} />
                      </td>
                      <td>{stateName(o.publisherState)}</td>
                      <td>
                        <time dateTime={o.dateAdded}>{formatInstant(o.dateAdded, code)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            {filters.before && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => filter({ ...filters, before: undefined })}
              >
                {t('cyber:browser.first')}
              </button>
            )}
            {list.data.next && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => filter({ ...filters, before: list.data.next ?? undefined })}
              >
                {t('cyber:browser.next')}
              </button>
            )}
          </div>
        </>
      ) : (
        list.isPending && <Loading />
      )}
    </div>
  );
}
